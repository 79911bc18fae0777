// The sidecar's user-template endpoints and a segment's prompt graph, named for the panel.
import { SegmentPromptGraph, TemplateDetection, UserTemplate, UserTemplateList } from '../../sidecar/contract'
import type { CreateTemplateBody, RoleOverrides, UpdateTemplateBody } from '../../sidecar/contract'
import { answer, send, sidecar, SidecarError } from '../sidecarClient'

/** A refusal that may carry the sidecar's detection (what it found, the problems) in `details`. */
export class TemplateRefused extends SidecarError {
  constructor(
    error: SidecarError,
    readonly detection: TemplateDetection | null
  ) {
    super(error.status, error.code, error.message, error.field, error.details)
    this.name = 'TemplateRefused'
  }
}

/** Every refusal of a template route becomes a TemplateRefused, with the detection when it has one. */
async function refusedAs<T>(request: Promise<T>): Promise<T> {
  try {
    return await request
  } catch (e) {
    if (!(e instanceof SidecarError)) throw e
    const detection = TemplateDetection.safeParse(e.details)
    throw new TemplateRefused(e, detection.success ? detection.data : null)
  }
}

const template = (id: string) => ({ param: { id: encodeURIComponent(id) } })

export const templatesApi = {
  /** `prompt` is sent as given: the sidecar names what is wrong with it (UI format, malformed node). */
  detect: (prompt: unknown, roles?: RoleOverrides) =>
    refusedAs(answer(sidecar.templates.detect.$post({ json: { prompt: prompt as Record<string, unknown>, roles } }), TemplateDetection)),
  list: async () => (await refusedAs(answer(sidecar.templates.$get(), UserTemplateList))).templates,
  create: (body: CreateTemplateBody) => refusedAs(answer(sidecar.templates.$post({ json: body }), UserTemplate)),
  update: (id: string, patch: UpdateTemplateBody) => refusedAs(answer(sidecar.templates[':id'].$put({ ...template(id), json: patch }), UserTemplate)),
  remove: async (id: string): Promise<void> => void (await refusedAs(send(sidecar.templates[':id'].$delete(template(id))))),
  /** The API prompt that made a segment's current take. */
  segmentPrompt: (jobId: number, idx: number) =>
    refusedAs(answer(sidecar.jobs[':id'].segments[':idx']['prompt-graph'].$get({ param: { id: String(jobId), idx: String(idx) } }), SegmentPromptGraph)),
}

export type TemplatesApi = typeof templatesApi

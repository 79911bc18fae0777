// The domain functions behind the jobs and segments API: each validates against the current state
// and goes through the runner's single transition path, so a repeated request cannot double work.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type {
  CreateJobBody,
  Job,
  JobList,
  JobStatus,
  JobWithSegments,
  PlannedPrompt,
  Segment,
  SegmentPromptBody,
  UpdateJobBody,
} from '../api/schemas'
import type { ComfyClient } from '../comfy/comfyClient'
import type { Db } from '../db/database'
import { deleteJob as deleteJobRow, insertJob, listJobIds, loadJobState } from '../db/jobStore'
import { sniffImage } from '../library/imageKind'
import { checkRelativePath, PathRefused } from '../library/confinedPath'
import type { StoredSettings } from '../settings/settingsStore'
import type { Template } from '../workflows'
import { DomainError } from './domainError'
import type { EventBus } from './eventBus'
import { randomSeed, resolveParameters, segmentSeed } from './jobParameters'
import { jobView, jobWithSegmentsView, segmentView } from './jobView'
import { isInFlight, newSegment } from './machine'
import type { JobState, PlannedSegment } from './model'
import type { OutputFiles } from './outputFiles'
import { now } from './runner'
import type { Runner } from './runner'
import { findTemplate } from './segmentPrompt'

export interface EngineContext {
  db: Db
  runner: Runner
  templates: Template[]
  comfy: ComfyClient
  files: OutputFiles
  bus: EventBus
  stored(): StoredSettings
  defaultPreset(): string
}

function mustLoad(ctx: EngineContext, id: number): JobState {
  const state = loadJobState(ctx.db, id)
  if (!state) throw new DomainError('not_found', `no job ${id}`, 'id')
  return state
}

/** The preset a job runs with: a text-to-video preset stands for the image-to-video one that starts with it. */
function jobTemplate(ctx: EngineContext, presetId: string, inputImage: string | null): Template {
  const t = findTemplate(ctx.templates, presetId)
  if (!t) throw new DomainError('bad_request', `unknown preset "${presetId}"; see GET /api/presets`, 'preset')
  if (t.kind === 't2v') {
    if (inputImage !== null) throw new DomainError('bad_request', `${t.name} is text to video and takes no input_image`, 'input_image')
    const continuing = ctx.templates.find((o) => o.t2v_first === t.id)
    if (!continuing) throw new DomainError('bad_request', `${t.name} cannot continue a video from a last frame`, 'preset')
    return continuing
  }
  if (inputImage === null && t.kind === 'i2v' && !t.t2v_first) {
    throw new DomainError('bad_request', `${t.name} needs a start image`, 'input_image')
  }
  return t
}

/** A start image must be a real image in ComfyUI's input folder (checked when that folder is local). */
function checkInputImage(ctx: EngineContext, name: string | null): void {
  if (name === null) return
  let rel: string
  try {
    rel = checkRelativePath(name, 'input_image')
  } catch (err) {
    if (err instanceof PathRefused) throw new DomainError('bad_request', `input_image: ${err.message}`, 'input_image')
    throw err
  }
  const dir = ctx.files.inputDir
  if (!dir) return
  let head: Buffer
  try {
    head = readFileSync(path.join(dir, rel)).subarray(0, 16)
  } catch {
    throw new DomainError('bad_request', `input_image: no file "${rel}" in ComfyUI's input folder; upload it first`, 'input_image')
  }
  const kind = sniffImage(head)
  if (kind !== 'png' && kind !== 'jpeg' && kind !== 'webp') {
    throw new DomainError('bad_request', `input_image: "${rel}" is not a PNG, JPEG or WEBP image`, 'input_image')
  }
}

function plannedFrom(p: PlannedPrompt | string, params: Job['parameters'], idx: number): PlannedSegment {
  const planned = typeof p === 'string' ? { prompt: p } : p
  return {
    prompt: planned.prompt,
    negative_prompt: planned.negative_prompt ?? null,
    seed: planned.seed ?? segmentSeed(params, idx),
    loras: planned.loras ?? params.loras,
  }
}

export function createJob(ctx: EngineContext, body: CreateJobBody): JobWithSegments {
  const presetId = body.preset ?? ctx.defaultPreset()
  const template = jobTemplate(ctx, presetId, body.input_image)
  checkInputImage(ctx, body.input_image)
  const parameters = resolveParameters(body.parameters, template, ctx.stored())
  const at = now()
  const prompts: Array<PlannedPrompt | string> = [
    { prompt: body.prompt, loras: body.loras ?? parameters.loras },
    ...(body.planned_prompts ?? []),
  ]
  const segments = prompts.map((p, idx) => {
    const { job_id: _j, ...seg } = newSegment(0, idx, plannedFrom(p, parameters, idx), at)
    return seg
  })
  const id = insertJob(
    ctx.db,
    {
      name: body.name,
      status: 'draft',
      preset: template.id,
      input_image: body.input_image,
      prompt: body.prompt,
      negative_prompt: body.negative_prompt ?? '',
      parameters,
      error: null,
      created_at: at,
      updated_at: at,
    },
    segments
  )
  const created = mustLoad(ctx, id)
  ctx.runner.emitChanges(null, created)
  const state = body.start === false ? created : ctx.runner.dispatch(id, { type: 'start', at: now() })
  return jobWithSegmentsView(state, ctx.runner.progressOf)
}

export function updateJob(ctx: EngineContext, id: number, body: UpdateJobBody): JobWithSegments {
  const state = mustLoad(ctx, id)
  if (state.segments.some((s) => s.status !== 'planned')) {
    throw new DomainError('conflict', 'the job can only be changed before any segment has run', 'status')
  }
  const { job } = state
  const inputImage = body.input_image !== undefined ? body.input_image : job.input_image
  const template = jobTemplate(ctx, body.preset ?? job.preset, inputImage)
  if (body.input_image !== undefined) checkInputImage(ctx, inputImage)
  const parameters = body.parameters !== undefined || body.preset !== undefined
    ? resolveParameters({ ...job.parameters, ...body.parameters }, template, ctx.stored())
    : job.parameters
  const prompt = body.prompt ?? job.prompt
  const first = state.segments[0]
  const segments: PlannedSegment[] = [
    {
      prompt,
      negative_prompt: first?.negative_prompt ?? null,
      seed: body.parameters?.seed ?? first?.seed ?? randomSeed(),
      loras: body.loras ?? first?.loras ?? parameters.loras,
    },
    ...(body.planned_prompts
      ? body.planned_prompts.map((p, i) => plannedFrom(p, parameters, i + 1))
      : state.segments.slice(1).map((s) => ({ prompt: s.prompt, negative_prompt: s.negative_prompt, seed: s.seed, loras: s.loras }))),
  ]
  let next = ctx.runner.dispatch(id, {
    type: 'edited',
    job: {
      name: body.name ?? job.name,
      preset: template.id,
      input_image: inputImage,
      prompt,
      negative_prompt: body.negative_prompt ?? job.negative_prompt,
      parameters,
    },
    segments,
    at: now(),
  })
  if (body.start === true && next.job.status === 'draft') next = ctx.runner.dispatch(id, { type: 'start', at: now() })
  return jobWithSegmentsView(next, ctx.runner.progressOf)
}

export function getJob(ctx: EngineContext, id: number): JobWithSegments {
  return jobWithSegmentsView(mustLoad(ctx, id), ctx.runner.progressOf)
}

export function listJobs(ctx: EngineContext, query: { status?: JobStatus | undefined; limit: number; offset: number }): JobList {
  const { ids, total } = listJobIds(ctx.db, query)
  const jobs = ids.map((id) => loadJobState(ctx.db, id)).filter((s): s is JobState => s !== null).map(jobView)
  return { jobs, total }
}

export function listSegments(ctx: EngineContext, id: number): Segment[] {
  return mustLoad(ctx, id).segments.map((s) => segmentView(s, ctx.runner.progressOf))
}

export function planSegmentPrompt(ctx: EngineContext, id: number, idx: number, body: SegmentPromptBody): Segment {
  const state = mustLoad(ctx, id)
  const existing = state.segments[idx]
  const segment = plannedFrom(body, state.job.parameters, idx)
  // Rewriting a planned segment keeps its seed unless a new one is given.
  if (existing && existing.status === 'planned' && body.seed === undefined) segment.seed = existing.seed
  const next = ctx.runner.dispatch(id, { type: 'prompt_planned', idx, segment, at: now() })
  const seg = next.segments[idx]
  if (!seg) throw new DomainError('not_found', `job ${id} has no segment ${idx}`, 'idx')
  return segmentView(seg, ctx.runner.progressOf)
}

export function deleteSegment(ctx: EngineContext, id: number, idx: number): JobWithSegments {
  return jobWithSegmentsView(ctx.runner.dispatch(id, { type: 'segment_deleted', idx, at: now() }), ctx.runner.progressOf)
}

type Command = 'start' | 'cancel' | 'retry' | 'finalize' | 'reopen'

export function jobCommand(ctx: EngineContext, id: number, command: Command): JobWithSegments {
  return jobWithSegmentsView(ctx.runner.dispatch(id, { type: command, at: now() }), ctx.runner.progressOf)
}

/** Deletes a job; whatever it has in ComfyUI is cancelled first. Its files stay in ComfyUI's output folder. */
export function deleteJob(ctx: EngineContext, id: number): void {
  const state = mustLoad(ctx, id)
  if (state.segments.some(isInFlight)) ctx.runner.dispatch(id, { type: 'cancel', at: now() })
  deleteJobRow(ctx.db, id)
  ctx.bus.emit({ type: 'job_deleted', id })
}

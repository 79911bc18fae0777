// Start from text: candidate start images from a prompt, made by a Wan2.2 text-to-video preset at
// length 1 or by a text-to-image template the user imported; the one picked becomes a job's start
// image and anchor, and the set stays with the job so segment 1 can be made again from another.
import { randomUUID } from 'node:crypto'
import type { ChosenStartImage, CreateJobBody, ImageTemplate, JobWithSegments, StartImageMaker, StartImageMakers, StartImageSet, StartImagesBody } from '../contract'
import { DomainError, DEFAULT_START_CANDIDATES } from '../contract'
import { ComfyBadAnswer, ComfyUnreachable } from '../comfy/comfyClient'
import type { Db } from '../db/database'
import {
  getCandidate,
  insertCandidates,
  insertSet,
  linkSetToJob,
  listImageTemplates,
  loadSet,
  setCandidateInput,
  setChosen,
  setIdsOfJob,
  updateCandidate,
  waitingCandidates,
} from '../db/startImageStore'
import type { CandidateRow } from '../db/startImageStore'
import { bindImageTemplate, bindT2vStill, preflight, WorkflowError } from '../workflows'
import type { BoundStill, StillBinding, Template } from '../workflows'
import { liveNodeSchemas } from './admission'
import { now } from './clock'
import { historyOutcome } from './historyOutcome'
import type { EngineContext } from './jobCommands'
import { jobWithSegmentsView } from './jobView'
import { checkStartImages } from './workCaps'

/** How often waiting candidates are looked up in ComfyUI's history and queue. */
export const START_IMAGE_POLL_MS = 400
/** A candidate neither ComfyUI's queue nor its history knows for this long was lost (ComfyUI restarted). */
const LOST_AFTER_MS = 10_000
/** Random candidate seeds are below 2^32. */
const CANDIDATE_SEEDS = 2 ** 32

type Maker = { kind: 't2v'; template: Template } | { kind: 't2i'; template: ImageTemplate }

function makers(ctx: EngineContext): Maker[] {
  const t2v = ctx.templates.filter((t) => t.kind === 't2v').map((template) => ({ kind: 't2v' as const, template }))
  const t2i = listImageTemplates(ctx.db).map((template) => ({ kind: 't2i' as const, template }))
  return [...t2i, ...t2v]
}

function bindMaker(maker: Maker, b: StillBinding): BoundStill {
  try {
    return maker.kind === 't2v' ? bindT2vStill(maker.template, b) : bindImageTemplate(maker.template.prompt, maker.template.roles, b)
  } catch (err) {
    if (err instanceof WorkflowError) throw new DomainError('bad_request', err.message, err.field === 'maker' ? 'maker' : (err.field ?? 'maker'))
    throw err
  }
}

/** What ComfyUI lacks to run a prompt (model files, nodes), or null when it cannot be asked. */
async function missingFor(ctx: EngineContext, prompt: BoundStill['prompt']): Promise<string[] | null> {
  const schemas = await liveNodeSchemas(ctx.comfy, Object.values(prompt).map((n) => n.class_type))
  if (!schemas) return null
  return [...new Set(preflight(prompt, { nodeSchemas: schemas }).map((p) => p.message))]
}

const SAMPLE: StillBinding = { positive: 'a test', negative: '', width: 832, height: 480, seed: 1, prefix: 'longvideo/start/check' }

/** Every way to start a job from text, with what each lacks on this ComfyUI. */
export async function startImageMakers(ctx: EngineContext): Promise<StartImageMakers> {
  let reachable = true
  const out: StartImageMaker[] = []
  for (const maker of makers(ctx)) {
    const size = maker.kind === 't2v' ? { width: maker.template.defaults.width, height: maker.template.defaults.height } : {}
    const missing = await missingFor(ctx, bindMaker(maker, { ...SAMPLE, ...size }).prompt)
    if (missing === null) reachable = false
    out.push({ id: maker.template.id, kind: maker.kind, name: maker.template.name, ready: missing !== null && missing.length === 0, missing: missing ?? [] })
  }
  const preset = ctx.templates.find((t) => t.id === ctx.defaultPreset())
  const first = preset?.kind === 't2v' ? preset : ctx.templates.find((t) => t.id === preset?.t2v_first)
  const textMissing = first ? await missingFor(ctx, first.prompt) : [`${preset?.name ?? 'the default preset'} has no text-to-video first segment`]
  if (textMissing === null) reachable = false
  return {
    makers: out,
    text_only: { preset: first?.id ?? null, ready: textMissing !== null && textMissing.length === 0, missing: textMissing ?? [] },
    comfyui_reachable: reachable,
  }
}

function pickMaker(ctx: EngineContext, id: string | undefined, ready: StartImageMaker[] | null): Maker {
  const all = makers(ctx)
  if (id !== undefined) {
    const found = all.find((m) => m.template.id === id)
    if (!found) throw new DomainError('bad_request', `maker: no start-image maker "${id}"; see GET /api/start-images/makers`, 'maker')
    return found
  }
  const chosen = all.find((m) => ready?.some((r) => r.id === m.template.id && r.ready)) ?? all[0]
  if (!chosen) throw new DomainError('bad_request', 'maker: no text-to-video preset or text-to-image template is installed', 'maker')
  return chosen
}

const mustSet = (db: Db, id: number): StartImageSet => {
  const set = loadSet(db, id)
  if (!set) throw new DomainError('not_found', `no start-image set ${id}`, 'id')
  return set
}

/** Binds, pre-flights (when ComfyUI answers), stores and submits `seeds.length` candidates of a set. */
async function addCandidates(ctx: EngineContext, set: Omit<StartImageSet, 'candidates' | 'id' | 'job_id' | 'chosen'> & { id?: number }, maker: Maker, seeds: number[], field: string): Promise<StartImageSet> {
  const base = { positive: set.prompt, negative: set.negative_prompt, width: set.width, height: set.height }
  const bound = seeds.map((seed, i) => ({ seed, promptId: randomUUID(), ...bindMaker(maker, { ...base, seed, prefix: `${ctx.outputSubfolder()}/start/s${set.id ?? 'new'}_${i}` }) }))
  checkStartImages(ctx.limits(), waitingCandidates(ctx.db).length, seeds.length, field)
  const first = bound[0]
  const missing = first ? await missingFor(ctx, first.prompt) : null
  if (missing && missing.length > 0) throw new DomainError('bad_request', `maker: ${maker.template.name} cannot run on this ComfyUI: ${missing.join('; ')}`, 'maker', { missing })
  const at = now()
  const setId = set.id ?? insertSet(ctx.db, { ...set, created_at: at })
  const ids = insertCandidates(ctx.db, setId, bound.map((b) => ({ seed: b.seed, prompt_id: b.promptId, output_node: b.outputNode })), at)
  await Promise.all(bound.map(async (b, i) => {
    const id = ids[i] as number
    // The file name carries the set and candidate: ComfyUI numbers files per prefix.
    const node = b.prompt[b.outputNode]
    if (node) node.inputs.filename_prefix = `${ctx.outputSubfolder()}/start/set${setId}_c${id}_seed${b.seed}`
    try {
      const result = await ctx.comfy.submit(b.prompt, b.promptId, { longvideo: { start_image_set: setId } })
      if (!result.ok) updateCandidate(ctx.db, id, { status: 'failed', error: result.error.message, finished_at: now() })
    } catch (err) {
      if (!(err instanceof ComfyUnreachable) && !(err instanceof ComfyBadAnswer)) throw err
      updateCandidate(ctx.db, id, { status: 'failed', error: `ComfyUI did not take it: ${err.message}`, finished_at: now() })
    }
  }))
  watcherFor(ctx).wake()
  return mustSet(ctx.db, setId)
}

function seedsOf(body: { count?: number | undefined; seeds?: number[] | undefined }): number[] {
  if (body.seeds && body.count !== undefined && body.count !== body.seeds.length) {
    throw new DomainError('bad_request', `count: ${body.count} candidates but ${body.seeds.length} seeds`, 'count')
  }
  // Ten digits at most: a seed people read under a thumbnail and may type again.
  return body.seeds ?? Array.from({ length: body.count ?? DEFAULT_START_CANDIDATES }, () => Math.floor(Math.random() * CANDIDATE_SEEDS))
}

/** N candidates from a prompt (POST /api/start-images). */
export async function makeStartImages(ctx: EngineContext, body: StartImagesBody): Promise<StartImageSet> {
  const ready = body.maker === undefined ? (await startImageMakers(ctx)).makers : null
  const maker = pickMaker(ctx, body.maker, ready)
  const negative = body.negative_prompt ?? ''
  const set = { maker: maker.template.id, prompt: body.prompt, negative_prompt: negative, width: body.width, height: body.height, created_at: now() }
  return addCandidates(ctx, set, maker, seedsOf(body), body.seeds ? 'seeds' : 'count')
}

/** More candidates of a set's prompt and size. */
export async function moreStartImages(ctx: EngineContext, setId: number, body: { count?: number | undefined; seeds?: number[] | undefined }): Promise<StartImageSet> {
  const set = mustSet(ctx.db, setId)
  const maker = pickMaker(ctx, set.maker, null)
  return addCandidates(ctx, set, maker, seedsOf(body), body.seeds ? 'seeds' : 'count')
}

export function getStartImageSet(ctx: EngineContext, setId: number): StartImageSet {
  return mustSet(ctx.db, setId)
}

export function startImageSetsOfJob(ctx: EngineContext, jobId: number): StartImageSet[] {
  return setIdsOfJob(ctx.db, jobId).map((id) => mustSet(ctx.db, id))
}

/** The candidate's copy in ComfyUI's input folder (made once): the image a job's LoadImage reads. */
async function inputCopy(ctx: EngineContext, setId: number, candidateId: number): Promise<string> {
  const c = getCandidate(ctx.db, setId, candidateId)
  if (!c) throw new DomainError('not_found', `candidate: set ${setId} has no candidate ${candidateId}`, 'candidate')
  if (c.status !== 'done' || !c.image) throw new DomainError('conflict', `candidate: candidate ${candidateId} is ${c.status}, not finished`, 'candidate')
  if (c.input_image) return c.input_image
  const res = await ctx.comfy.view(new URLSearchParams({ filename: c.image.filename, subfolder: c.image.subfolder, type: c.image.type }))
  if (!res.ok) throw new DomainError('comfyui_error', `candidate: ComfyUI could not send ${c.image.filename} (HTTP ${res.status})`, 'candidate')
  const bytes = new Uint8Array(await res.arrayBuffer())
  const up = await ctx.comfy.upload(bytes, `longvideo_start_set${setId}_c${candidateId}_seed${c.seed}.png`, 'image/png')
  const name = up.subfolder ? `${up.subfolder}/${up.name}` : up.name
  setCandidateInput(ctx.db, candidateId, name)
  return name
}

/** Picks a finished candidate: its copy in the input folder is the job's input_image. */
export async function chooseStartImage(ctx: EngineContext, setId: number, candidateId: number): Promise<ChosenStartImage> {
  mustSet(ctx.db, setId)
  const input = await inputCopy(ctx, setId, candidateId)
  setChosen(ctx.db, setId, candidateId)
  return { set: mustSet(ctx.db, setId), input_image: input }
}

/** A new job names the set its start image came from: it must be that set's chosen candidate. */
export function checkStartSet(ctx: EngineContext, body: Pick<CreateJobBody, 'start_images' | 'input_image'>): void {
  if (body.start_images === undefined) return
  const set = loadSet(ctx.db, body.start_images)
  if (!set) throw new DomainError('bad_request', `start_images: no start-image set ${body.start_images}`, 'start_images')
  if (set.job_id !== null) throw new DomainError('conflict', `start_images: set ${set.id} is kept with job ${set.job_id} already`, 'start_images')
  if (!set.candidates.some((c) => c.input_image !== null && c.input_image === body.input_image)) {
    throw new DomainError('bad_request', `input_image: not a candidate picked from start-image set ${set.id} (choose one first)`, 'input_image')
  }
}

export function keepSetWithJob(ctx: EngineContext, setId: number | undefined, jobId: number): void {
  if (setId !== undefined) linkSetToJob(ctx.db, setId, jobId)
}

/** Another candidate of the job's sets becomes its start image and anchor (segment 1 is then made again from it). */
export async function setJobStartImage(ctx: EngineContext, jobId: number, candidateId: number): Promise<JobWithSegments> {
  const sets = startImageSetsOfJob(ctx, jobId)
  const set = sets.find((s) => s.candidates.some((c) => c.id === candidateId))
  if (!set) throw new DomainError('not_found', `candidate: job ${jobId} has no start-image candidate ${candidateId}`, 'candidate')
  const input = await inputCopy(ctx, set.id, candidateId)
  const state = ctx.runner.dispatch(jobId, { type: 'start_image_set', input_image: input, at: now() })
  setChosen(ctx.db, set.id, candidateId)
  return jobWithSegmentsView(state, ctx.runner.progressOf)
}

/** Follows waiting candidates through ComfyUI's queue and history while there are any. */
class StartImageWatcher {
  private timer: NodeJS.Timeout | null = null
  private polling = false
  private readonly unseenSince = new Map<number, number>()

  constructor(private readonly ctx: EngineContext) {}

  wake(): void {
    if (this.timer || this.polling) return
    this.timer = setTimeout(() => void this.poll(), START_IMAGE_POLL_MS)
    this.timer.unref()
  }

  private async poll(): Promise<void> {
    this.timer = null
    this.polling = true
    let waiting: CandidateRow[] = []
    try {
      waiting = waitingCandidates(this.ctx.db)
      if (waiting.length > 0) await this.look(waiting)
    } catch {
      // ComfyUI away or the database closing: look again on the next turn.
    } finally {
      this.polling = false
    }
    if (waiting.length > 0) this.wake()
  }

  private async look(waiting: CandidateRow[]): Promise<void> {
    const queue = await this.ctx.comfy.queue()
    for (const c of waiting) {
      const entry = await this.ctx.comfy.history(c.prompt_id)
      const outcome = entry ? historyOutcome(entry, { video: c.output_node, last_frame: c.output_node }) : { type: 'pending' as const }
      if (outcome.type === 'finished') updateCandidate(this.ctx.db, c.id, { status: 'done', image: outcome.video, finished_at: now() })
      else if (outcome.type === 'errored') updateCandidate(this.ctx.db, c.id, { status: 'failed', error: outcome.error.message, finished_at: now() })
      else if (outcome.type === 'interrupted') updateCandidate(this.ctx.db, c.id, { status: 'failed', error: 'stopped in ComfyUI', finished_at: now() })
      else if (queue.running.includes(c.prompt_id)) {
        this.unseenSince.delete(c.id)
        if (c.status !== 'running') updateCandidate(this.ctx.db, c.id, { status: 'running' })
      } else if (queue.pending.includes(c.prompt_id) || entry) this.unseenSince.delete(c.id)
      else {
        const since = this.unseenSince.get(c.id) ?? Date.now()
        this.unseenSince.set(c.id, since)
        if (Date.now() - since > LOST_AFTER_MS) updateCandidate(this.ctx.db, c.id, { status: 'failed', error: 'ComfyUI no longer knows this prompt (it restarted?); make more', finished_at: now() })
      }
    }
  }
}

const watchers = new WeakMap<object, StartImageWatcher>()

/** The one watcher of a sidecar's candidates; it resumes what a previous run left waiting. */
export function watcherFor(ctx: EngineContext): StartImageWatcher {
  let w = watchers.get(ctx.db)
  if (!w) {
    w = new StartImageWatcher(ctx)
    watchers.set(ctx.db, w)
  }
  return w
}

export type { StartImageWatcher }

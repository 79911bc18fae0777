// The domain functions behind the jobs and segments API: each validates against the current state
// and goes through the runner's single transition path, so a repeated request cannot double work.
import { readFileSync } from 'node:fs'
import type {
  ContinuityBody,
  CreateJobBody,
  FinalizeBody,
  Job,
  JobList,
  JobParametersInput,
  JobRecord,
  JobState,
  JobStatus,
  JobWithSegments,
  Limits,
  NewTakesAnswer,
  PlannedPrompt,
  PlannedSegment,
  SeamsBody,
  Segment,
  SegmentPromptBody,
  SegmentStatus,
  SegmentTakes,
  TakesBody,
  UpdateJobBody,
} from '../contract'
import { DomainError, finalFrames, SeamSettings, seamLayout } from '../contract'
import type { ComfyClient } from '../comfy/comfyClient'
import type { Db } from '../db/database'
import { deleteJob as deleteJobRow, insertJob, jobIdForRequest, loadJobState, loadJobRollups } from '../db/jobStore'
import { listJobIds, runningJobCount, waitingTakeCount } from '../db/jobQueries'
import { sniffImage } from '../library/imageKind'
import { checkRelativePath, PathRefused, resolveInsideSync } from '../library/confinedPath'
import type { StoredSettings } from '../settings/settingsStore'
import type { Template } from '../workflows'
import { admitRuns } from './admission'
import type { RunUnderCheck } from './admission'
import type { EventBus } from './eventBus'
import { checkRunningJobs, checkSegmentCount, checkTakes } from './workCaps'
import { randomSeed, resolveParameters, segmentSeed } from './jobParameters'
import { jobListItemView, jobWithSegmentsView, segmentView, takeView } from './jobView'
import { donePrefix, isInFlight, newSegment } from './runQueries'
import type { OutputFiles } from './outputFiles'
import { now } from './clock'
import type { Runner } from './runner'
import { checkJobSeams, checkSeamSettings } from './seamSupport'
import { findTemplate } from './segmentPrompt'
import { checkStartSet, keepSetWithJob } from './startImages'

export interface EngineContext {
  db: Db
  runner: Runner
  templates: Template[]
  comfy: ComfyClient
  files: OutputFiles
  bus: EventBus
  stored(): StoredSettings
  defaultPreset(): string
  /** The output subfolder segments are written to (settings.output_subfolder). */
  outputSubfolder(): string
  /** Caps on queued GPU work (settings.limits). */
  limits(): Limits
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
    head = readFileSync(resolveInsideSync(dir, rel, 'input_image')).subarray(0, 16)
  } catch (err) {
    if (err instanceof PathRefused && err.reason === 'outside') {
      throw new DomainError('bad_request', `input_image: "${rel}" leads outside ComfyUI's input folder (through a symlink)`, 'input_image')
    }
    throw new DomainError('bad_request', `input_image: no file "${rel}" in ComfyUI's input folder; upload it first`, 'input_image')
  }
  const kind = sniffImage(head)
  if (kind !== 'png' && kind !== 'jpeg' && kind !== 'webp') {
    throw new DomainError('bad_request', `input_image: "${rel}" is not a PNG, JPEG or WEBP image`, 'input_image')
  }
}

export function plannedFrom(p: PlannedPrompt | string, params: Job['parameters'], idx: number): PlannedSegment {
  const planned = typeof p === 'string' ? { prompt: p } : p
  return {
    prompt: planned.prompt,
    negative_prompt: planned.negative_prompt ?? null,
    seed: planned.seed ?? segmentSeed(params, idx),
    loras: planned.loras ?? params.loras,
  }
}

/** Creates (and by default starts) a job; `created` is false when request_id names one made before. */
export async function createJob(ctx: EngineContext, body: CreateJobBody): Promise<{ job: JobWithSegments; created: boolean }> {
  const replayed = replayedJob(ctx, body.request_id)
  if (replayed) return { job: replayed, created: false }
  const presetId = body.preset ?? ctx.defaultPreset()
  const template = jobTemplate(ctx, presetId, body.input_image)
  checkInputImage(ctx, body.input_image)
  checkStartSet(ctx, body)
  const parameters = await checkJobSeams(ctx.comfy, ctx.templates, template.id, resolveParameters(body.parameters, template, ctx.stored()))
  const at = now()
  const prompts: Array<PlannedPrompt | string> = [
    { prompt: body.prompt, loras: body.loras ?? parameters.loras },
    ...(body.planned_prompts ?? []),
  ]
  const record: Omit<JobRecord, 'id'> = {
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
  }
  checkSegmentCount(ctx.limits(), prompts.length, 'planned_prompts')
  if (body.start !== false) checkRunningJobs(ctx.limits(), runningJobCount(ctx.db), 'start')
  const segments = prompts.map((p, idx) => newSegment(0, idx, plannedFrom(p, parameters, idx), at))
  await admitRuns(ctx, { job: { id: 0, ...record }, segments, takes: [], finals: [] }, segments.map((run, idx) => ({ idx, run, at: idx === 0 ? '' : `planned_prompts.${idx - 1}` })), ctx.outputSubfolder())
  // The same request may have made its job while this one waited for ComfyUI.
  const raced = replayedJob(ctx, body.request_id)
  if (raced) return { job: raced, created: false }
  const id = insertJob(
    ctx.db,
    record,
    segments.map(({ job_id: _j, ...seg }) => seg),
    body.request_id ?? null
  )
  keepSetWithJob(ctx, body.start_images, id)
  const created = mustLoad(ctx, id)
  ctx.runner.emitChanges(null, created)
  const state = body.start === false ? created : ctx.runner.dispatch(id, { type: 'start', at: now() })
  return { job: jobWithSegmentsView(state, ctx.runner.progressOf), created: true }
}

/** The job a create request with this request_id already made, if any. */
function replayedJob(ctx: EngineContext, requestId: string | undefined): JobWithSegments | null {
  const previous = requestId ? jobIdForRequest(ctx.db, requestId) : null
  return previous === null ? null : jobWithSegmentsView(mustLoad(ctx, previous), ctx.runner.progressOf)
}

export async function updateJob(ctx: EngineContext, id: number, body: UpdateJobBody): Promise<JobWithSegments> {
  const state = mustLoad(ctx, id)
  if (state.segments.some((s) => s.status !== 'planned')) {
    throw new DomainError('conflict', 'the job can only be changed before any segment has run', 'status')
  }
  // Accepted by the create body only: an update that carried it would answer 200 and change nothing.
  if (body.start_images !== undefined) {
    throw new DomainError('bad_request', 'start_images: a job keeps the start-image set it was created with; to start from another of its pictures use PUT /api/jobs/{id}/start-image', 'start_images')
  }
  const { job } = state
  const inputImage = body.input_image !== undefined ? body.input_image : job.input_image
  const template = jobTemplate(ctx, body.preset ?? job.preset, inputImage)
  if (body.input_image !== undefined) checkInputImage(ctx, inputImage)
  const parameters = body.parameters !== undefined || body.preset !== undefined
    ? await checkJobSeams(ctx.comfy, ctx.templates, template.id, resolveParameters(mergedParameters(job.parameters, body.parameters), template, ctx.stored()))
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
  const edited = {
    name: body.name ?? job.name,
    preset: template.id,
    input_image: inputImage,
    prompt,
    negative_prompt: body.negative_prompt ?? job.negative_prompt,
    parameters,
  }
  checkSegmentCount(ctx.limits(), segments.length, 'planned_prompts')
  if (body.start === true && job.status === 'draft') checkRunningJobs(ctx.limits(), runningJobCount(ctx.db), 'start')
  const at = now()
  const runs = segments.map((p, idx) => newSegment(id, idx, p, at))
  const planned = body.planned_prompts !== undefined
  await admitRuns(
    ctx,
    { ...state, job: { ...job, ...edited }, segments: runs, takes: [] },
    runs.map((run, idx) => ({ idx, run, at: idx === 0 ? '' : planned ? `planned_prompts.${idx - 1}` : `segments.${idx}` })),
    ctx.outputSubfolder()
  )
  let next = ctx.runner.dispatch(id, { type: 'edited', job: edited, segments, at })
  if (body.start === true && next.job.status === 'draft') next = ctx.runner.dispatch(id, { type: 'start', at: now() })
  return jobWithSegmentsView(next, ctx.runner.progressOf)
}

/**
 * A job's parameters with an edit on top: a new seconds_per_segment replaces the stored frame count
 * (which resolveParameters would otherwise prefer).
 */
export function mergedParameters(current: Job['parameters'], edit: JobParametersInput | undefined): JobParametersInput {
  const merged: JobParametersInput = { ...current, ...edit }
  if (edit?.frames === undefined && edit?.seconds_per_segment !== undefined) delete merged.frames
  return merged
}

export function getJob(ctx: EngineContext, id: number): JobWithSegments {
  return jobWithSegmentsView(mustLoad(ctx, id), ctx.runner.progressOf)
}

export function listJobs(ctx: EngineContext, query: { status?: JobStatus | undefined; limit: number; offset: number }): JobList {
  const { ids, total } = listJobIds(ctx.db, query)
  const jobs = loadJobRollups(ctx.db, ids).map(jobListItemView)
  return { jobs, total }
}

export function listSegments(ctx: EngineContext, id: number): Segment[] {
  const state = mustLoad(ctx, id)
  return state.segments.map((s) => segmentView(s, ctx.runner.progressOf, state))
}

/** Plans the next segment's prompt, or rewrites a planned one; answers the job, whose status may change with it. */
export async function planSegmentPrompt(ctx: EngineContext, id: number, idx: number, body: SegmentPromptBody): Promise<JobWithSegments> {
  const state = mustLoad(ctx, id)
  const existing = state.segments[idx]
  const segment = plannedFrom(body, state.job.parameters, idx)
  // Rewriting a planned segment keeps its seed unless a new one is given.
  if (existing && existing.status === 'planned' && body.seed === undefined) segment.seed = existing.seed
  if (idx === state.segments.length) checkSegmentCount(ctx.limits(), idx + 1, 'idx')
  if (idx <= state.segments.length) {
    await admitRuns(ctx, state, [{ idx, run: newSegment(id, idx, segment, now()), at: '' }], ctx.outputSubfolder())
  }
  return jobWithSegmentsView(ctx.runner.dispatch(id, { type: 'prompt_planned', idx, segment, at: now() }), ctx.runner.progressOf)
}

export function deleteSegment(ctx: EngineContext, id: number, idx: number): JobWithSegments {
  return jobWithSegmentsView(ctx.runner.dispatch(id, { type: 'segment_deleted', idx, at: now() }), ctx.runner.progressOf)
}

/**
 * New takes of a segment: a redo (same or new prompt, seed, LoRAs) or N candidates with their own seeds.
 * Answers the segment's takes and the job, which gains a segment when `idx` is the next one.
 */
export async function requestTakes(ctx: EngineContext, id: number, idx: number, body: TakesBody): Promise<NewTakesAnswer> {
  const state = mustLoad(ctx, id)
  const seg = state.segments[idx]
  if (!seg && !body.prompt) throw new DomainError('bad_request', `prompt: the new segment ${idx + 1} needs a prompt`, 'prompt')
  const count = body.seeds?.length ?? body.count ?? 1
  if (body.seeds && body.count !== undefined && body.count !== body.seeds.length) {
    throw new DomainError('bad_request', `count: ${body.count} takes but ${body.seeds.length} seeds`, 'count')
  }
  if (body.seed !== undefined && count > 1) throw new DomainError('bad_request', 'seed: give one seed per take in seeds', 'seed')
  // ComfyUI caches identical prompts: every take gets its own seed unless the caller chose them.
  const seeds = body.seeds ?? (body.seed !== undefined ? [body.seed] : Array.from({ length: count }, () => randomSeed()))
  const takes: PlannedSegment[] = seeds.map((seed) => ({
    prompt: body.prompt ?? seg?.prompt ?? '',
    negative_prompt: body.negative_prompt !== undefined ? body.negative_prompt : (seg?.negative_prompt ?? null),
    seed,
    loras: body.loras ?? seg?.loras ?? state.job.parameters.loras,
  }))
  if (idx === state.segments.length) checkSegmentCount(ctx.limits(), idx + 1, 'idx')
  const waitingHere = [...state.takes.filter((t) => t.idx === idx), ...(seg ? [seg] : [])].filter((r) => isWaiting(r.status)).length
  checkTakes(ctx.limits(), { segment: waitingHere, overall: waitingTakeCount(ctx.db) }, takes.length, body.seeds ? 'seeds' : 'count')
  if (idx <= state.segments.length) {
    const at = now()
    const runs: RunUnderCheck[] = takes.map((p, i) => ({ idx, run: newSegment(id, idx, p, at), at: body.seeds ? `seeds.${i}` : '' }))
    // Each take differs only by its seed: binding the first checks prompt, LoRAs and settings for all.
    await admitRuns(ctx, state, runs.slice(0, 1), ctx.outputSubfolder())
  }
  const next = ctx.runner.dispatch(id, { type: 'takes_requested', idx, takes, at: now() })
  return { ...segmentTakes(next, idx, ctx), job: jobWithSegmentsView(next, ctx.runner.progressOf) }
}

function segmentTakes(state: JobState, idx: number, ctx: EngineContext): SegmentTakes {
  const seg = state.segments[idx]
  if (!seg) throw new DomainError('not_found', `job ${state.job.id} has no segment ${idx + 1}`, 'idx')
  return { segment: segmentView(seg, ctx.runner.progressOf, state), takes: state.takes.filter((t) => t.idx === idx).map((t) => takeView(state, t)) }
}

export function listTakes(ctx: EngineContext, id: number, idx: number): SegmentTakes {
  return segmentTakes(mustLoad(ctx, id), idx, ctx)
}

export function chooseTake(ctx: EngineContext, id: number, idx: number, take: number): JobWithSegments {
  return jobWithSegmentsView(ctx.runner.dispatch(id, { type: 'take_chosen', idx, take, at: now() }), ctx.runner.progressOf)
}

/** Stops one run (a chain segment or a candidate take), waiting or in ComfyUI; the rest of the job goes on. */
export function stopRun(ctx: EngineContext, id: number, idx: number, take: number): JobWithSegments {
  return jobWithSegmentsView(ctx.runner.dispatch(id, { type: 'run_stopped', idx, take, at: now() }), ctx.runner.progressOf)
}

export function lockSegment(ctx: EngineContext, id: number, idx: number, locked: boolean): JobWithSegments {
  return jobWithSegmentsView(ctx.runner.dispatch(id, { type: 'lock_set', idx, locked, at: now() }), ctx.runner.progressOf)
}

export function resolveStale(ctx: EngineContext, id: number, how: 'rerun' | 'keep'): JobWithSegments {
  const event = how === 'rerun' ? ({ type: 'stale_rerun', at: now() } as const) : ({ type: 'stale_kept', at: now() } as const)
  return jobWithSegmentsView(ctx.runner.dispatch(id, event), ctx.runner.progressOf)
}

/** Colour guard and drift threshold; unlike other parameters they may change while the job runs. */
export function setContinuity(ctx: EngineContext, id: number, body: ContinuityBody): JobWithSegments {
  const state = mustLoad(ctx, id)
  const parameters = { ...state.job.parameters }
  if (body.color_guard === null) delete parameters.color_guard
  else if (body.color_guard !== undefined) parameters.color_guard = body.color_guard
  if (body.drift_threshold !== undefined) parameters.drift_threshold = body.drift_threshold
  const anchor = parameters.color_guard?.anchor
  if (anchor && anchor !== 'start_image') {
    const known = state.takes.some((t) => t.idx === anchor.idx && t.take === anchor.take && t.last_frame)
    if (!known) throw new DomainError('bad_request', `color_guard.anchor: segment ${anchor.idx + 1} has no finished take ${anchor.take}`, 'color_guard.anchor')
  }
  return jobWithSegmentsView(ctx.runner.dispatch(id, { type: 'parameters_set', parameters, at: now() }), ctx.runner.progressOf)
}

/**
 * Changes how the job's segments join: the default mode, K, the anchor option, single joins, the
 * seam meter threshold. Allowed in any state; a run that already went to ComfyUI keeps its hand-off.
 */
export async function setSeams(ctx: EngineContext, id: number, body: SeamsBody): Promise<JobWithSegments> {
  const state = mustLoad(ctx, id)
  const base = state.job.parameters.seam ?? SeamSettings.parse({})
  const joins = { ...base.joins }
  for (const [i, j] of (body.joins ?? []).entries()) {
    if (j.frames !== undefined && j.mode !== 'motion') throw new DomainError('bad_request', `joins.${i}.frames: only a motion join carries a chosen number of frames`, `joins.${i}.frames`)
    if (j.mode === null) delete joins[String(j.after)]
    else joins[String(j.after)] = j.frames !== undefined ? { mode: j.mode, frames: j.frames } : { mode: j.mode }
  }
  const next: SeamSettings = {
    ...base,
    ...(body.mode !== undefined ? { mode: body.mode } : {}),
    ...(body.motion_frames !== undefined ? { motion_frames: body.motion_frames } : {}),
    ...(body.anchor !== undefined ? { anchor: body.anchor } : {}),
    joins,
  }
  const template = findTemplate(ctx.templates, state.job.preset)
  if (!template) throw new DomainError('bad_request', `the job's preset "${state.job.preset}" is gone`, 'preset')
  const seam = await checkSeamSettings(ctx.comfy, template, next, state.job.parameters.frames, 'seam')
  const current = mustLoad(ctx, id)
  const parameters = { ...current.job.parameters, ...(seam ? { seam } : {}) }
  if (body.seam_threshold !== undefined) parameters.seam_threshold = body.seam_threshold
  return jobWithSegmentsView(ctx.runner.dispatch(id, { type: 'parameters_set', parameters, at: now() }), ctx.runner.progressOf)
}

/** Checks the export options against the segments a finalize would stitch (400 naming the field). */
export function checkFinalize(state: JobState, body: FinalizeBody): void {
  const done = donePrefix(state.segments)
  const bad = (field: string, message: string) => new DomainError('bad_request', `${field}: ${message}`, field)
  body.trim_first?.forEach((t, i) => {
    if (t.idx >= done.length) throw bad(`trim_first.${i}.idx`, `segment ${t.idx + 1} is not among the ${done.length} finished segments`)
  })
  body.seams?.forEach((seam, i) => {
    if (seam.after + 1 >= done.length) throw bad(`seams.${i}.after`, `there is no join after segment ${seam.after + 1}`)
  })
  const indices = done.map((s) => s.idx)
  const plan = finalFrames({ frames: done.map((s) => s.frames ?? 0), ...seamLayout(body, indices) })
  const trimAt = (part: number) => body.trim_first?.findIndex((t) => t.idx === indices[part]) ?? -1
  const seamAfter = (part: number) => body.seams?.findIndex((s) => s.after === indices[part] && s.type === 'crossfade') ?? -1
  // Trims first, then each crossfade, then crossfades that overlap inside one segment.
  const order = { trim: 0, crossfade: 1, overlap: 2 }
  for (const p of [...plan.problems].sort((a, b) => order[a.type] - order[b.type])) {
    if (p.type === 'trim') {
      const i = trimAt(p.part)
      if (i >= 0) throw bad(`trim_first.${i}.frames`, `segment ${indices[p.part]} has only ${p.frames} frames`)
    } else if (p.type === 'crossfade') {
      throw bad(`seams.${seamAfter(p.join)}.frames`, `a crossfade of ${p.frames} frames needs longer segments (${p.room} frames)`)
    } else {
      const i = p.fadeOut > 0 ? seamAfter(p.part) : seamAfter(p.part - 1)
      throw bad(`seams.${i}.frames`, `segment ${indices[p.part]} keeps ${p.kept} frames, too few for crossfades of ${p.fadeIn} and ${p.fadeOut}`)
    }
  }
}

export function finalizeJob(ctx: EngineContext, id: number, body: FinalizeBody): JobWithSegments {
  const state = mustLoad(ctx, id)
  checkFinalize(state, body)
  const options = Object.keys(body).length > 0 ? body : null
  return jobWithSegmentsView(ctx.runner.dispatch(id, { type: 'finalize', options, at: now() }), ctx.runner.progressOf)
}

/** Keeps the finalize form's options with the job, in any state: a reopen or a reload shows them again. */
export function setFinalizeOptions(ctx: EngineContext, id: number, body: FinalizeBody): JobWithSegments {
  mustLoad(ctx, id)
  return jobWithSegmentsView(ctx.runner.dispatch(id, { type: 'finalize_options_set', options: body, at: now() }), ctx.runner.progressOf)
}

type Command = 'start' | 'cancel' | 'retry' | 'continue' | 'finalize' | 'reopen'

export function jobCommand(ctx: EngineContext, id: number, command: Command): JobWithSegments {
  if (command === 'start' || command === 'retry') {
    const state = mustLoad(ctx, id)
    if (state.job.status !== 'running') checkRunningJobs(ctx.limits(), runningJobCount(ctx.db), 'status')
  }
  return jobWithSegmentsView(ctx.runner.dispatch(id, { type: command, at: now() }), ctx.runner.progressOf)
}

/** Deletes a job; whatever it has in ComfyUI is cancelled first. Its files stay in ComfyUI's output folder. */
export function deleteJob(ctx: EngineContext, id: number): void {
  const state = mustLoad(ctx, id)
  if (state.segments.some(isInFlight)) ctx.runner.dispatch(id, { type: 'cancel', at: now() })
  deleteJobRow(ctx.db, id)
  ctx.bus.emit({ type: 'job_deleted', id })
}

/** A run that still stands for GPU work: not yet run, or in ComfyUI. */
function isWaiting(status: SegmentStatus): boolean {
  return status === 'planned' || status === 'queued' || status === 'running'
}

// Which backend can take which ready run (placement's `capable`): one that has the run's preset nodes
// and the files the run loads: the job's own models and the run's LoRAs when it names them, the
// preset's default models otherwise. A run no open backend can take still goes to one, whose
// pre-flight then fails it saying what is missing there.
import type { JobState, ModelPair, RunCheck, SegmentLoras } from '../contract'
import { DomainError } from '../contract'
import type { Template } from '../workflows'
import type { BackendPool, RunFiles } from './backendPool'
import { affinityKey } from './placement'
import type { ReadyWork } from './placement'
import { templateFor } from './segmentPrompt'

export function capableRule(states: readonly JobState[], pool: BackendPool, templates: readonly Template[], open: readonly { id: string; open: boolean }[]): (backend: string, run: ReadyWork) => boolean {
  const byJob = new Map(states.map((s) => [s.job.id, s]))
  /** The graph the run binds (a text-to-video first segment of an i2v preset runs its t2v graph) and the files it adds to that graph's own. */
  const graphOf = (run: ReadyWork): { template: Template | undefined; files: RunFiles | null } => {
    const st = byJob.get(run.job_id)
    const record = run.take === null ? st?.segments[run.idx] : st?.takes.find((t) => t.idx === run.idx && t.take === run.take)
    if (!st || !record) return { template: templates.find((t) => t.id === run.preset), files: null }
    const template = runTemplate(templates, st, run.idx)
    // Another graph than the preset's (the t2v first segment) loads its own default models and no LoRAs (segmentPrompt.ts).
    if (template && template.id !== st.job.preset) return { template, files: null }
    return { template, files: { key: run.key, models: st.job.parameters.models, loras: record.loras } }
  }
  const canRun = (id: string, run: ReadyWork): boolean => {
    const b = pool.get(id)
    if (!b) return false
    const { template, files } = graphOf(run)
    const own = files ? b.capabilityFor(template, files) : null
    return own ? own.ok : b.canRun(template?.id ?? run.preset)
  }
  const runnable = new Map<string, boolean>()
  const anyOpen = (run: ReadyWork): boolean => {
    // By graph too: a t2v first segment and the i2v segments after it share their affinity key.
    const key = `${graphOf(run).template?.id ?? run.preset}\0${run.key}`
    let known = runnable.get(key)
    if (known === undefined) {
      known = open.some((b) => b.open && canRun(b.id, run))
      runnable.set(key, known)
    }
    return known
  }
  return (id, run) => canRun(id, run) || !anyOpen(run)
}

function runTemplate(templates: readonly Template[], state: JobState, idx: number): Template | undefined {
  try {
    return templateFor(templates, state, idx)
  } catch {
    return undefined // an unknown preset, or an i2v preset without a start image: pre-flight says so
  }
}

/** For the panel: which backends that are on (and read) can run a job of `preset` with these models and LoRAs, and what the others lack. */
export function checkRun(pool: BackendPool, templates: readonly Template[], preset: string, models: ModelPair, loras: SegmentLoras): RunCheck {
  const template = templates.find((t) => t.id === preset)
  if (!template) throw new DomainError('bad_request', `preset: there is no preset "${preset}" (see GET /api/presets)`, 'preset')
  const files: RunFiles = { key: affinityKey(preset, { models }, loras), models, loras }
  const backends: RunCheck['backends'] = []
  for (const b of pool.all()) {
    if (!b.spec.enabled || b.removed) continue
    const own = b.capabilityFor(template, files) ?? b.presets?.find((p) => p.id === preset)
    if (own) backends.push({ id: b.id, ok: own.ok, missing: own.missing })
  }
  return { backends }
}


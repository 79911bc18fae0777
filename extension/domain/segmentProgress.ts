// What a person reads about a running segment and job: "High noise 7/10 · about 3 min left".
import type { Job, Progress, ProgressPhase, Segment } from '../../sidecar/contract'
import { t } from '../i18n'

/** The phase in words, in the panel's language. */
export function phaseLabel(phase: ProgressPhase): string {
  return t(`phase.${phase}`)
}

export function elapsedMs(p: Pick<Progress, 'started_at'>, nowMs: number): number {
  const started = p.started_at ? Date.parse(p.started_at) : NaN
  return Number.isNaN(started) ? 0 : Math.max(0, nowMs - started)
}

/**
 * Time left in ms. The segments measured so far say how long one takes; how far this one is says how
 * fast it goes now (model loading, another size). The further it is, the more its own pace counts.
 */
export function remainingMs(p: Pick<Progress, 'started_at' | 'fraction' | 'typical_ms'>, nowMs: number): number | null {
  const elapsed = elapsedMs(p, nowMs)
  const f = Math.min(1, Math.max(0, p.fraction))
  const ownPace = f >= 0.03 && elapsed > 0 ? elapsed / f : null
  let total: number | null
  if (p.typical_ms !== null && ownPace !== null) total = p.typical_ms * (1 - f) + ownPace * f
  else total = p.typical_ms ?? (f >= 0.1 ? ownPace : null)
  return total === null ? null : Math.max(0, total - elapsed)
}

/** "about 3 min left", "about 40 s left", "almost done". */
export function remainingText(ms: number | null): string {
  if (ms === null) return ''
  if (ms < 5_000) return t('eta.almostDone')
  if (ms < 60_000) return t('eta.seconds', { n: Math.max(5, Math.round(ms / 5_000) * 5) })
  if (ms < 3_600_000) return t('eta.minutes', { n: Math.round(ms / 60_000) })
  const h = Math.floor(ms / 3_600_000)
  const min = Math.round((ms % 3_600_000) / 60_000)
  return t('eta.hours', { h, min })
}

/** "0:42", "12:05", "1:02:10". */
export function clockText(ms: number): string {
  const total = Math.floor(ms / 1000)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const pad = (n: number) => String(n).padStart(2, '0')
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`
}

/** The phase with its sampler steps: "High noise 7/10", "Decoding". */
export function phaseText(p: Pick<Progress, 'phase' | 'value' | 'max'>): string {
  const label = phaseLabel(p.phase)
  return p.max > 0 && (p.phase === 'high_noise' || p.phase === 'low_noise' || p.phase === 'sampling') ? `${label} ${p.value}/${p.max}` : label
}

/** "High noise 7/10 · about 3 min left". */
export function progressLine(p: Progress, nowMs: number): string {
  const left = remainingText(remainingMs(p, nowMs))
  return left ? `${phaseText(p)} · ${left}` : phaseText(p)
}

export interface JobProgress {
  /** Finished segments plus the running one's part, of all segments of the chain. */
  fraction: number
  remainingMs: number | null
  /** "Segment 2 of 3". */
  label: string
}

/**
 * A job's bar: finished segments plus the running one's part, of all its segments; the time left is the
 * running one's and one usual segment time for each segment still to make after it.
 */
export function jobProgress(job: Pick<Job, 'counts'>, live: Pick<Progress, 'started_at' | 'fraction' | 'typical_ms'> | null, nowMs: number): JobProgress | null {
  const c = job.counts
  const total = c.total - c.cancelled
  if (total <= 0) return null
  const current = live ? Math.min(1, Math.max(0, live.fraction)) : 0
  const fraction = Math.min(1, (c.done + current) / total)
  const waiting = c.planned + c.queued + c.running - (live ? 1 : 0)
  const typical = live?.typical_ms ?? null
  const now = live ? remainingMs(live, nowMs) : 0
  const remaining = now === null || (waiting > 0 && typical === null) ? null : now + Math.max(0, waiting) * (typical ?? 0)
  const number = Math.min(total, c.done + 1)
  return { fraction, remainingMs: remaining, label: t('jobProgress.segmentOf', { n: number, total }) }
}

/** What a running job is busy with when it is not the chain: redos or candidate takes of a segment. */
export function takesActivity(segments: readonly Pick<Segment, 'idx' | 'status' | 'open_takes'>[]): string | null {
  if (segments.some((s) => s.status === 'queued' || s.status === 'running')) return null
  const busy = segments.filter((s) => s.open_takes > 0)
  if (busy.length === 0) return null
  const [first] = busy
  if (busy.length === 1 && first) {
    return t('jobProgress.makingTakes', { n: first.open_takes, segment: first.idx + 1 }, first.open_takes)
  }
  return t('jobProgress.makingTakesOf', { segments: busy.map((s) => s.idx + 1).join(', ') })
}

// Start from text, as plain rules: how far a set of candidate start images is, and what each shows.
import type { StartCandidate, StartImageMaker, StartImageSet } from '../../sidecar/contract'

export interface SetProgress {
  done: number
  failed: number
  total: number
  /** Queued or running: the panel keeps asking while any wait. */
  waiting: number
  /** 0-100 over the finished (done or failed) candidates. */
  percent: number
}

export function setProgress(set: StartImageSet | null): SetProgress {
  const all = set?.candidates ?? []
  const done = all.filter((c) => c.status === 'done').length
  const failed = all.filter((c) => c.status === 'failed').length
  const total = all.length
  return { done, failed, total, waiting: total - done - failed, percent: total ? Math.round(((done + failed) / total) * 100) : 0 }
}

/** The line under a candidate (a message key and its seed): its seed, and its state until its picture is there. */
export function candidateLabel(c: StartCandidate): { key: string; seed: number } {
  const key = c.status === 'done' ? 'fromText.seed' : c.status === 'failed' ? 'fromText.seedFailed' : c.status === 'running' ? 'fromText.seedMaking' : 'fromText.seedWaiting'
  return { key, seed: c.seed }
}

/** The maker to offer first: the one asked for when it exists, else the first ready one, else the first. */
export function defaultMaker(makers: StartImageMaker[], wanted: string | null): StartImageMaker | null {
  return makers.find((m) => m.id === wanted) ?? makers.find((m) => m.ready) ?? makers[0] ?? null
}

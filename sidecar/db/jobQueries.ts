// Questions about many jobs at once (lists, counts, prompts in flight), answered by indexed queries
// without loading whole jobs.
import { JobStatus, SegmentStatus } from '../contract'
import type { Db } from './database'
import { statements } from './statements'

export function listJobIds(db: Db, query: { status?: JobStatus | undefined; limit: number; offset: number }): { ids: number[]; total: number } {
  const where = query.status ? 'WHERE status = @status' : ''
  const params = { status: query.status ?? null, limit: query.limit, offset: query.offset }
  const ids = statements(db)
    .prepare(`SELECT id FROM jobs ${where} ORDER BY id DESC LIMIT @limit OFFSET @offset`)
    .all(params)
    .map((r) => (r as { id: number }).id)
  const total = (statements(db).prepare(`SELECT COUNT(*) AS n FROM jobs ${where}`).get(params) as { n: number }).n
  return { ids, total }
}

/** How many jobs are in one of these states (the running count of the sidebar badge). */
export function countJobsByStatus(db: Db, statuses: readonly JobStatus[]): number {
  const marks = statuses.map(() => '?').join(', ')
  return (statements(db).prepare(`SELECT COUNT(*) AS n FROM jobs WHERE status IN (${marks})`).get(...statuses) as { n: number }).n
}

/** Jobs the engine still has work for (scheduling, prompts in ComfyUI, stitching). */
export function activeJobIds(db: Db): number[] {
  // Three indexed lookups: this runs on every scheduling pass, so it must not read every segment.
  return statements(db)
    .prepare(
      `SELECT id FROM jobs WHERE status IN ('running', 'finalizing')
       UNION SELECT job_id FROM segments WHERE status IN ('queued', 'running')
       UNION SELECT job_id FROM takes WHERE status IN ('queued', 'running')
       ORDER BY 1`
    )
    .all()
    .map((r) => (r as { id: number }).id)
}

export interface PromptOwner {
  job_id: number
  idx: number
  status: SegmentStatus
  /** The ComfyUI backend the prompt was sent to (null: before backends were recorded, i.e. 'main'). */
  backend: string | null
  /** ComfyUI answered its POST /prompt with 200 (or was seen with it): a prompt it then lacks is really lost. */
  accepted: boolean
}

/** The run a prompt belongs to: the chain's segment first (a finished one is also kept as a take). */
export function findPromptOwner(db: Db, promptId: string): PromptOwner | null {
  type Row = { job_id: number; idx: number; status: string; backend: string | null; accepted: number }
  const row =
    statements(db).prepare<[string], Row>('SELECT job_id, idx, status, backend, accepted FROM segments WHERE prompt_id = ?').get(promptId) ??
    statements(db).prepare<[string], Row>('SELECT job_id, idx, status, backend, accepted FROM takes WHERE prompt_id = ?').get(promptId)
  return row ? { ...row, status: SegmentStatus.parse(row.status), accepted: row.accepted === 1 } : null
}

export interface InFlightPrompt extends Omit<PromptOwner, 'accepted'> {
  /** 'segment': the segment's own run (its row in segments); 'take': a take beside it (a candidate, in takes). */
  run: 'segment' | 'take'
  /** The take number; for the segment's own run, that of the take it is making. */
  take: number
  prompt_id: string
  started_at: string | null
}

/** Our prompts in ComfyUI: segments of the chain and candidate takes. */
export function inFlightPrompts(db: Db): InFlightPrompt[] {
  return statements(db)
    .prepare<[], InFlightPrompt>(
      `SELECT job_id, idx, take, 'segment' AS run, status, prompt_id, started_at, backend FROM segments
       WHERE status IN ('queued', 'running') AND prompt_id IS NOT NULL
       UNION ALL
       SELECT job_id, idx, take, 'take' AS run, status, prompt_id, started_at, backend FROM takes
       WHERE status IN ('queued', 'running') AND prompt_id IS NOT NULL ORDER BY job_id, idx`
    )
    .all()
}

/** Execution times of recently finished segments, for ETAs. */
export function recentExecutionMs(db: Db, limit = 20): number[] {
  return statements(db)
    // Named: without statistics the planner would take segments_by_status and sort every finished segment.
    .prepare(
      `SELECT execution_ms FROM segments INDEXED BY segments_done_by_finish
       WHERE status = 'done' AND execution_ms IS NOT NULL ORDER BY finished_at DESC LIMIT ?`
    )
    .all(limit)
    .map((r) => (r as { execution_ms: number }).execution_ms)
}

/** Jobs running now (the cap on running jobs). */
export function runningJobCount(db: Db): number {
  return (statements(db).prepare(`SELECT COUNT(*) AS n FROM jobs WHERE status = 'running'`).get() as { n: number }).n
}

/** Candidate takes of every job not yet finished (the cap on waiting takes). */
export function waitingTakeCount(db: Db): number {
  return (statements(db).prepare(`SELECT COUNT(*) AS n FROM takes WHERE status IN ('planned', 'queued', 'running')`).get() as { n: number }).n
}

/** A prompt resubmitted elsewhere after its backend stopped answering: taken out of that backend when it is back. */
export interface AbandonedPrompt {
  prompt_id: string
  backend: string
  job_id: number
  abandoned_at: string
}

export function recordAbandoned(db: Db, p: AbandonedPrompt): void {
  statements(db).prepare('INSERT OR REPLACE INTO abandoned_prompts (prompt_id, backend, job_id, abandoned_at) VALUES (@prompt_id, @backend, @job_id, @abandoned_at)').run(p)
}

export function abandonedOn(db: Db, backend: string): AbandonedPrompt[] {
  return statements(db).prepare<[string], AbandonedPrompt>('SELECT prompt_id, backend, job_id, abandoned_at FROM abandoned_prompts WHERE backend = ?').all(backend)
}

export function forgetAbandoned(db: Db, promptId: string): void {
  statements(db).prepare('DELETE FROM abandoned_prompts WHERE prompt_id = ?').run(promptId)
}

// Jobs, their segments and final files in SQLite. JSON columns are validated when read back.
import { z } from 'zod'
import { FileRef, FinalizeBody, FinalVideo, JobParameters, JobStatus, OutputNodes, SeamMode, SegmentError, SegmentLoras, SegmentStatus } from '../contract'
import type { JobRecord, JobState, RunRecord, SegmentRecord, TakeRecord } from '../contract'
import type { Db } from './database'
import { statements } from './statements'

interface JobRow {
  id: number
  name: string
  status: string
  preset: string
  input_image: string | null
  prompt: string
  negative_prompt: string
  parameters: string
  error: string | null
  export_options: string | null
  finalize_options: string | null
  finalize_attempts: number
  held: number
  created_at: string
  updated_at: string
  /** Only for finding a replayed create request; not part of the job record. */
  request_id?: string | null
}

/** The columns a segment row and a take row share. */
interface RunRow {
  job_id: number
  idx: number
  take: number
  status: string
  prompt: string
  negative_prompt: string | null
  seed: number
  loras: string
  prompt_id: string | null
  accepted: number
  output_nodes: string | null
  start_image: string | null
  start_source: string | null
  video: string | null
  last_frame: string | null
  frames: number | null
  execution_ms: number | null
  backend: string | null
  attempts: number
  error: string | null
  drift: number | null
  seam_mode: string
  carry: number
  tail: string | null
  seam: number | null
  seam_ref: number | null
  created_at: string
  started_at: string | null
  finished_at: string | null
}

interface SegmentRow extends RunRow {
  locked: number
  stale: number
}

const MAX_CHECKED_TEXTS = 1000
/** Per schema: JSON texts already validated, with the JSON of what validation produced. */
const checkedTexts = new WeakMap<z.core.$ZodType, Map<string, string>>()

/**
 * A JSON column read back and validated. Every engine event reads a whole job, so the same texts
 * come back many times: a text validated once is answered by parsing its validated form again (a
 * fresh object each time, so no caller shares another's), instead of running the schema again.
 */
function json<T extends z.core.$ZodType>(schema: T, text: string, what: string): z.infer<T> {
  let checked = checkedTexts.get(schema)
  if (!checked) {
    checked = new Map()
    checkedTexts.set(schema, checked)
  }
  const known = checked.get(text)
  if (known !== undefined) return JSON.parse(known) as z.infer<T>
  const parsed = z.safeParse(schema, JSON.parse(text))
  if (!parsed.success) throw new Error(`corrupt ${what} in the database: ${parsed.error.message}`)
  if (checked.size >= MAX_CHECKED_TEXTS) checked.delete(checked.keys().next().value as string)
  checked.set(text, JSON.stringify(parsed.data))
  return parsed.data
}

function jsonOrNull<T extends z.core.$ZodType>(schema: T, text: string | null, what: string): z.infer<T> | null {
  return text === null ? null : json(schema, text, what)
}

function toJob(row: JobRow): JobRecord {
  const { request_id: _request, ...fields } = row
  return {
    ...fields,
    status: JobStatus.parse(row.status),
    parameters: json(JobParameters, row.parameters, `parameters of job ${row.id}`),
    export_options: jsonOrNull(FinalizeBody, row.export_options, `export options of job ${row.id}`),
    finalize_options: jsonOrNull(FinalizeBody, row.finalize_options, `finalize options of job ${row.id}`),
    held: row.held === 1,
  }
}

function toSegment(row: SegmentRow): SegmentRecord {
  const { locked, stale, ...run } = row
  return { ...toRun(run, `segment ${row.job_id}/${row.idx}`), locked: locked === 1, stale: stale === 1 }
}

function toRun(row: RunRow, what: string): TakeRecord {
  return {
    ...row,
    drift: row.drift,
    status: SegmentStatus.parse(row.status),
    accepted: row.accepted === 1,
    loras: json(SegmentLoras, row.loras, `loras of ${what}`),
    video: jsonOrNull(FileRef, row.video, `video of ${what}`),
    last_frame: jsonOrNull(FileRef, row.last_frame, `last frame of ${what}`),
    seam_mode: SeamMode.parse(row.seam_mode),
    tail: jsonOrNull(FileRef, row.tail, `tail of ${what}`),
    error: jsonOrNull(SegmentError, row.error, `error of ${what}`),
    output_nodes: jsonOrNull(OutputNodes, row.output_nodes, `output nodes of ${what}`),
  }
}

const FinalRow = z.object({
  file: z.string(),
  frames: z.number(),
  mode: z.string(),
  created_at: z.string(),
  takes: z.string().nullable(),
  export: z.string().nullable(),
})

/**
 * Jobs as last read or committed, each with the connection's mark at the time: every engine event
 * reads its job (a segment's hand-off reads it four times), and a job of 20 segments costs half a
 * millisecond to read. The mark is total_changes() (this connection's writes, whatever wrote them)
 * and data_version (commits by other connections): a job is answered from here only while neither
 * moved. Frozen, so no caller can change what the next one is given.
 */
interface CachedState {
  state: JobState
  changes: number
  version: number
}
const MAX_CACHED_STATES = 8
const stateCaches = new WeakMap<Db, Map<number, CachedState>>()

function markOf(db: Db): { changes: number; version: number } {
  const changes = (statements(db).prepare('SELECT total_changes() AS n').get() as { n: number }).n
  const version = (statements(db).prepare('PRAGMA data_version').get() as { data_version: number }).data_version
  return { changes, version }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}

function stateCache(db: Db): Map<number, CachedState> {
  let cache = stateCaches.get(db)
  if (!cache) {
    cache = new Map()
    stateCaches.set(db, cache)
  }
  return cache
}

function remember(db: Db, state: JobState): JobState {
  const cache = stateCache(db)
  cache.delete(state.job.id)
  cache.set(state.job.id, { state: deepFreeze(state), ...markOf(db) })
  if (cache.size > MAX_CACHED_STATES) cache.delete(cache.keys().next().value as number)
  return state
}

/**
 * Records a job state that was just committed (outside any transaction), so the next read of the
 * job is answered without SQL. The state is frozen from here on.
 */
export function rememberJobState(db: Db, state: JobState): void {
  if (!db.inTransaction) remember(db, state)
}

/**
 * A job's state as the engine reads it for each event: from the cache while the database has not
 * changed since, frozen and shared (a change goes through step(), which works on a copy).
 */
export function sharedJobState(db: Db, id: number): JobState | null {
  const hit = stateCache(db).get(id)
  if (hit) {
    const mark = markOf(db)
    if (hit.changes === mark.changes && hit.version === mark.version) return hit.state
    stateCache(db).delete(id)
  }
  const read = readJobState(db, id)
  // Inside a transaction the read may include its own writes, which a rollback would undo.
  return read && !db.inTransaction ? remember(db, read) : read
}

/** A job's state read whole from the database: a fresh object the caller may change. */
export function loadJobState(db: Db, id: number): JobState | null {
  return readJobState(db, id)
}

function readJobState(db: Db, id: number): JobState | null {
  const row = statements(db).prepare<[number], JobRow>('SELECT * FROM jobs WHERE id = ?').get(id)
  if (!row) return null
  const segments = statements(db)
    .prepare<[number], SegmentRow>('SELECT * FROM segments WHERE job_id = ? ORDER BY idx')
    .all(id)
    .map(toSegment)
  const takes = statements(db)
    .prepare<[number], RunRow>('SELECT * FROM takes WHERE job_id = ? ORDER BY idx, take')
    .all(id)
    .map((r) => toRun(r, `take ${r.take} of segment ${r.job_id}/${r.idx}`))
  const finals = statements(db)
    .prepare('SELECT file, frames, mode, created_at, takes, export FROM finals WHERE job_id = ? ORDER BY id')
    .all(id)
    .map(toFinal)
  return { job: toJob(row), segments, takes, finals }
}

function toFinal(r: unknown): FinalVideo {
  const f = FinalRow.parse(r)
  // One validation of the whole record (its takes and export included).
  return FinalVideo.parse({
    ...f,
    file: JSON.parse(f.file),
    takes: f.takes ? JSON.parse(f.takes) : [],
    export: f.export ? JSON.parse(f.export) : null,
  })
}

/** What a job list shows of a job: its record and its segments counted, without the segments. */
export interface JobRollup {
  job: JobRecord
  statuses: Record<string, number>
  stale: number
  /** Whether segment 0 has a last frame (a thumbnail source for text-to-video jobs). */
  first_last_frame: boolean
}

/** Rollups of many jobs in three queries, in the order of `ids` (unknown ids are left out). */
export function loadJobRollups(db: Db, ids: number[]): JobRollup[] {
  if (ids.length === 0) return []
  const list = JSON.stringify(ids)
  const inList = 'IN (SELECT value FROM json_each(?))'
  const byId = new Map<number, JobRollup>()
  for (const row of statements(db).prepare<[string], JobRow>(`SELECT * FROM jobs WHERE id ${inList}`).all(list)) {
    byId.set(row.id, { job: toJob(row), statuses: {}, stale: 0, first_last_frame: false })
  }
  // From the segments_summary index alone (no segment row is read).
  const counts = statements(db)
    .prepare<[string], { job_id: number; status: string; n: number; stale: number }>(
      `SELECT job_id, status, COUNT(*) AS n, SUM(stale) AS stale FROM segments WHERE job_id ${inList} GROUP BY job_id, status`
    )
    .all(list)
  for (const c of counts) {
    const rollup = byId.get(c.job_id)
    if (!rollup) continue
    rollup.statuses[SegmentStatus.parse(c.status)] = c.n
    rollup.stale += c.stale
  }
  const firsts = statements(db)
    .prepare<[string], { job_id: number }>(`SELECT job_id FROM segments WHERE job_id ${inList} AND idx = 0 AND last_frame IS NOT NULL`)
    .all(list)
  for (const f of firsts) {
    const rollup = byId.get(f.job_id)
    if (rollup) rollup.first_last_frame = true
  }
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** Inserts a new job with its segments; returns the job id. */
export function insertJob(db: Db, job: Omit<JobRecord, 'id'>, segments: Omit<SegmentRecord, 'job_id'>[], requestId: string | null = null): number {
  return db.transaction(() => {
    const info = statements(db)
      .prepare(
        `INSERT INTO jobs (name, status, preset, input_image, prompt, negative_prompt, parameters, error, export_options, finalize_options, created_at, updated_at, request_id)
         VALUES (@name, @status, @preset, @input_image, @prompt, @negative_prompt, @parameters, @error, @export_options, @finalize_options, @created_at, @updated_at, @request_id)`
      )
      .run({
        ...job,
        parameters: JSON.stringify(job.parameters),
        export_options: job.export_options ? JSON.stringify(job.export_options) : null,
        finalize_options: job.finalize_options ? JSON.stringify(job.finalize_options) : null,
        request_id: requestId,
      })
    const id = Number(info.lastInsertRowid)
    for (const s of segments) upsertSegment(db, { ...s, job_id: id })
    return id
  })()
}

/**
 * Writes back a job state produced by the engine: job row, segments (deleting removed ones), new finals.
 * With `before` (the state as read in the same transaction), rows equal to their old version are not
 * written again: an event changes one or two runs, and rewriting every segment of a long job on each
 * event was most of the time between one segment's end and the next one's submission.
 */
export function saveJobState(db: Db, state: JobState, before?: JobState): void {
  const { job } = state
  stateCache(db).delete(job.id)
  // The engine's step shares unchanged rows with `before`: identity settles most of them.
  const same = (a: unknown, b: unknown) => b !== undefined && (a === b || JSON.stringify(a) === JSON.stringify(b))
  const oldSegments = new Map(before?.job.id === job.id ? before.segments.map((s) => [s.idx, s] as const) : [])
  const oldTakes = new Map(before?.job.id === job.id ? before.takes.map((t) => [`${t.idx}/${t.take}`, t] as const) : [])
  statements(db).prepare(
    `UPDATE jobs SET name=@name, status=@status, preset=@preset, input_image=@input_image, prompt=@prompt,
       negative_prompt=@negative_prompt, parameters=@parameters, error=@error, export_options=@export_options,
       finalize_options=@finalize_options, finalize_attempts=@finalize_attempts, held=@held, updated_at=@updated_at WHERE id=@id`
  ).run({
    ...job,
    parameters: JSON.stringify(job.parameters),
    export_options: job.export_options ? JSON.stringify(job.export_options) : null,
    finalize_options: job.finalize_options ? JSON.stringify(job.finalize_options) : null,
    finalize_attempts: job.finalize_attempts ?? 0,
    held: job.held ? 1 : 0,
  })
  for (const s of state.segments) if (!same(s, oldSegments.get(s.idx))) upsertSegment(db, s)
  // With `before` (what the database holds), the rows to delete and the finals stored are known without asking it.
  const known = before?.job.id === job.id ? before : null
  if (!known || known.segments.length > state.segments.length) {
    statements(db).prepare('DELETE FROM segments WHERE job_id = ? AND idx >= ?').run(job.id, state.segments.length)
  }
  const keep = new Set(state.takes.map((t) => `${t.idx}/${t.take}`))
  const storedTakes = known ? known.takes : statements(db).prepare<[number], { idx: number; take: number }>('SELECT idx, take FROM takes WHERE job_id = ?').all(job.id)
  for (const t of storedTakes) {
    if (!keep.has(`${t.idx}/${t.take}`)) statements(db).prepare('DELETE FROM takes WHERE job_id = ? AND idx = ? AND take = ?').run(job.id, t.idx, t.take)
  }
  for (const t of state.takes) if (!same(t, oldTakes.get(`${t.idx}/${t.take}`))) upsertTake(db, t)
  const stored = known ? known.finals.length : (statements(db).prepare('SELECT COUNT(*) AS n FROM finals WHERE job_id = ?').get(job.id) as { n: number }).n
  for (const f of state.finals.slice(stored)) {
    statements(db).prepare('INSERT INTO finals (job_id, file, frames, mode, created_at, takes, export) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      job.id,
      JSON.stringify(f.file),
      f.frames,
      f.mode,
      f.created_at,
      JSON.stringify(f.takes),
      f.export ? JSON.stringify(f.export) : null
    )
  }
}

const RUN_COLUMNS = [
  'status', 'prompt', 'negative_prompt', 'seed', 'loras', 'prompt_id', 'accepted', 'output_nodes', 'start_image', 'start_source', 'video',
  'last_frame', 'frames', 'execution_ms', 'attempts', 'error', 'drift', 'seam_mode', 'carry', 'tail', 'seam', 'seam_ref',
  'backend', 'started_at', 'finished_at',
]

function runParams<R extends RunRecord>(r: R): Record<string, unknown> {
  return {
    ...r,
    accepted: r.accepted ? 1 : 0,
    loras: JSON.stringify(r.loras),
    video: r.video ? JSON.stringify(r.video) : null,
    last_frame: r.last_frame ? JSON.stringify(r.last_frame) : null,
    tail: r.tail ? JSON.stringify(r.tail) : null,
    error: r.error ? JSON.stringify(r.error) : null,
    output_nodes: r.output_nodes ? JSON.stringify(r.output_nodes) : null,
  }
}

function upsertRow(db: Db, table: 'segments' | 'takes', key: string[], extra: string[], params: Record<string, unknown>): void {
  const columns = [...key, ...RUN_COLUMNS, ...extra, 'created_at']
  const updates = [...RUN_COLUMNS, ...extra].map((c) => `${c}=excluded.${c}`).join(', ')
  statements(db).prepare(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})
     ON CONFLICT (${key.join(', ')}) DO UPDATE SET ${updates}`
  ).run(params)
}

function upsertSegment(db: Db, s: SegmentRecord): void {
  upsertRow(db, 'segments', ['job_id', 'idx'], ['take', 'locked', 'stale'], {
    ...runParams(s),
    locked: s.locked ? 1 : 0,
    stale: s.stale ? 1 : 0,
  })
}

function upsertTake(db: Db, t: TakeRecord): void {
  upsertRow(db, 'takes', ['job_id', 'idx', 'take'], [], runParams(t))
}

/** The job a client's create request already made, if any. */
export function jobIdForRequest(db: Db, requestId: string): number | null {
  const row = statements(db).prepare<[string], { id: number }>('SELECT id FROM jobs WHERE request_id = ?').get(requestId)
  return row?.id ?? null
}

export function deleteJob(db: Db, id: number): boolean {
  stateCache(db).delete(id)
  return statements(db).prepare('DELETE FROM jobs WHERE id = ?').run(id).changes > 0
}

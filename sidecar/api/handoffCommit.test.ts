// A segment's end and the next segment's scheduling (with its bound workflow) are one commit
// (Runner.dispatch places work on the state the 'finished' step left). What a crash can leave is
// then: the segment done and the next one queued under its prompt id, its POST maybe never sent.
import { existsSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { JobWithSegments } from '../contract'
import type { Db } from '../db/database'
import { smallJob, startWorld } from '../testing/testWorld'
import type { World } from '../testing/testWorld'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})

interface SegmentRow {
  idx: number
  status: string
  prompt_id: string | null
  output_nodes: string | null
}

/** Calls `seen` with the job's segment rows after each commit of the sidecar's database. */
function afterEachCommit(db: Db, jobId: () => number | null, seen: (rows: SegmentRow[]) => void): void {
  const transaction = db.transaction.bind(db)
  db.transaction = <R>(fn: () => R) => {
    const run = transaction(fn)
    return () => {
      const out = run()
      const id = jobId()
      if (!db.inTransaction && id !== null) seen(db.prepare<[number], SegmentRow>('SELECT idx, status, prompt_id, output_nodes FROM segments WHERE job_id = ? ORDER BY idx').all(id))
      return out
    }
  }
}

describe("a segment's end and the next segment's scheduling", () => {
  it('are one commit, with the next run bound in it', async () => {
    world = await startWorld({ segmentSeconds: 0.3 })
    const w = world
    let id: number | null = null
    const commits: string[] = []
    afterEachCommit(w.sidecar.db, () => id, (rows) => commits.push(rows.map((r) => `${r.status}${r.output_nodes ? '+nodes' : ''}`).join(' ')))
    id = (await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ planned_prompts: ['step 2'] }))).body.id
    await w.waitForJob(id, (j) => j.status === 'awaiting_prompt' && j.counts.done === 2, 'both segments')
    // Never a committed state with the first segment done and the second not yet scheduled and bound.
    const between = commits.filter((c) => /^done\S* (?!done)/.test(c))
    expect(between.length).toBeGreaterThan(0)
    for (const c of between) expect(c).toMatch(/^done\S* (queued|running)\+nodes$/)
  })

  it('leave, when the sidecar dies before the POST of the next run, a state that submits it once', async () => {
    world = await startWorld({ segmentSeconds: 0.3 })
    const w = world
    const snapshot = path.join(w.root, 'crash.sqlite')
    let id: number | null = null
    let crashed: SegmentRow[] | null = null
    afterEachCommit(w.sidecar.db, () => id, (rows) => {
      if (crashed || rows[0]?.status !== 'done') return
      crashed = rows
      // The database as a crash right after this commit leaves it; the POST that follows never arrives.
      w.sidecar.db.exec(`VACUUM INTO '${snapshot.replaceAll("'", "''")}'`)
      w.sim.setFaults({ serverErrorOnSubmit: 99 })
    })
    id = (await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ planned_prompts: ['step 2'] }))).body.id
    const jobId = id
    await w.waitForJob(jobId, (j) => j.segments[0]?.status === 'done', 'the first segment')
    expect(crashed).not.toBeNull()
    const [, next] = crashed as unknown as SegmentRow[]
    expect(next?.status).toBe('queued')
    expect(next?.output_nodes).not.toBeNull()
    const lostId = next?.prompt_id
    await w.restartSidecar(() => {
      w.sim.setFaults({})
      const file = path.join(w.root, 'data', 'longvideo.sqlite')
      for (const f of [`${file}-wal`, `${file}-shm`]) if (existsSync(f)) rmSync(f)
      // The copy is the database the crashed sidecar left.
      renameSync(snapshot, file)
    })
    const done = await w.waitForJob(jobId, (j) => j.status === 'awaiting_prompt' && j.counts.done === 2, 'the second segment after the restart', 30_000)
    expect(done.segments[1]?.status).toBe('done')
    // ComfyUI never had the first id (answered 500, not queued): the run went again, once, under a new one.
    const accepted = w.sim.promptLog.filter((l) => l.httpStatus === 200)
    expect(accepted.map((l) => l.prompt_id)).not.toContain(lostId)
    expect(accepted).toHaveLength(2)
    expect(accepted.filter((l) => l.startedAt !== undefined)).toHaveLength(2)
    expect(done.segments[1]?.prompt_id).toBe(accepted[1]?.prompt_id)
  })
})

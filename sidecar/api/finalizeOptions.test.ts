import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import type { ApiError, JobList, JobWithSegments } from '../contract'
import { smallJob, startWorld } from '../testing/testWorld'
import type { World } from '../testing/testWorld'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})


/** The column as SQLite holds it, read with a connection of its own (not through the sidecar). */
function storedOptions(w: World, id: number): unknown {
  const db = new Database(path.join(w.root, 'data', 'longvideo.sqlite'), { readonly: true })
  try {
    const row = db.prepare('SELECT finalize_options FROM jobs WHERE id = ?').get(id) as { finalize_options: string | null }
    return row.finalize_options === null ? null : JSON.parse(row.finalize_options)
  } finally {
    db.close()
  }
}

describe('finalize options kept with the job', () => {
  it('stores the form\'s options, answers them with the job, and keeps them over a finalize, a reopen and a sidecar restart', async () => {
    world = await startWorld()
    const w = world
    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ planned_prompts: ['turn left', 'sit down'] }))
    const id = body.id
    expect(body.finalize_options).toBeNull()
    await w.waitForJob(id, (j) => j.status === 'awaiting_prompt' && j.counts.done === 3, 'three segments')

    // Bad input is refused naming the field, and nothing is stored.
    for (const [options, field] of [[{ crf: 70 }, 'crf'], [{ seams: [{ after: 0, type: 'wipe' }] }, 'seams.0.type'], [{ trim_first: [{ idx: 0, frames: -1 }] }, 'trim_first.0.frames']] as const) {
      const r = await w.api<ApiError>('PUT', `/api/jobs/${id}/finalize-options`, options)
      expect([r.status, r.body.error.field]).toEqual([400, field])
    }
    expect((await w.api<ApiError>('PUT', `/api/jobs/${id}/finalize-options`)).status).toBe(400)
    expect((await w.api<ApiError>('PUT', '/api/jobs/999/finalize-options', {})).status).toBe(404)
    expect(storedOptions(w, id)).toBeNull()

    // The form saves what it holds, before any finalize: a copy with a CRF kept for a later re-encode.
    const draft = { mode: 'copy', crf: 23, preset: 'slow', seams: [{ after: 1, type: 'crossfade', frames: 2 }], trim_first: [{ idx: 2, frames: 1 }] }
    const saved = await w.api<JobWithSegments>('PUT', `/api/jobs/${id}/finalize-options`, draft)
    expect(saved.status).toBe(200)
    expect(saved.body.finalize_options).toEqual(draft)
    expect(saved.body.status).toBe('awaiting_prompt')
    expect(storedOptions(w, id)).toEqual(draft)
    expect((await w.api<JobWithSegments>('GET', `/api/jobs/${id}`)).body.finalize_options).toEqual(draft)
    // The list leaves the options out (they are the detail's).
    expect((await w.api<JobList>('GET', '/api/jobs')).body.jobs.find((j) => j.id === id)).not.toHaveProperty('finalize_options')

    // A finalize keeps what it used; a reopen leaves it, and so does a restart of the sidecar.
    const used = { mode: 'reencode', crf: 30, preset: 'veryfast', seams: [{ after: 0, type: 'crossfade', frames: 3 }], trim_first: [{ idx: 1, frames: 2 }] }
    expect((await w.api('POST', `/api/jobs/${id}/finalize`, used)).status).toBe(200)
    const done = await w.waitForJob(id, (j) => j.status === 'completed' || j.error !== null, 'finalize')
    expect(done.error).toBeNull()
    expect(done.finalize_options).toEqual(used)
    expect((await w.api<JobWithSegments>('POST', `/api/jobs/${id}/reopen`)).body.finalize_options).toEqual(used)

    await w.restartSidecar()
    const back = await w.job(id)
    expect(back.status).toBe('awaiting_prompt')
    expect(back.finalize_options).toEqual(used)
    expect(storedOptions(w, id)).toEqual(used)

    // Saved again after the restart, in any state; an empty object is a plain stream copy.
    expect((await w.api<JobWithSegments>('PUT', `/api/jobs/${id}/finalize-options`, {})).body.finalize_options).toEqual({})
    expect(storedOptions(w, id)).toEqual({})
  }, 60_000)
})

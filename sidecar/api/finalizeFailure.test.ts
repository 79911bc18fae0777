// A finalize that fails, or that the sidecar stops in the middle of, leaves the job in a state the
// user can act on, with the reason, and never a sidecar that dies again at every start.
import { existsSync, readdirSync, renameSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { JobWithSegments } from '../contract'
import { MAX_FINALIZE_ATTEMPTS } from '../contract'
import { countFrames } from '../video'
import { smallJob, startWorld } from '../testing/testWorld'
import type { World } from '../testing/testWorld'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})

const L = 9
const finalsDir = (w: World) => path.join(w.sim.outputDir, 'longvideo')
const finalFiles = (w: World) => readdirSync(finalsDir(w)).filter((f) => !f.includes('_seg'))

async function twoSegments(w: World): Promise<JobWithSegments> {
  const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ planned_prompts: ['two'] }))
  return w.waitForJob(body.id, (j) => j.status === 'awaiting_prompt' && j.counts.done === 2, 'two segments')
}

describe('a finalize that fails', () => {
  it('returns the job to awaiting_prompt with the reason and no file; finalize again works once the cause is gone', async () => {
    world = await startWorld()
    const w = world
    const job = await twoSegments(w)
    const video = job.segments[1]?.video
    if (!video) throw new Error('no video')
    const file = path.join(w.sim.outputDir, video.subfolder, video.filename)
    renameSync(file, `${file}.away`)
    expect((await w.api('POST', `/api/jobs/${job.id}/finalize`)).status).toBe(200)
    const failed = await w.waitForJob(job.id, (j) => j.status !== 'finalizing', 'the failed stitch')
    expect(failed.status).toBe('awaiting_prompt')
    expect(failed.error).toMatch(/^stitching failed: .*seg2/)
    expect(failed.final_video).toBeNull()
    expect(finalFiles(w)).toEqual([])

    // A restart after the failure starts nothing again: no crash loop, the reason stays.
    await w.restartSidecar()
    await new Promise((r) => setTimeout(r, 1000))
    const after = await w.job(job.id)
    expect(after.status).toBe('awaiting_prompt')
    expect(after.error).toBe(failed.error)
    expect((await w.api('GET', '/api/health')).status).toBe(200)

    renameSync(`${file}.away`, file)
    expect((await w.api('POST', `/api/jobs/${job.id}/finalize`)).status).toBe(200)
    const done = await w.waitForJob(job.id, (j) => j.status === 'completed', 'the second finalize')
    expect(done.error).toBeNull()
    expect(await countFrames(path.join(finalsDir(w), done.final_video?.file.filename ?? ''), 'ffmpeg')).toBe(L + (L - 1))
  })
})

describe('a finalize the sidecar stopped in the middle of', () => {
  /** What the database holds after the sidecar died `attempts` times while stitching this job. */
  function diedWhileStitching(w: World, id: number, attempts: number): void {
    w.sidecar.db.prepare(`UPDATE jobs SET status = 'finalizing', finalize_attempts = ? WHERE id = ?`).run(attempts, id)
  }

  it('is stitched again at the next start', async () => {
    world = await startWorld()
    const w = world
    const job = await twoSegments(w)
    diedWhileStitching(w, job.id, 1)
    await w.restartSidecar()
    const done = await w.waitForJob(job.id, (j) => j.status === 'completed', 'the resumed finalize')
    expect(done.final_video?.frames).toBe(L + (L - 1))
  })

  it(`stops after ${MAX_FINALIZE_ATTEMPTS} starts with the reason, and the sidecar keeps serving`, async () => {
    world = await startWorld()
    const w = world
    const job = await twoSegments(w)
    diedWhileStitching(w, job.id, MAX_FINALIZE_ATTEMPTS)
    await w.restartSidecar()
    const stopped = await w.waitForJob(job.id, (j) => j.status !== 'finalizing', 'the finalize given up')
    expect(stopped.status).toBe('awaiting_prompt')
    expect(stopped.error).toMatch(/finalizing stopped 3 times before it finished/)
    expect(existsSync(finalsDir(w)) ? finalFiles(w) : []).toEqual([])
    expect((await w.api('GET', '/api/health')).status).toBe(200)
    expect((await w.api('POST', `/api/jobs/${job.id}/finalize`)).status).toBe(200)
    await w.waitForJob(job.id, (j) => j.status === 'completed', 'finalize again')
  })
})

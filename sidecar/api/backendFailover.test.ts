import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { BackendList, JobWithSegments } from '../contract'
import { abandonedOn } from '../db/jobQueries'
import { backendSettings, runsTwice } from '../testing/backendSims'
import { smallJob, startWorld, waitUntil } from '../testing/testWorld'
import type { World } from '../testing/testWorld'
import { countFrames } from '../video'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})

const L = 9

describe('failover between ComfyUI backends', () => {
  it('places the runs of a backend silent past the timeout on another one, takes the old prompt out when it is back, and loses nothing', async () => {
    world = await startWorld({}, { backendTimeoutMs: 1_000 }, { backends: 1 })
    const w = world
    const gpu2 = w.backends[0]!
    const settings = (main: boolean) => w.api('PUT', '/api/settings', { main_backend_enabled: main, backends: backendSettings([gpu2]) })
    // Segment 1 runs on gpu2 alone, long enough to be cut off in the middle.
    gpu2.sim.setSegmentSeconds(4)
    expect((await settings(false)).status).toBe(200)
    const created = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ planned_prompts: ['turn left'] }))
    const id = created.body.id
    const first = await w.waitForJob(id, (j) => j.segments[0]?.status === 'running', 'segment 1 running on gpu2')
    expect(first.segments[0]?.backend).toBe('gpu2')
    const oldPrompt = first.segments[0]!.prompt_id!

    // gpu2 drops off the network (its queue goes on); main is turned on again.
    await gpu2.sim.stop()
    expect((await settings(true)).status).toBe(200)
    const moved = await w.waitForJob(id, (j) => j.segments[0]?.backend === 'main', 'segment 1 placed on main', 20_000)
    expect(moved.segments[0]?.prompt_id).not.toBe(oldPrompt)
    expect(abandonedOn(w.sidecar.db, 'gpu2').map((a) => a.prompt_id)).toEqual([oldPrompt])
    const offline = await w.api<BackendList>('GET', '/api/backends')
    expect(offline.body.backends.find((b) => b.id === 'gpu2')?.state).toBe('offline')

    // gpu2 comes back while it still runs the old prompt: it is interrupted there, and its result never read.
    await gpu2.sim.start()
    await waitUntil(async () => abandonedOn(w.sidecar.db, 'gpu2').length, (n) => n === 0, 'the abandoned prompt taken out of gpu2', 20_000)
    const oldRun = () => Promise.resolve(gpu2.sim.promptLog.find((l) => l.prompt_id === oldPrompt)?.status)
    expect(await waitUntil(oldRun, (s) => s !== undefined, 'the old prompt ended on gpu2')).toBe('interrupted')

    const done = await w.waitForJob(id, (j) => j.status === 'awaiting_prompt', 'both segments', 30_000)
    expect(done.segments.map((s) => s.status)).toEqual(['done', 'done'])
    // No prompt id of ours was started on two backends.
    const started = (sim: typeof w.sim) => new Set(sim.promptLog.map((l) => l.prompt_id))
    const onBoth = [...started(w.sim)].filter((p) => started(gpu2.sim).has(p))
    expect(onBoth).toEqual([])

    expect((await w.api('POST', `/api/jobs/${id}/finalize`)).status).toBe(200)
    const final = await w.waitForJob(id, (j) => j.status === 'completed', 'finalize')
    const file = final.final_video!.file
    expect(await countFrames(path.join(w.sim.outputDir, file.subfolder, file.filename), 'ffmpeg')).toBe(L + (L - 1))
  }, 90_000)

  it('fails over after the settings\' backend_timeout_s when no --backend-timeout is given', async () => {
    world = await startWorld({}, {}, { backends: 1 })
    const w = world
    const gpu2 = w.backends[0]!
    gpu2.sim.setSegmentSeconds(60)
    const put = (main: boolean) => w.api('PUT', '/api/settings', { main_backend_enabled: main, backends: backendSettings([gpu2]), backend_timeout_s: 10 })
    expect((await put(false)).status).toBe(200)
    const id = (await w.api<JobWithSegments>('POST', '/api/jobs', smallJob())).body.id
    await w.waitForJob(id, (j) => j.segments[0]?.status === 'running', 'segment 1 running on gpu2')
    await gpu2.sim.stop()
    const stoppedAt = Date.now()
    expect((await put(true)).status).toBe(200)
    // Not before the 10 s of the setting; long before the 90 s default.
    const moved = await w.waitForJob(id, (j) => j.segments[0]?.backend === 'main', 'segment 1 placed on main', 40_000)
    expect(Date.now() - stoppedAt).toBeGreaterThanOrEqual(10_000)
    expect(moved.segments[0]?.backend).toBe('main')
    await w.waitForJob(id, (j) => j.status === 'awaiting_prompt', 'segment 1 done on main')
  }, 90_000)

  it('takes a silent backend\'s running and waiting prompts out when it answers again, also after a sidecar restart in between', async () => {
    world = await startWorld({}, { backendTimeoutMs: 1_000 }, { backends: 1 })
    const w = world
    const gpu2 = w.backends[0]!
    gpu2.sim.setSegmentSeconds(30)
    const put = (main: boolean) => w.api('PUT', '/api/settings', { main_backend_enabled: main, backends: backendSettings([gpu2]) })
    expect((await put(false)).status).toBe(200)
    const a = (await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ name: 'A' }))).body.id
    const b = (await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ name: 'B', parameters: { width: 64, height: 64, frames: 9, steps: 4, seed: 9 } }))).body.id
    const both = async () => [(await w.job(a)).segments[0]!, (await w.job(b)).segments[0]!]
    const [runA, runB] = await waitUntil(both, (r) => r.some((x) => x.status === 'running') && r.some((x) => x.status === 'queued'), 'one running and one waiting on gpu2')
    const old = new Set([runA!.prompt_id!, runB!.prompt_id!])
    const waiting = (runA!.status === 'queued' ? runA : runB)!.prompt_id!

    // gpu2 stops answering (its process goes on); both runs are placed on main with new prompts.
    await gpu2.sim.stop()
    gpu2.sim.setSegmentSeconds(0.2)
    expect((await put(true)).status).toBe(200)
    await waitUntil(async () => new Set(abandonedOn(w.sidecar.db, 'gpu2').map((x) => x.prompt_id)), (ids) => ids.size === 2 && [...ids].every((id) => old.has(id)), 'both gpu2 prompts abandoned', 20_000)
    // The sidecar restarts while gpu2 is still silent: what it abandoned is remembered (SQLite).
    await w.restartSidecar()
    expect(abandonedOn(w.sidecar.db, 'gpu2')).toHaveLength(2)

    const backAt = Date.now()
    await gpu2.sim.start()
    await waitUntil(async () => abandonedOn(w.sidecar.db, 'gpu2').length, (n) => n === 0, 'the abandoned prompts taken out of gpu2', 20_000)
    const entry = (id: string) => gpu2.sim.promptLog.find((l) => l.prompt_id === id)
    const running = [...old].find((id) => id !== waiting)!
    // The running one was interrupted soon after gpu2 answered (not run to its end), the waiting one never started there.
    await waitUntil(async () => entry(running)?.status, (s) => s !== undefined, 'the old running prompt ended on gpu2')
    expect(entry(running)?.status).toBe('interrupted')
    expect(entry(running)!.finishedAt! - backAt).toBeLessThan(10_000)
    expect(entry(waiting)?.startedAt).toBeUndefined()
    // Of the old prompts only the running one started there (a reclaimed run starts there as a new prompt, below).
    expect(gpu2.sim.promptLog.filter((l) => l.startedAt !== undefined && old.has(l.prompt_id)).map((l) => l.prompt_id)).toEqual([running])

    const done = await Promise.all([a, b].map((id) => w.waitForJob(id, (j) => j.status === 'awaiting_prompt', `job ${id} done on main`, 30_000)))
    // Placed again on main; a run still waiting in main's queue once gpu2 answers again with nothing to
    // run may be taken by gpu2 (placement.reclaims), as a new prompt too. The one main runs first stays there.
    expect(done.some((j) => j.segments[0]?.backend === 'main')).toBe(true)
    expect(done.every((j) => ['main', 'gpu2'].includes(j.segments[0]?.backend ?? ''))).toBe(true)
    expect(done.every((j) => !old.has(j.segments[0]!.prompt_id!))).toBe(true)
    // Each job's segment ran to its end once, on one backend (no second copy submitted after the restart).
    // (Runs do overlap here: the silent gpu2 ran the old prompt until it answered again and was interrupted.)
    const succeeded = w.sims.flatMap((s) => s.promptLog).filter((l) => l.status === 'success')
    expect(succeeded.map((l) => /"filename_prefix":"([^"]+?)_seg1/.exec(JSON.stringify(l.body))?.[1]).sort()).toEqual(['longvideo/A', 'longvideo/B'])
  }, 90_000)

  it('continues a chain from a segment made on a backend that has gone away: its files were copied when it finished', async () => {
    world = await startWorld({}, { backendTimeoutMs: 1_000 }, { backends: 1 })
    const w = world
    const gpu2 = w.backends[0]!
    const settings = (main: boolean) => w.api('PUT', '/api/settings', { main_backend_enabled: main, backends: backendSettings([gpu2]) })
    expect((await settings(false)).status).toBe(200)
    const id = (await w.api<JobWithSegments>('POST', '/api/jobs', smallJob())).body.id
    const first = await w.waitForJob(id, (j) => j.status === 'awaiting_prompt', 'segment 1 on gpu2')
    expect(first.segments[0]?.backend).toBe('gpu2')
    const frame = first.segments[0]!.last_frame!
    const made = readFileSync(path.join(gpu2.sim.outputDir, frame.subfolder, frame.filename))
    // The copy is made off the hand-off path, after the segment is recorded: wait for it before gpu2 goes.
    const cached = path.join(w.root, 'data', 'cache', 'backends', 'gpu2', 'output', frame.subfolder, frame.filename)
    await waitUntil(async () => existsSync(cached), (ok) => ok, 'the copy of gpu2 files')
    // gpu2 goes for good: it stops answering and is removed from the settings.
    await gpu2.sim.stop()
    expect((await w.api('PUT', '/api/settings', { main_backend_enabled: true, backends: [] })).status).toBe(200)
    expect((await w.api('POST', `/api/jobs/${id}/segments/1/prompt`, { prompt: 'turn left' })).status).toBe(200)
    const done = await w.waitForJob(id, (j) => j.status === 'awaiting_prompt' && j.segments.length === 2, 'segment 2 on main', 20_000)
    expect(done.segments.map((s) => [s.status, s.backend])).toEqual([['done', 'gpu2'], ['done', 'main']])
    expect(readFileSync(path.join(w.sim.inputDir, `longvideo_from_gpu2_output_${frame.subfolder}_${frame.filename}`))).toEqual(made)
    const status = await waitUntil(() => w.api<BackendList>('GET', '/api/backends'), (r) => r.body.backends.length === 1, 'gpu2 forgotten')
    expect(status.body.backends.map((b) => [b.id, b.state])).toEqual([['main', 'online']])
    expect((await w.api('POST', `/api/jobs/${id}/finalize`)).status).toBe(200)
    const final = await w.waitForJob(id, (j) => j.status === 'completed', 'finalize')
    const file = final.final_video!.file
    expect(await countFrames(path.join(w.sim.outputDir, file.subfolder, file.filename), 'ffmpeg')).toBe(L + (L - 1))
  }, 60_000)

  it('drains a backend removed from the settings: what waits there is placed elsewhere, what runs there finishes', async () => {
    world = await startWorld({}, {}, { backends: 1 })
    const w = world
    const gpu2 = w.backends[0]!
    gpu2.sim.setSegmentSeconds(2)
    expect((await w.api('PUT', '/api/settings', { main_backend_enabled: false, backends: backendSettings([gpu2]) })).status).toBe(200)
    const a = (await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ name: 'A' }))).body.id
    const b = (await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ name: 'B', prompt: 'a run on the beach', parameters: { width: 64, height: 64, frames: 9, steps: 4, seed: 7 } }))).body.id
    // Which of the two gpu2 runs first is the order the submits reached it: either way one runs, one waits.
    const statusOf = async () => [(await w.job(a)).segments[0], (await w.job(b)).segments[0]]
    const [runA, runB] = await waitUntil(statusOf, (r) => r.some((x) => x?.status === 'running') && r.some((x) => x?.status === 'queued'), 'one running and one waiting on gpu2')
    expect([runA?.backend, runB?.backend]).toEqual(['gpu2', 'gpu2'])
    const [running, queued] = runA?.status === 'running' ? [a, b] : [b, a]
    const handedBack = (runA?.status === 'queued' ? runA : runB)!.prompt_id!
    expect((await w.api('PUT', '/api/settings', { main_backend_enabled: true, backends: [] })).status).toBe(200)
    const draining = await w.api<BackendList>('GET', '/api/backends')
    expect(draining.body.backends.map((x) => [x.id, x.state])).toEqual([['main', 'online'], ['gpu2', 'draining']])
    const movedJob = await w.waitForJob(queued, (j) => j.status === 'awaiting_prompt', 'the waiting run done on main')
    expect(movedJob.segments[0]?.backend).toBe('main')
    const stayed = await w.waitForJob(running, (j) => j.status === 'awaiting_prompt', 'the running one finished on gpu2')
    expect(stayed.segments[0]?.backend).toBe('gpu2')
    // The waiting prompt was taken out of gpu2's queue before it ran; gpu2 ran the other one only.
    expect(gpu2.sim.promptLog.filter((l) => l.startedAt !== undefined).map((l) => l.prompt_id)).toEqual([stayed.segments[0]?.prompt_id])
    expect(gpu2.sim.promptLog.some((l) => l.prompt_id === handedBack)).toBe(true)
    await waitUntil(async () => (await w.api<BackendList>('GET', '/api/backends')).body.backends.map((x) => x.id), (ids) => ids.join() === 'main', 'gpu2 forgotten once drained')
  }, 60_000)

  it('after a sidecar restart, reattaches a prompt to the backend it runs on instead of submitting it again', async () => {
    world = await startWorld({}, {}, { backends: 1 })
    const w = world
    const gpu2 = w.backends[0]!
    gpu2.sim.setSegmentSeconds(3)
    expect((await w.api('PUT', '/api/settings', { main_backend_enabled: false, backends: backendSettings([gpu2]) })).status).toBe(200)
    const id = (await w.api<JobWithSegments>('POST', '/api/jobs', smallJob())).body.id
    const running = await w.waitForJob(id, (j) => j.segments[0]?.status === 'running', 'segment 1 running on gpu2')
    const prompt = running.segments[0]!.prompt_id
    await w.restartSidecar()
    const done = await w.waitForJob(id, (j) => j.status === 'awaiting_prompt', 'segment 1 done after the restart', 30_000)
    expect([done.segments[0]?.backend, done.segments[0]?.prompt_id, done.segments[0]?.attempts]).toEqual(['gpu2', prompt, 1])
    expect(gpu2.sim.promptLog.map((l) => l.prompt_id)).toEqual([prompt])
    expect(w.sim.promptLog).toEqual([])
  }, 60_000)
})

describe('a backend killed between a run\'s end and the copy of its files', () => {
  it('makes the run again on another backend: the job completes with exact frames and no run overlaps on two backends', async () => {
    world = await startWorld({ segmentSeconds: 1.5 }, { backendTimeoutMs: 1_000 }, { backends: 2 })
    const w = world
    expect((await w.api('PUT', '/api/settings', { main_backend_enabled: false, backends: backendSettings(w.backends) })).status).toBe(200)
    const id = (await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ name: 'Kill window', planned_prompts: ['turn left'] }))).body.id
    const running = await w.waitForJob(id, (j) => j.segments[0]?.status === 'running', 'segment 1 running')
    const victim = w.backends.find((b) => b.id === running.segments[0]?.backend)!
    const firstPrompt = running.segments[0]!.prompt_id!
    // It dies on the sidecar's first GET /view of segment 1's files: after its execution_success, before
    // anything of that run has reached the sidecar.
    victim.sim.setFaults({ killOnViewOf: 'Kill_window_seg1' })

    const done = await w.waitForJob(id, (j) => j.status === 'awaiting_prompt' && j.segments.every((s) => s.status === 'done'), 'both segments done elsewhere', 40_000)
    const ended = victim.sim.promptLog.find((l) => l.prompt_id === firstPrompt)
    expect(ended?.status).toBe('success')
    expect(await w.api('GET', '/api/backends').then((r) => (r.body as BackendList).backends.find((b) => b.id === victim.id)?.state)).toBe('offline')
    expect(done.segments.map((s) => s.backend === victim.id)).toEqual([false, false])
    expect(done.segments[0]?.prompt_id).not.toBe(firstPrompt)
    expect(abandonedOn(w.sidecar.db, victim.id).map((a) => a.prompt_id)).toEqual([firstPrompt])
    expect(runsTwice(w.sims)).toEqual({ overlapping: [], started_twice: [] })

    expect((await w.api('POST', `/api/jobs/${id}/finalize`)).status).toBe(200)
    const final = await w.waitForJob(id, (j) => j.status === 'completed', 'finalize')
    const file = final.final_video!.file
    expect(await countFrames(path.join(w.sim.outputDir, file.subfolder, file.filename), 'ffmpeg')).toBe(L + (L - 1))
  }, 90_000)
})

import path from 'node:path'
import { existsSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { countFrames } from '../video'
import type { JobWithSegments, Segment } from '../contract'
import { smallJob, startWorld, waitUntil } from '../testing/testWorld'
import type { World } from '../testing/testWorld'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})

const L = 9
const statuses = (j: JobWithSegments) => j.segments.map((s) => s.status).join(',')

describe('a job against the simulated ComfyUI', () => {
  it('runs three planned segments, hands each last frame on, and finalizes to exactly L + (N-1)(L-1) frames', async () => {
    world = await startWorld()
    const w = world
    const created = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ planned_prompts: ['turn left', { prompt: 'sit down', seed: 7 }] }))
    expect(created.status).toBe(201)
    const id = created.body.id
    const waiting = await w.waitForJob(id, (j) => j.status === 'awaiting_prompt', 'three segments')
    expect(statuses(waiting)).toBe('done,done,done')
    expect(waiting.segments.map((s) => s.frames)).toEqual([L, L - 1, L - 1])
    expect(waiting.segments.map((s) => s.video?.filename)).toEqual(['Test_walk_seg1_00001_.mp4', 'Test_walk_seg2_00001_.mp4', 'Test_walk_seg3_00001_.mp4'])
    expect(waiting.segments[2]?.seed).toBe(7)

    // The hand-off: segment k>0 loads segment k-1's last-frame PNG from the output folder.
    const seg = (i: number) => waiting.segments[i] as Segment
    expect(seg(0).start_image).toBe('start.png')
    expect(seg(1).start_image).toBe(`longvideo/${seg(0).last_frame?.filename} [output]`)
    expect(seg(2).start_image).toBe(`longvideo/${seg(1).last_frame?.filename} [output]`)
    const submitted = w.sim.promptLog.filter((l) => l.httpStatus === 200)
    expect(submitted).toHaveLength(3)
    expect(new Set(submitted.map((l) => l.prompt_id))).toEqual(new Set(waiting.segments.map((s) => s.prompt_id)))

    const fin = await w.api<JobWithSegments>('POST', `/api/jobs/${id}/finalize`)
    expect(fin.status).toBe(200)
    const again = await w.api<{ error: { code: string; field: string } }>('POST', `/api/jobs/${id}/finalize`)
    expect(again.status).toBe(409)
    expect(again.body.error.field).toBe('status')
    const done = await w.waitForJob(id, (j) => j.status === 'completed', 'finalize')
    expect(done.final_video?.file).toEqual({ filename: 'Test_walk_00001.mp4', subfolder: 'longvideo', type: 'output' })
    const finalPath = path.join(w.sim.outputDir, 'longvideo', 'Test_walk_00001.mp4')
    expect(await countFrames(finalPath, 'ffmpeg')).toBe(L + 2 * (L - 1))
    expect(done.final_video?.frames).toBe(L + 2 * (L - 1))
    expect(done.final_video?.mode).toBe('copy')

    // The final video is served with ranges.
    const ranged = await fetch(`${w.sidecar.url}/api/jobs/${id}/video`, { headers: { range: 'bytes=0-99', ...w.sidecar.authHeaders } })
    expect(ranged.status).toBe(206)
    expect(ranged.headers.get('content-range')).toMatch(/^bytes 0-99\/\d+$/)
    expect((await ranged.arrayBuffer()).byteLength).toBe(100)

    // Reopen, one more segment, a second numbered final file; the first one stays.
    const reopened = await w.api<JobWithSegments>('POST', `/api/jobs/${id}/reopen`)
    expect([reopened.status, reopened.body.status]).toEqual([200, 'awaiting_prompt'])
    // A prompt answers the job it changed: the new segment and the job running it.
    const prompted = await w.api<JobWithSegments>('POST', `/api/jobs/${id}/segments/3/prompt`, { prompt: 'stand up' })
    expect(prompted.status).toBe(200)
    expect(prompted.body.status).toBe('running')
    expect(prompted.body.segments.map((s) => s.prompt).at(-1)).toBe('stand up')
    await w.waitForJob(id, (j) => j.status === 'awaiting_prompt' && j.counts.done === 4, 'fourth segment')
    await w.api('POST', `/api/jobs/${id}/finalize`)
    const second = await w.waitForJob(id, (j) => j.status === 'completed', 'second finalize')
    expect(second.finals.map((f) => f.file.filename)).toEqual(['Test_walk_00001.mp4', 'Test_walk_00002.mp4'])
    expect(existsSync(finalPath)).toBe(true)
    expect(await countFrames(path.join(w.sim.outputDir, 'longvideo', 'Test_walk_00002.mp4'), 'ffmpeg')).toBe(L + 3 * (L - 1))
  })

  it('waits for the next prompt, refuses a prompt that is not next, and never makes two segments from a double click', async () => {
    world = await startWorld()
    const w = world
    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob())
    await w.waitForJob(body.id, (j) => j.status === 'awaiting_prompt', 'first segment')
    const skip = await w.api<{ error: { field: string } }>('POST', `/api/jobs/${body.id}/segments/2/prompt`, { prompt: 'too far' })
    expect(skip.status).toBe(409)
    expect(skip.body.error.field).toBe('idx')
    const [a, b] = await Promise.all([
      w.api('POST', `/api/jobs/${body.id}/segments/1/prompt`, { prompt: 'next' }),
      w.api('POST', `/api/jobs/${body.id}/segments/1/prompt`, { prompt: 'next' }),
    ])
    expect([a.status, b.status].sort()).toContain(200)
    const after = await w.waitForJob(body.id, (j) => j.status === 'awaiting_prompt' && j.counts.done === 2, 'second segment')
    expect(after.segments).toHaveLength(2)
    expect(w.sim.promptLog.filter((l) => l.httpStatus === 200)).toHaveLength(2)
    const notLast = await w.api<{ error: { field: string } }>('DELETE', `/api/jobs/${body.id}/segments/0`)
    expect(notLast.status).toBe(409)
    expect((await w.api('DELETE', `/api/jobs/${body.id}/segments/1`)).status).toBe(200)
    expect((await w.job(body.id)).segments).toHaveLength(1)
  })

  it('shows a ComfyUI execution error verbatim and retries only the failed segment', async () => {
    world = await startWorld()
    const w = world
    w.sim.setFaults({ errorOnPrompt: 2 })
    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ planned_prompts: ['two'] }))
    const failed = await w.waitForJob(body.id, (j) => j.status === 'failed', 'the injected error')
    expect(statuses(failed)).toBe('done,failed')
    const err = failed.segments[1]?.error
    expect(err?.exception_message).toContain('simulated fault')
    // The simulated fault strikes the first sampler ComfyUI runs: the high-noise pass.
    expect(err).toMatchObject({ node_type: 'KSamplerAdvanced', exception_type: 'RuntimeError' })
    expect(failed.error).toContain('simulated fault')
    expect((await w.api('POST', `/api/jobs/${body.id}/retry`)).status).toBe(200)
    const retried = await w.waitForJob(body.id, (j) => j.status === 'awaiting_prompt', 'the retry')
    expect(statuses(retried)).toBe('done,done')
    expect(retried.segments[0]?.prompt_id).toBe(failed.segments[0]?.prompt_id)
  })

  it('refuses a job whose model file is missing before anything runs, naming the file and the field', async () => {
    world = await startWorld({ models: { diffusion_models: ['something_else.safetensors'] } })
    const w = world
    const refused = await w.api<{ error: { field: string; message: string } }>('POST', '/api/jobs', smallJob())
    expect(refused.status).toBe(400)
    expect(refused.body.error.field).toBe('parameters.models.high')
    expect(refused.body.error.message).toContain('wan2.2_i2v_high_noise_14B_fp8_scaled.safetensors')
    expect((await w.api<{ total: number }>('GET', '/api/jobs')).body.total).toBe(0)
    expect(w.sim.promptLog).toHaveLength(0)
  })

  it('cancel interrupts the running prompt in ComfyUI and keeps finished segments', async () => {
    world = await startWorld({ segmentSeconds: 30 })
    const w = world
    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob())
    await w.waitForJob(body.id, (j) => j.segments[0]?.status === 'running', 'segment running')
    const cancelled = await w.api<JobWithSegments>('POST', `/api/jobs/${body.id}/cancel`)
    expect(cancelled.status).toBe(200)
    expect(cancelled.body.status).toBe('cancelled')
    const log = w.sim.promptLog[0]
    await new Promise<void>((resolve) => {
      const check = () => (log?.status ? resolve() : setTimeout(check, 50))
      check()
    })
    expect(log?.status).toBe('interrupted')
    expect((await w.job(body.id)).segments[0]?.status).toBe('cancelled')
  })

  it('takes no new segment while the queue is stopped and resumes on start', async () => {
    world = await startWorld()
    const w = world
    const stopped = await w.api<{ accepting: boolean }>('POST', '/api/queue/stop')
    expect(stopped.body.accepting).toBe(false)
    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob())
    await new Promise((r) => setTimeout(r, 600))
    expect((await w.job(body.id)).segments[0]?.status).toBe('planned')
    expect(w.sim.promptLog).toHaveLength(0)
    expect((await w.api<{ accepting: boolean }>('POST', '/api/queue/start')).body.accepting).toBe(true)
    await w.waitForJob(body.id, (j) => j.status === 'awaiting_prompt', 'the segment after start')
  })

  it('makes one job from a create request sent twice (double click, retried request)', async () => {
    world = await startWorld()
    const w = world
    const body = smallJob({ request_id: 'create-7f3a9c21' })
    const [first, second] = await Promise.all([w.api<JobWithSegments>('POST', '/api/jobs', body), w.api<JobWithSegments>('POST', '/api/jobs', body)])
    expect([first.status, second.status].sort()).toEqual([200, 201])
    expect(second.body.id).toBe(first.body.id)
    const list = await w.api<{ total: number }>('GET', '/api/jobs')
    expect(list.body.total).toBe(1)
    await w.waitForJob(first.body.id, (j) => j.status === 'awaiting_prompt', 'the one job')
    expect(w.sim.promptLog.filter((p) => p.httpStatus === 200)).toHaveLength(1)
    const again = await w.api<JobWithSegments>('POST', '/api/jobs', body)
    expect([again.status, again.body.id, again.body.status]).toEqual([200, first.body.id, 'awaiting_prompt'])
  })

  it('answers 4xx naming the field for bad input', async () => {
    world = await startWorld()
    const w = world
    const cases: Array<[string, string, unknown, number, string]> = [
      ['POST', '/api/jobs', smallJob({ parameters: { width: -64 } }), 400, 'parameters.width'],
      ['POST', '/api/jobs', smallJob({ parameters: { width: 70, height: 64 } }), 400, 'parameters.width'],
      ['POST', '/api/jobs', smallJob({ parameters: { frames: 80 } }), 400, 'parameters.frames'],
      ['POST', '/api/jobs', smallJob({ input_image: 'missing.png' }), 400, 'input_image'],
      ['POST', '/api/jobs', smallJob({ input_image: 'not-an-image.png' }), 400, 'input_image'],
      ['POST', '/api/jobs', smallJob({ input_image: '../../etc/passwd' }), 400, 'input_image'],
      ['POST', '/api/jobs', smallJob({ prompt: 'x'.repeat(9000) }), 400, 'prompt'],
      ['POST', '/api/jobs', smallJob({ preset: 'nope' }), 400, 'preset'],
      ['GET', '/api/jobs/999', undefined, 404, 'id'],
      ['GET', '/api/jobs/abc', undefined, 400, 'id'],
      ['POST', '/api/jobs/999/finalize', undefined, 404, 'id'],
      ['POST', '/api/jobs/%201/finalize', undefined, 400, 'id'],
      ['GET', '/api/jobs/1/segments/01/video', undefined, 400, 'idx'],
      ['POST', '/api/jobs', ['not', 'an', 'object'], 400, 'body'],
      ['POST', '/api/jobs', 'just a string', 400, 'body'],
      ['GET', '/api/jobs/1/segments/x/nothing-here', undefined, 404, 'path'],
      ['PUT', '/api/settings', undefined, 400, 'body'],
      ['GET', `/api/jobs?status=${'x'.repeat(20_000)}`, undefined, 431, 'url'],
    ]
    for (const [method, p, body, status, field] of cases) {
      const r = await w.api<{ error: { field: string; message: string } }>(method, p, body)
      expect({ p, status: r.status, field: r.body.error.field }).toEqual({ p, status, field })
      expect(JSON.stringify(r.body)).not.toMatch(/at .*\.ts:\d+/)
    }
    const draft = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ start: false }))
    expect((await w.api<{ error: { field: string } }>('POST', '/api/jobs', smallJob({ request_id: 'short' }))).body.error.field).toBe('request_id')
    const fin = await w.api<{ error: { field: string } }>('POST', `/api/jobs/${draft.body.id}/finalize`)
    expect(fin.status).toBe(409)
  })
})

describe('stopping a segment and cancelling a job', () => {
  it('stops the running segment in ComfyUI, runs it again on request, and finalizes a cancelled job from its finished segments', async () => {
    world = await startWorld({ segmentSeconds: 2 })
    const w = world
    const created = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ planned_prompts: ['turn left'] }))
    const id = created.body.id
    await w.waitForJob(id, (j) => j.segments[0]?.status === 'done' && j.segments[1]?.status === 'running', 'segment 2 running')
    const stopped = await w.api<JobWithSegments>('POST', `/api/jobs/${id}/segments/1/takes/1/stop`)
    expect(stopped.status).toBe(200)
    expect([statuses(stopped.body), stopped.body.status]).toEqual(['done,cancelled', 'awaiting_prompt'])
    // ComfyUI was told: the prompt ends interrupted there, and nothing else of the job starts.
    const promptId = stopped.body.segments[1]?.prompt_id as string
    const history = await waitUntil(
      async () => (await (await fetch(`${w.sim.url}/history/${promptId}`)).json()) as Record<string, { status?: { messages?: [string, unknown][] } }>,
      (h) => h[promptId] !== undefined,
      'the stopped prompt in ComfyUI\'s history'
    )
    expect(history[promptId]?.status?.messages?.map((m) => m[0])).toContain('execution_interrupted')
    const again = await w.api<{ error: { field: string } }>('POST', `/api/jobs/${id}/segments/1/takes/1/stop`)
    expect([again.status, again.body.error.field]).toEqual([409, 'take'])

    const rerun = await w.api<JobWithSegments>('POST', `/api/jobs/${id}/segments/1/prompt`, { prompt: 'turn right' })
    expect(rerun.status).toBe(200)
    expect(rerun.body.segments[1]?.prompt).toBe('turn right')
    await w.waitForJob(id, (j) => j.segments[1]?.status === 'running', 'segment 2 running again')
    const cancelled = await w.api<JobWithSegments>('POST', `/api/jobs/${id}/cancel`)
    expect([statuses(cancelled.body), cancelled.body.status]).toEqual(['done,cancelled', 'cancelled'])
    const fin = await w.api<JobWithSegments>('POST', `/api/jobs/${id}/finalize`)
    expect(fin.status).toBe(200)
    const done = await w.waitForJob(id, (j) => j.status === 'completed', 'finalize of the cancelled job')
    expect(done.final_video?.frames).toBe(L)
  })
})

import { afterEach, describe, expect, it } from 'vitest'
import type { JobWithSegments, SegmentPromptGraph } from '../contract'
import { smallJob, startWorld } from '../testing/testWorld'
import type { World } from '../testing/testWorld'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})

type Sent = { prompt: Record<string, { class_type: string; inputs: Record<string, unknown> }> }

describe("a segment's prompt graph", () => {
  it('answers the prompt ComfyUI ran, and binds the same prompt again once ComfyUI has forgotten it', async () => {
    world = await startWorld()
    const w = world
    const created = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ planned_prompts: ['the walker turns left'] }))
    const job = await w.waitForJob(created.body.id, (j) => j.status === 'awaiting_prompt' || j.status === 'failed', 'two segments')
    expect(job.segments.map((s) => s.status)).toEqual(['done', 'done'])
    const second = job.segments[1]!

    const ran = await w.api<SegmentPromptGraph>('GET', `/api/jobs/${job.id}/segments/1/prompt-graph`)
    expect(ran.status).toBe(200)
    expect(ran.body).toMatchObject({ job_id: job.id, idx: 1, take: 1, prompt_id: second.prompt_id, source: 'comfyui' })
    const submitted = w.sim.promptLog.find((l) => l.prompt_id === second.prompt_id && l.httpStatus === 200)
    expect(ran.body.prompt).toEqual((submitted?.body as Sent).prompt)
    const nodes = Object.values(ran.body.prompt as Sent['prompt'])
    expect(nodes.find((n) => n.class_type === 'LoadImage')?.inputs.image).toBe(second.start_image)
    expect(nodes.some((n) => n.class_type === 'CLIPTextEncode' && n.inputs.text === 'the walker turns left')).toBe(true)

    await w.sim.restart()
    const rebuilt = await w.api<SegmentPromptGraph>('GET', `/api/jobs/${job.id}/segments/1/prompt-graph`)
    expect(rebuilt.status).toBe(200)
    expect(rebuilt.body.source).toBe('rebuilt')
    expect(rebuilt.body.prompt).toEqual(ran.body.prompt)
  })

  it('refuses a segment not yet sent to ComfyUI (409) and an unknown one (404), naming idx', async () => {
    world = await startWorld()
    const w = world
    const draft = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ start: false }))
    const planned = await w.api<{ error: { code: string; field: string; message: string } }>('GET', `/api/jobs/${draft.body.id}/segments/0/prompt-graph`)
    expect(planned.status).toBe(409)
    expect(planned.body.error).toMatchObject({ field: 'idx', message: `segment 1 of job ${draft.body.id} has not been sent to ComfyUI yet` })
    const unknown = await w.api<{ error: { field: string } }>('GET', `/api/jobs/${draft.body.id}/segments/7/prompt-graph`)
    expect(unknown.status).toBe(404)
    expect(unknown.body.error.field).toBe('idx')
  })
})

import { afterEach, describe, expect, it } from 'vitest'
import type { JobWithSegments } from '../contract'
import { smallJob, startWorld, waitUntil } from '../testing/testWorld'
import type { World } from '../testing/testWorld'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})

type Row = { prompt_id: string | null; output_nodes: string | null }
const rowOf = (w: World, id: number) =>
  w.sidecar.db.prepare<[number], Row>('SELECT prompt_id, output_nodes FROM segments WHERE job_id = ? AND idx = 0').get(id)

/** A one-segment job whose segment is in ComfyUI, with the output nodes stored at its submit. */
async function submitted(w: World): Promise<{ id: number; nodes: { video: string; last_frame: string } }> {
  const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob())
  const row = await waitUntil(async () => rowOf(w, body.id), (r) => r?.output_nodes != null, 'output nodes stored at submit')
  return { id: body.id, nodes: JSON.parse(row?.output_nodes ?? 'null') as { video: string; last_frame: string } }
}

describe('the output nodes of a prompt', () => {
  it('are stored when it is submitted, and its completion reads them instead of binding the workflow again', async () => {
    world = await startWorld({ segmentSeconds: 1.5 })
    const w = world
    const { id, nodes } = await submitted(w)
    const promptId = rowOf(w, id)?.prompt_id
    const entry = await waitUntil(async () => w.sim.promptLog.find((l) => l.prompt_id === promptId), (l) => l !== undefined, 'the submit')
    const sent = entry?.body as { prompt: Record<string, { class_type: string }> }
    expect(sent.prompt[nodes.video]?.class_type).toBe('SaveVideo')
    expect(sent.prompt[nodes.last_frame]?.class_type).toBe('SaveImage')
    // Point the stored nodes elsewhere: a completion that bound the workflow again would not notice.
    w.sidecar.db.prepare('UPDATE segments SET output_nodes = ? WHERE job_id = ?').run(JSON.stringify({ video: '9999', last_frame: '9998' }), id)
    const failed = await w.waitForJob(id, (j) => j.segments[0]?.status === 'failed', 'the completion')
    expect(failed.segments[0]?.error?.message).toBe('ComfyUI finished but node 9999 saved no video')
  })

  it('are found in the template for a run stored before they were kept', async () => {
    world = await startWorld({ segmentSeconds: 1.5 })
    const w = world
    const { id } = await submitted(w)
    w.sidecar.db.prepare('UPDATE segments SET output_nodes = NULL WHERE job_id = ?').run(id)
    const done = await w.waitForJob(id, (j) => j.status === 'awaiting_prompt', 'the completion')
    expect(done.segments[0]?.status).toBe('done')
    expect(done.segments[0]?.video?.filename).toMatch(/\.mp4$/)
    expect(done.segments[0]?.last_frame?.filename).toMatch(/\.png$/)
    expect(done.segments[0]).not.toHaveProperty('output_nodes')
  })
})

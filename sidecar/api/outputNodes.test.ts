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
  it('are stored in the commit that schedules the run, when nothing has to happen before binding it', async () => {
    world = await startWorld({ segmentSeconds: 0.3 })
    const w = world
    // Every state a segment row goes through, in commit order.
    w.sidecar.db.exec(`CREATE TABLE seen (idx INTEGER, status TEXT, prompt_id TEXT, nodes TEXT);
      CREATE TRIGGER seen_update AFTER UPDATE ON segments BEGIN
        INSERT INTO seen VALUES (NEW.idx, NEW.status, NEW.prompt_id, NEW.output_nodes);
      END;`)
    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ planned_prompts: ['step 2'] }))
    await w.waitForJob(body.id, (j) => j.status === 'awaiting_prompt' && j.counts.done === 2, 'both segments')
    const seen = w.sidecar.db.prepare<[], { idx: number; status: string; prompt_id: string | null; nodes: string | null }>('SELECT * FROM seen').all()
    for (const idx of [0, 1]) {
      const queued = seen.filter((r) => r.idx === idx && r.status === 'queued')
      expect(queued.length).toBeGreaterThan(0)
      // Never a queued row without its output nodes: scheduling and binding were one write.
      expect(queued.filter((r) => r.nodes === null)).toEqual([])
      expect(new Set(queued.map((r) => r.prompt_id)).size).toBe(1)
    }
  })
})

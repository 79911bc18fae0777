// Queue order, injected faults (error, OOM, dropped sockets), stop/start and restart.
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSimComfy, type SimComfy } from './simComfy'
import { getJson, postJson, tempRoot, writeProbePng } from '../testing/simTestFixtures'
import type { ApiPrompt } from './validatePrompt'
import { connectWs, type WsTestClient } from '../testing/wsTestClient'

let sim: SimComfy
let ws: WsTestClient

/** A tiny text-to-video prompt with one sampler of `steps` steps; `tag` makes it unique (no cache hit). */
function samplerPrompt(tag: string, steps = 4): ApiPrompt {
  return {
    '1': { class_type: 'UNETLoader', inputs: { unet_name: 'wan2.2_ti2v_5B_fp16.safetensors', weight_dtype: 'default' } },
    '2': { class_type: 'CLIPLoader', inputs: { clip_name: 'umt5_xxl_fp8_e4m3fn_scaled.safetensors', type: 'wan' } },
    '3': { class_type: 'CLIPTextEncode', inputs: { text: tag, clip: ['2', 0] } },
    '4': { class_type: 'EmptyHunyuanLatentVideo', inputs: { width: 32, height: 32, length: 1, batch_size: 1 } },
    '5': { class_type: 'KSampler', inputs: { model: ['1', 0], seed: 7, steps, cfg: 1, sampler_name: 'euler', scheduler: 'simple', positive: ['3', 0], negative: ['3', 0], latent_image: ['4', 0], denoise: 1 } },
    '6': { class_type: 'VAELoader', inputs: { vae_name: 'wan2.2_vae.safetensors' } },
    '7': { class_type: 'VAEDecode', inputs: { samples: ['5', 0], vae: ['6', 0] } },
    '8': { class_type: 'SaveImage', inputs: { images: ['7', 0], filename_prefix: `faults/${tag}` } },
  }
}

async function submit(tag: string, extra: Record<string, unknown> = {}, steps = 4): Promise<string> {
  const res = await postJson(`${sim.url}/api/prompt`, { prompt: samplerPrompt(tag, steps), client_id: ws.clientId, prompt_id: tag, ...extra })
  expect(res.status).toBe(200)
  return tag
}

async function historyOf(id: string): Promise<{ status: { status_str: string; messages: Array<[string, Record<string, unknown>]> } } | undefined> {
  const body = (await getJson(`${sim.url}/api/history/${id}`)).body as Record<string, { status: { status_str: string; messages: Array<[string, Record<string, unknown>]> } }>
  return body[id]
}

beforeAll(async () => {
  sim = await startSimComfy({ root: tempRoot('faults') })
  writeProbePng(path.join(sim.inputDir, 'start.png'), 32, 32)
  ws = await connectWs(sim.url, 'faults-test')
})
afterAll(async () => {
  await ws.close()
  await sim.close()
})

describe('the queue', () => {
  it('runs one prompt at a time, lowest number first, front before all', async () => {
    sim.setSegmentSeconds(0.4)
    const started: string[] = []
    const onStart = (id: string) => started.push(id)
    sim.events.on('started', onStart)
    await submit('q-running')
    await ws.waitFor((m) => m.type === 'execution_start' && m.data.prompt_id === 'q-running')
    await submit('q-late', { number: 1000 })
    await submit('q-early', { number: -5 })
    await submit('q-normal')
    await submit('q-front', { front: true })
    const pending = ((await getJson(`${sim.url}/api/queue`)).body as { queue_pending: Array<[number, string]> }).queue_pending
    const numbers = pending.map((i) => i[0])
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b))
    expect(pending.map((i) => i[1]).at(-1)).toBe('q-late')
    expect(pending.find((i) => i[1] === 'q-early')?.[0]).toBe(-5)
    expect(pending.find((i) => i[1] === 'q-front')?.[0]).toBeLessThan(0)
    await ws.waitForPromptEnd('q-late')
    sim.events.off('started', onStart)
    sim.setSegmentSeconds(0)
    expect(started[0]).toBe('q-running')
    expect(started.at(-1)).toBe('q-late')
    expect(started.indexOf('q-front')).toBeLessThan(started.indexOf('q-normal'))
    const log = sim.promptLog.filter((l) => l.prompt_id.startsWith('q-'))
    for (const entry of log) {
      expect(entry.status).toBe('success')
      expect(entry.startedAt).toBeGreaterThanOrEqual(entry.receivedAt)
      expect(entry.finishedAt).toBeGreaterThanOrEqual(entry.startedAt ?? Infinity)
    }
    // No two runs overlap.
    const runs = log.map((l) => [l.startedAt ?? 0, l.finishedAt ?? 0]).sort((a, b) => (a[0] as number) - (b[0] as number))
    for (let i = 1; i < runs.length; i++) expect(runs[i]?.[0]).toBeGreaterThanOrEqual(runs[i - 1]?.[1] ?? Infinity)
  })

  it('clears every pending prompt on {"clear": true}', async () => {
    sim.setSegmentSeconds(2)
    await submit('c-running')
    await submit('c-pending-1')
    await submit('c-pending-2')
    const res = await postJson(`${sim.url}/api/queue`, { clear: true })
    expect(res.status).toBe(200)
    expect(((await getJson(`${sim.url}/api/queue`)).body as { queue_pending: unknown[] }).queue_pending).toEqual([])
    await fetch(`${sim.url}/api/interrupt`, { method: 'POST' })
    await ws.waitForPromptEnd('c-running')
    sim.setSegmentSeconds(0)
    expect((await historyOf('c-running'))?.status.messages.at(-1)?.[0]).toBe('execution_interrupted')
    expect(await historyOf('c-pending-1')).toBeUndefined()
  })
})

describe('injected faults', () => {
  it('fails the Nth prompt at its sampler with a RuntimeError', async () => {
    sim.setFaults({ errorOnPrompt: 2 })
    await submit('e-1')
    await submit('e-2')
    await ws.waitForPromptEnd('e-2')
    expect((await historyOf('e-1'))?.status.status_str).toBe('success')
    const err = ws.forPrompt('e-2').find((m) => m.type === 'execution_error')
    expect(err?.data).toMatchObject({ node_id: '5', node_type: 'KSampler', exception_type: 'RuntimeError' })
    expect((await historyOf('e-2'))?.status.status_str).toBe('error')
    await submit('e-3')
    await ws.waitForPromptEnd('e-3')
    expect((await historyOf('e-3'))?.status.status_str).toBe('success')
  })

  it('reports an out-of-memory error the way ComfyUI words it', async () => {
    sim.setFaults({ oomOnPrompt: 1 })
    await submit('oom-1')
    await ws.waitForPromptEnd('oom-1')
    const err = ws.forPrompt('oom-1').find((m) => m.type === 'execution_error')
    expect(err?.data.exception_type).toBe('torch.OutOfMemoryError')
    expect(err?.data.exception_message).toMatch(/^Allocation on device .*This error means you ran out of memory on your GPU\./s)
  })

  it('drops every socket during the Nth prompt; the prompt still finishes and a reconnect gets status', async () => {
    sim.setFaults({ dropSocketOnPrompt: 1 })
    const other = await connectWs(sim.url, 'bystander')
    await submit('drop-1', {}, 6)
    await Promise.all([ws.closed, other.closed])
    const finished = await new Promise<{ prompt_id: string; status: string }>((resolve) => {
      const check = async () => {
        const h = await historyOf('drop-1')
        if (h) resolve({ prompt_id: 'drop-1', status: h.status.status_str })
        else setTimeout(check, 50)
      }
      void check()
    })
    expect(finished.status).toBe('success')
    ws = await connectWs(sim.url, 'faults-test')
    const status = await ws.waitFor((m) => m.type === 'status')
    expect(status.data).toEqual({ status: { exec_info: { queue_remaining: 0 } }, sid: 'faults-test' })
  })

  it('re-sends the current node to a client that reconnects during its prompt', async () => {
    sim.setSegmentSeconds(1)
    await submit('reconnect-1')
    await ws.waitFor((m) => m.type === 'progress' && m.data.prompt_id === 'reconnect-1')
    await ws.close()
    ws = await connectWs(sim.url, 'faults-test')
    const executing = await ws.waitFor((m) => m.type === 'executing')
    expect(executing.data).toEqual({ node: '5', display_node: '5', prompt_id: 'reconnect-1' })
    await ws.waitForPromptEnd('reconnect-1')
    sim.setSegmentSeconds(0)
  })
})

describe('stop, start and restart', () => {
  it('is unreachable between stop() and start(), on the same port after', async () => {
    const url = sim.url
    await sim.stop()
    await ws.closed
    await expect(fetch(`${url}/api/system_stats`)).rejects.toThrow()
    await sim.start()
    expect(sim.url).toBe(url)
    expect((await fetch(`${url}/api/system_stats`, { headers: { connection: 'close' } })).status).toBe(200)
    ws = await connectWs(sim.url, 'faults-test')
  })

  it('restart() forgets queue, history and cache, abandons the running prompt and keeps files', async () => {
    await submit('r-done')
    await ws.waitForPromptEnd('r-done')
    sim.setSegmentSeconds(5)
    await submit('r-running')
    await submit('r-pending')
    await ws.waitFor((m) => m.type === 'progress' && m.data.prompt_id === 'r-running')
    await sim.restart()
    sim.setSegmentSeconds(0)
    const fresh = await connectWs(sim.url, 'faults-test-2')
    expect((await getJson(`${sim.url}/api/history`)).body).toEqual({})
    expect((await getJson(`${sim.url}/api/queue`)).body).toEqual({ queue_running: [], queue_pending: [] })
    // The same prompt runs again (no cache) and writes a second file next to the first.
    const again = await postJson(`${sim.url}/api/prompt`, { prompt: samplerPrompt('r-done'), client_id: 'faults-test-2', prompt_id: 'r-done-again' })
    expect(again.status).toBe(200)
    await fresh.waitForPromptEnd('r-done-again')
    const h = (await getJson(`${sim.url}/api/history/r-done-again`)).body as Record<string, { outputs: Record<string, { images: Array<{ filename: string }> }> }>
    expect(h['r-done-again']?.outputs['8']?.images[0]?.filename).toBe('r-done_00002_.png')
    expect(fresh.forPrompt('r-done-again').find((m) => m.type === 'execution_cached')?.data.nodes).toEqual([])
    await fresh.close()
    ws = await connectWs(sim.url, 'faults-test')
  })
})

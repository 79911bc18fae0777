import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ComfyClient } from './comfyClient'

/** A ComfyUI that answers GET /object_info/Node with the number of times it was asked. */
async function countingComfy(): Promise<{ url: string; asked: () => number; close: () => Promise<void> }> {
  let asked = 0
  const server = createServer((req, res) => {
    asked++
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify({ Node: { answer: asked } }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, asked: () => asked, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('object_info cache', () => {
  it('serves an answer older than a minute at once and fetches the fresh one behind it', async () => {
    const comfy = await countingComfy()
    try {
      vi.useFakeTimers({ toFake: ['Date'] })
      const client = new ComfyClient(comfy.url, 'c')
      expect(await client.objectInfo('Node')).toEqual({ answer: 1 })
      expect(await client.objectInfo('Node')).toEqual({ answer: 1 })
      expect(comfy.asked()).toBe(1)
      vi.setSystemTime(Date.now() + 61_000)
      // Expired: the last good answer, without waiting for ComfyUI; one refresh however often it is asked meanwhile.
      expect(await client.objectInfo('Node')).toEqual({ answer: 1 })
      expect(await client.objectInfo('Node')).toEqual({ answer: 1 })
      await vi.waitFor(() => expect(comfy.asked()).toBe(2))
      await vi.waitFor(async () => expect(await client.objectInfo('Node')).toEqual({ answer: 2 }))
      expect(comfy.asked()).toBe(2)
    } finally {
      await comfy.close()
    }
  })

  it('keeps the last good answer when the refresh fails, and tries again on the next call', async () => {
    const comfy = await countingComfy()
    vi.useFakeTimers({ toFake: ['Date'] })
    const client = new ComfyClient(comfy.url, 'c')
    expect(await client.objectInfo('Node')).toEqual({ answer: 1 })
    await comfy.close()
    vi.setSystemTime(Date.now() + 61_000)
    expect(await client.objectInfo('Node')).toEqual({ answer: 1 })
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(await client.objectInfo('Node')).toEqual({ answer: 1 })
  })
})

import { describe, expect, it } from 'vitest'
import { TtlCache } from './ttlCache'

describe('TtlCache', () => {
  it('loads once within the time to live and again after it, or when asked to refresh', async () => {
    let clock = 0
    let loads = 0
    const cache = new TtlCache<number>(1000, () => clock)
    const load = () => Promise.resolve(++loads)
    expect(await cache.get(load)).toBe(1)
    clock = 999
    expect(await cache.get(load)).toBe(1)
    clock = 1000
    expect(await cache.get(load)).toBe(2)
    expect(await cache.get(load, true)).toBe(3)
  })

  it('shares one load between concurrent callers and forgets a failed load', async () => {
    let loads = 0
    const cache = new TtlCache<number>(1000, () => 0)
    const both = await Promise.all([cache.get(() => Promise.resolve(++loads)), cache.get(() => Promise.resolve(++loads))])
    expect(both).toEqual([1, 1])
    cache.clear()
    await expect(cache.get(() => Promise.reject(new Error('down')))).rejects.toThrow('down')
    expect(await cache.get(() => Promise.resolve(7))).toBe(7)
  })
})

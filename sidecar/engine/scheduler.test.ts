import { describe, expect, it } from 'vitest'
import { placementBackends } from './scheduler'

describe('placementBackends', () => {
  it('carries what placement remembers of each backend into the next round, the keys it served included', () => {
    const memory = new Map([['main', { lastKey: 'a', streak: 3, served: { a: 2, b: 1, c: 0 } }]])
    const [main, other] = placementBackends([], [{ id: 'main', open: true }, { id: 'gpu2', open: false }], memory)
    // Without `served`, "the key served there longest ago goes next" would forget every round.
    expect(main).toMatchObject({ id: 'main', open: true, inFlight: 0, lastKey: 'a', streak: 3, served: { a: 2, b: 1, c: 0 } })
    expect(other).toMatchObject({ id: 'gpu2', open: false, lastKey: null, streak: 0 })
  })
})

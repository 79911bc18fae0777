import { describe, expect, it } from 'vitest'
import { bindSegment } from '../workflows'
import type { Template } from '../workflows'
import type { NodeProgress, SegmentProgressReading } from './segmentProgress'
import { applySocketMessage, progressPlan, readProgress, typicalMs } from './segmentProgress'
import { plainBinding, templateById } from '../testing/packageTemplates'


function bound(t: Template) {
  return bindSegment(t, plainBinding())
}

/** Plays a Wan2.2 14B prompt's messages as ComfyUI sends them and records every reading. */
function play14b(useSnapshots: boolean): SegmentProgressReading[] {
  const t = templateById('wan22_14b_i2v')
  const prompt = bound(t)
  const plan = progressPlan(prompt, t)
  const nodes = new Map<string, NodeProgress>()
  const readings: SegmentProgressReading[] = []
  let reading: SegmentProgressReading | null = null
  const send = (type: string, data: Record<string, unknown>) => {
    if (!applySocketMessage(nodes, type, data)) return
    reading = readProgress(plan, nodes, reading)
    readings.push(reading)
  }
  const snapshot = new Map<string, { value: number; max: number; state: string }>()
  const state = (id: string, value: number, max: number, s: string) => {
    snapshot.set(id, { value, max, state: s })
    if (useSnapshots) send('progress_state', { nodes: Object.fromEntries(snapshot) })
  }
  const order = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17']
  let previous: string | null = null
  for (const id of order) {
    if (previous) state(previous, 1, 1, 'finished')
    state(id, 0, 1, 'running')
    send('executing', { node: id })
    if (id === '11' || id === '12') {
      for (let step = 1; step <= 10; step++) {
        state(id, step, 10, 'running')
        send('progress', { node: id, value: step, max: 10 })
      }
    }
    previous = id
  }
  return readings
}

describe('segment progress', () => {
  it('weights a 14B prompt by its sampler steps: the two passes are nearly all of it', () => {
    const t = templateById('wan22_14b_i2v')
    const plan = progressPlan(bound(t), t)
    expect(plan.nodes['11']).toMatchObject({ weight: 10, phase: 'high_noise', sampler: true })
    expect(plan.nodes['12']).toMatchObject({ weight: 10, phase: 'low_noise', sampler: true })
    expect(plan.nodes['13']?.phase).toBe('decode')
    expect(plan.nodes['15']?.phase).toBe('save')
    expect(plan.nodes['1']?.phase).toBe('loading')
    expect((plan.nodes['11']!.weight + plan.nodes['12']!.weight) / plan.total).toBeGreaterThan(0.8)
  })

  it.each([
    ['progress_state snapshots', true],
    ['executing and progress alone (older servers)', false],
  ])('moves only forward through both passes, decoding and saving, from %s', (_name, snapshots) => {
    const readings = play14b(snapshots)
    const fractions = readings.map((r) => r.fraction)
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1]!)
    expect(fractions.at(-1)).toBeGreaterThan(0.97)
    const phases = [...new Set(readings.map((r) => r.phase))]
    expect(phases).toEqual(['loading', 'preparing', 'high_noise', 'low_noise', 'decode', 'save'])
    // "High noise 7/10": the step counts of the pass that runs, not of the whole prompt.
    const high7 = readings.find((r) => r.phase === 'high_noise' && r.value === 7)
    expect(high7).toMatchObject({ max: 10, node: '11' })
    const low1 = readings.find((r) => r.phase === 'low_noise' && r.value === 1)!
    expect(low1.fraction).toBeGreaterThan(high7!.fraction)
    // Decoding and saving show as phases of their own instead of a step count stuck at 10/10.
    expect(readings.find((r) => r.phase === 'decode')).toMatchObject({ value: null, max: null })
  })

  it('never moves back when a late or cached report says less', () => {
    const t = templateById('wan22_14b_i2v')
    const plan = progressPlan(bound(t), t)
    const nodes = new Map<string, NodeProgress>([['11', { value: 8, max: 10, state: 'running' }]])
    const first = readProgress(plan, nodes, null)
    nodes.set('11', { value: 3, max: 10, state: 'running' })
    expect(readProgress(plan, nodes, first).fraction).toBe(first.fraction)
  })

  it('counts nodes ComfyUI takes from its cache as done', () => {
    const t = templateById('wan22_14b_i2v')
    const plan = progressPlan(bound(t), t)
    const nodes = new Map<string, NodeProgress>()
    applySocketMessage(nodes, 'execution_cached', { nodes: ['1', '2', '3', '4'] })
    const r = readProgress(plan, nodes, null)
    expect(r.fraction).toBeGreaterThan(0)
    expect(r.phase).toBe('loading')
  })

  it('names a single-pass preset\'s sampler just "sampling"', () => {
    const t = templateById('wan22_5b_ti2v')
    const plan = progressPlan(bound(t), t)
    const samplers = Object.values(plan.nodes).filter((n) => n.sampler)
    expect(samplers.map((n) => n.phase)).toEqual(['sampling'])
  })

  it('takes the median of measured segment times', () => {
    expect(typicalMs([])).toBeNull()
    expect(typicalMs([30_000, 10_000, 20_000])).toBe(20_000)
  })
})

import { describe, expect, it } from 'vitest'
import { buildUserTemplate } from '../sidecar/workflows'
import { demoCanvasGraph } from './canvasGraph'

describe("the demo canvas's workflow", () => {
  it("is a Wan2.2 graph the sidecar's role detection takes as it is, adding the last-frame branch and dropping the preview", () => {
    const graph = demoCanvasGraph()
    expect(Object.keys(graph)).not.toContain('5')
    const { template, report } = buildUserTemplate({ id: 'user_demo', name: 'Demo canvas', description: '', prompt: graph })
    expect(report.problems).toEqual([])
    expect(template).not.toBeNull()
    expect(report.kind).toBe('i2v')
    expect(report.defaults).toMatchObject({ width: 128, height: 96, frames: 17 })
    expect(report.roles.find((r) => r.role === 'start_image')?.sites.map((s) => s.node)).toEqual(['45'])
    expect(report.roles.find((r) => r.role === 'last_frame_output')?.origin).toBe('added')
    expect(report.changes.some((c) => c.includes('100'))).toBe(true)
  })
})

// The stand-in canvas's workflow: the built-in Wan2.2 14B image-to-video preset as a user would have it
// on ComfyUI's canvas (other node ids, a preview of the frames, no last-frame branch, a smaller size), so
// "Use current workflow" in the demo reads a real graph the sidecar's role detection accepts.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

const here = path.dirname(fileURLToPath(import.meta.url))
const PRESET = path.join(here, '..', 'workflows', 'wan22_14b_i2v.json')
/** Node ids on the demo canvas are the preset's plus this, as a user's graph never matches ours. */
export const ID_SHIFT = 40

const Node = z.object({ class_type: z.string(), inputs: z.record(z.string(), z.unknown()), _meta: z.object({ title: z.string() }).optional() })
export type CanvasNode = z.infer<typeof Node>
const PresetFile = z.object({
  prompt: z.record(z.string(), Node),
  roles: z.object({ last_frame_output: z.object({ node: z.string() }), last_frame_index: z.object({ node: z.string() }) }).loose(),
})

const isLink = (v: unknown): v is [string, number] => Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'number'

export function demoCanvasGraph(): Record<string, CanvasNode> {
  const preset = PresetFile.parse(JSON.parse(readFileSync(PRESET, 'utf8')))
  const dropped = new Set([preset.roles.last_frame_output.node, preset.roles.last_frame_index.node])
  const id = (old: string) => String(Number(old) + ID_SHIFT)
  const graph: Record<string, CanvasNode> = {}
  for (const [old, node] of Object.entries(preset.prompt)) {
    if (dropped.has(old)) continue
    const inputs = Object.fromEntries(Object.entries(node.inputs).map(([k, v]) => [k, isLink(v) ? [id(v[0]), v[1]] : v]))
    graph[id(old)] = { ...node, inputs }
  }
  for (const node of Object.values(graph)) {
    if (node.class_type === 'WanImageToVideo') Object.assign(node.inputs, { width: 128, height: 96, length: 17 })
    if (node.class_type === 'LoadImage') node.inputs.image = 'example.png'
  }
  const decode = Object.entries(graph).find(([, n]) => n.class_type === 'VAEDecode')?.[0]
  if (decode) graph[String(100)] = { class_type: 'PreviewImage', inputs: { images: [decode, 0] }, _meta: { title: 'Preview frames' } }
  return graph
}

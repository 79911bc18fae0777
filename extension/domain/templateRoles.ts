// The role editor's vocabulary as plain data: role names in words, and the graph's nodes to choose from.
import type { RoleSite } from '../../sidecar/contract'
import { t } from '../i18n'

const LABELS: Record<string, string> = {
  start_image: 'Start image',
  start_image_link: 'Start image link',
  positive: 'Prompt',
  negative: 'Negative prompt',
  width: 'Width',
  height: 'Height',
  length: 'Frames',
  seed: 'Seed',
  steps: 'Steps',
  cfg: 'CFG',
  'split.end': 'High pass ends at step',
  'split.start': 'Low pass starts at step',
  model_high: 'Model (high noise)',
  model_low: 'Model (low noise)',
  lora_high: 'LoRAs go after (high)',
  lora_low: 'LoRAs go after (low)',
  fps: 'Frame rate',
  video_output: 'Video output',
  video_images: 'Video frames',
  last_frame_output: 'Last frame output',
  last_frame_index: 'Last frame index',
}

const ORDER = Object.keys(LABELS)

/** Roles in the order a user reads them: start image and prompts first, the output plumbing last. */
export function byRoleOrder<T extends { role: string }>(roles: T[]): T[] {
  const rank = (r: string) => (ORDER.includes(r) ? ORDER.indexOf(r) : ORDER.length)
  return [...roles].sort((a, b) => rank(a.role) - rank(b.role))
}

export function roleLabel(role: string): string {
  if (role.startsWith('options.')) return t('roles.option', { name: role.slice('options.'.length) })
  return role in LABELS ? t(`roles.${role.replace('.', '_')}`) : role
}

/** LoRA roles point at a node output (our LoRA chain follows it), the others at an input. */
export function roleUsesOutput(role: string): boolean {
  return role === 'lora_high' || role === 'lora_low'
}

/** The input a role usually sits on, for a node picked from a problem's candidates. */
const USUAL_INPUT: Record<string, string[]> = {
  start_image: ['image'],
  video_output: ['filename_prefix'],
  positive: ['text', 'value'],
  negative: ['text', 'value'],
  seed: ['noise_seed', 'seed'],
  model_high: ['unet_name', 'ckpt_name', 'model_name'],
  model_low: ['unet_name', 'ckpt_name', 'model_name'],
  'split.end': ['end_at_step'],
  'split.start': ['start_at_step'],
  fps: ['fps', 'frame_rate'],
  video_images: ['images'],
  last_frame_output: ['filename_prefix'],
  last_frame_index: ['batch_index'],
}

export interface GraphNodeChoice {
  id: string
  label: string
  classType: string
  /** Widget inputs (values, not links), the ones a role can sit on. */
  inputs: string[]
}

type GraphNode = { class_type?: unknown; inputs?: unknown; _meta?: { title?: unknown } }

const isLink = (v: unknown) => Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'number'

/** The nodes of an API-format graph, by numeric id, as choices "#12 Load Image (LoadImage)". */
export function graphNodeChoices(prompt: Record<string, unknown>): GraphNodeChoice[] {
  return Object.entries(prompt)
    .map(([id, raw]) => {
      const n = (raw ?? {}) as GraphNode
      const classType = typeof n.class_type === 'string' ? n.class_type : '?'
      const title = typeof n._meta?.title === 'string' && n._meta.title !== classType ? n._meta.title : null
      const inputs = n.inputs && typeof n.inputs === 'object' ? Object.entries(n.inputs as Record<string, unknown>) : []
      return {
        id,
        label: `#${id} ${title ? `${title} (${classType})` : classType}`,
        classType,
        inputs: inputs.map(([k]) => k),
      }
    })
    .sort((a, b) => Number(a.id) - Number(b.id) || a.id.localeCompare(b.id))
}

/** A site for `role` on node `id`: its usual input when the node has it, else the node's first input. */
export function defaultSite(role: string, node: GraphNodeChoice | undefined, prompt: Record<string, unknown>): RoleSite | null {
  if (!node) return null
  if (roleUsesOutput(role)) return { node: node.id, output: 0 }
  const raw = ((prompt[node.id] ?? {}) as GraphNode).inputs as Record<string, unknown> | undefined
  const values = node.inputs.filter((k) => !isLink(raw?.[k]))
  // Most roles sit on an input of their own name (steps, cfg, width, height, length).
  const usual = (USUAL_INPUT[role] ?? [role]).find((k) => node.inputs.includes(k))
  const input = usual ?? values[0] ?? node.inputs[0]
  return input ? { node: node.id, input } : null
}

export function siteText(site: { node: string; input?: string; output?: number; title?: string | null; class_type?: string }): string {
  const who = site.title ? `${site.title} (${site.class_type ?? ''})` : site.class_type ?? ''
  const where = site.input !== undefined ? `.${site.input}` : site.output !== undefined ? ` output ${site.output}` : ''
  return `#${site.node} ${who}${where}`.replace(/\s+/g, ' ').trim()
}

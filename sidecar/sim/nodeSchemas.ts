// Node schemas of the simulated server: ComfyUI 0.24.0's /object_info plus third-party nodes,
// with the model combos (empty in the recorded dump) filled from the installed model lists.
import { readFileSync } from 'node:fs'
import { z } from 'zod'

const inputGroup = z.record(z.string(), z.array(z.unknown())).optional()

export const nodeSchemaSchema = z
  .object({
    input: z
      .object({ required: inputGroup, optional: inputGroup, hidden: z.record(z.string(), z.unknown()).optional() })
      .loose(),
    input_order: z.record(z.string(), z.array(z.string())).optional(),
    output: z.array(z.unknown()),
    output_node: z.boolean(),
    name: z.string(),
  })
  .loose()

export type NodeSchema = z.infer<typeof nodeSchemaSchema>
export type NodeSchemas = Record<string, NodeSchema>

function readSchemaFile(name: string): NodeSchemas {
  const raw: unknown = JSON.parse(readFileSync(new URL(`./schemas/${name}`, import.meta.url), 'utf8'))
  const record = z.record(z.string(), z.unknown()).parse(raw)
  const out: NodeSchemas = {}
  for (const [cls, info] of Object.entries(record)) {
    if (cls.startsWith('_')) continue // annotations of the hand-written subset
    out[cls] = nodeSchemaSchema.parse(info)
  }
  return out
}

let cached: NodeSchemas | undefined

/** The recorded schemas; core 0.24.0 definitions win over the hand-written subset. */
export function loadNodeSchemas(): NodeSchemas {
  if (!cached) cached = { ...readSchemaFile('object_info_subset.json'), ...readSchemaFile('object_info.json') }
  return cached
}

/** What the simulated ComfyUI has besides 0.24.0's core and the usual packs. */
export interface OptionalNodes {
  /** ComfyUI-KJNodes is installed: WanImageToVideoSVIPro (SVI 2.0 Pro). */
  kjnodes?: boolean | undefined
  /** A newer core whose WanImageToVideo has the optional ref_pad_image input. */
  refPadImage?: boolean | undefined
}

const OptionalFile = z.object({
  nodes: z.record(z.string(), nodeSchemaSchema),
  optional_inputs: z.record(z.string(), z.record(z.string(), z.array(z.unknown()))),
})

/** The schemas with the optional nodes and inputs asked for (schemas/optional_nodes.json). */
export function withOptionalNodes(schemas: NodeSchemas, wanted: OptionalNodes): NodeSchemas {
  if (!wanted.kjnodes && !wanted.refPadImage) return schemas
  const file = OptionalFile.parse(JSON.parse(readFileSync(new URL('./schemas/optional_nodes.json', import.meta.url), 'utf8')))
  const out = { ...schemas }
  if (wanted.kjnodes) Object.assign(out, file.nodes)
  const i2v = out.WanImageToVideo
  const pad = file.optional_inputs.WanImageToVideo
  if (wanted.refPadImage && i2v && pad) {
    const order = i2v.input_order ?? {}
    out.WanImageToVideo = {
      ...i2v,
      input: { ...i2v.input, optional: { ...i2v.input.optional, ...pad } },
      input_order: { ...order, optional: [...(order.optional ?? []), ...Object.keys(pad)] },
    }
  }
  return out
}

/** Which model folders feed which combo input (class -> input -> folders). */
function modelFoldersFor(cls: string, input: string): string[] | undefined {
  if (/^LoraLoader|^CreateHookLora/.test(cls) && input === 'lora_name') return ['loras']
  if (/GGUF/.test(cls) && input === 'unet_name') return ['unet_gguf']
  if (/GGUF/.test(cls) && /^clip_name/.test(input)) return ['text_encoders', 'clip_gguf']
  if (/^UNETLoader/.test(cls) && input === 'unet_name') return ['diffusion_models']
  if (/^VAELoader/.test(cls) && input === 'vae_name') return ['vae']
  if (/^CLIPVisionLoader/.test(cls) && input === 'clip_name') return ['clip_vision']
  if (/CLIPLoader/.test(cls) && /^clip_name/.test(input)) return ['text_encoders']
  if (/Checkpoint/.test(cls) && input === 'ckpt_name') return ['checkpoints']
  if (cls === 'UpscaleModelLoader' && input === 'model_name') return ['upscale_models']
  return undefined
}

export interface ComboSources {
  models: Record<string, string[]>
  inputFiles: string[]
}

/** Combo options of an input spec, for V1 `[[...], {}]` and V3 `["COMBO", {options}]`; undefined if not a combo. */
export function comboOptions(spec: readonly unknown[]): unknown[] | undefined {
  const [type, extra] = spec
  if (Array.isArray(type)) return type
  if (type === 'COMBO' && extra && typeof extra === 'object') {
    const options = (extra as { options?: unknown }).options
    return Array.isArray(options) ? options : []
  }
  return undefined
}

function withOptions(spec: readonly unknown[], options: string[]): unknown[] {
  const [type, extra] = spec
  if (type === 'COMBO') return ['COMBO', { ...(extra as object), options }]
  return spec.length > 1 ? [options, extra] : [options]
}

/** Schemas with model-file and input-file combos filled in (pure: returns new objects). */
export function applyComboSources(schemas: NodeSchemas, sources: ComboSources): NodeSchemas {
  const out: NodeSchemas = {}
  for (const [cls, schema] of Object.entries(schemas)) {
    let changed = false
    const input = { ...schema.input }
    for (const group of ['required', 'optional'] as const) {
      const specs = schema.input[group]
      if (!specs) continue
      const next: Record<string, unknown[]> = {}
      for (const [name, spec] of Object.entries(specs)) {
        const folders = modelFoldersFor(cls, name)
        let options: string[] | undefined
        if (folders) {
          options = [...new Set(folders.flatMap((f) => sources.models[f] ?? []))].sort()
          if (cls.startsWith('VAELoader')) options.push('pixel_space')
        } else if ((cls === 'LoadImage' || cls === 'LoadImageMask') && name === 'image') {
          options = [...sources.inputFiles].sort()
        }
        if (options && comboOptions(spec)) {
          next[name] = withOptions(spec, options)
          changed = true
        } else next[name] = spec
      }
      input[group] = next
    }
    out[cls] = changed ? { ...schema, input } : schema
  }
  return out
}

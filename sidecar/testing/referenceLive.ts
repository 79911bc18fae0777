// For tests: LiveInfo built from the recorded /object_info of ComfyUI 0.24.0 plus the hand-written
// third-party schemas (core wins), with chosen model files installed in the loaders' lists.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ObjectInfo, type NodeSchema } from '../workflows/apiPrompt'
import type { LiveInfo } from '../workflows/preflight'

const schemaDir = fileURLToPath(new URL('../sim/schemas/', import.meta.url))

let cached: ObjectInfo | undefined

function referenceObjectInfo(): ObjectInfo {
  if (!cached) {
    const core = JSON.parse(readFileSync(`${schemaDir}object_info.json`, 'utf8')) as Record<string, unknown>
    const subset = JSON.parse(readFileSync(`${schemaDir}object_info_subset.json`, 'utf8')) as Record<string, unknown>
    delete subset._meta
    cached = ObjectInfo.parse({ ...subset, ...core })
  }
  return cached
}

const MODEL_INPUT_NAMES = ['unet_name', 'clip_name', 'vae_name', 'lora_name']

/** Replaces the model lists of every loader with `files` (what "installed" means for the test). */
function withModelFiles(schema: NodeSchema, files: string[]): NodeSchema {
  const copy = structuredClone(schema)
  for (const section of [copy.input.required, copy.input.optional]) {
    if (!section) continue
    for (const name of MODEL_INPUT_NAMES) {
      const spec = section[name]
      if (!spec) continue
      if (Array.isArray(spec[0])) section[name] = [files, ...spec.slice(1)]
      else if (spec[0] === 'COMBO') section[name] = ['COMBO', { ...(spec[1] as object), options: files }]
    }
  }
  return copy
}

export function referenceLive(options: { modelFiles: string[]; without?: string[] }): LiveInfo {
  const info = referenceObjectInfo()
  const nodeSchemas: Record<string, NodeSchema | undefined> = {}
  for (const [name, schema] of Object.entries(info)) {
    if (options.without?.includes(name)) continue
    nodeSchemas[name] = withModelFiles(schema, options.modelFiles)
  }
  return { nodeSchemas }
}

// Metadata other tools leave about a LoRA: "<name>.metadata.json" (ComfyUI-Lora-Manager),
// "<name>.civitai.info" (Civitai Helper) beside the file, and the safetensors __metadata__ header.
// Read only: these files belong to those tools and are never written here.
import { readFile, stat } from 'node:fs/promises'
import { z } from 'zod'
import type { ExternalLoraMeta } from '../contract'
import { resolveInside } from './confinedPath'

const MAX_FILE = 4 * 1024 * 1024
const EXTENSION = /\.(safetensors|ckpt|pt|pth|bin|gguf)$/i

const Images = z.array(z.object({ url: z.string() }).loose()).catch([])
const Words = z.array(z.string()).catch([])
const Text = z.string().nullable().optional().catch(null)

const CivitaiVersion = z
  .object({
    name: Text,
    baseModel: Text,
    trainedWords: Words.optional(),
    description: Text,
    model: z.object({ name: Text, description: Text }).loose().optional().catch(undefined),
    images: Images.optional(),
  })
  .loose()
type CivitaiVersion = z.infer<typeof CivitaiVersion>

const LoraManagerFile = z
  .object({
    model_name: Text,
    base_model: Text,
    preview_url: Text,
    notes: Text,
    modelDescription: Text,
    civitai: CivitaiVersion.nullable().optional().catch(null),
  })
  .loose()

export interface LoraFileReader {
  /** ComfyUI's loras folder on this machine, or null when it is elsewhere. */
  lorasDir: string | null
  /** The safetensors __metadata__ (through ComfyUI's /view_metadata/loras), or null. */
  safetensorsMetadata(name: string): Promise<Record<string, unknown> | null>
}

/** File names other tools use for a LoRA's metadata, relative to the loras folder. */
export function metadataCandidates(name: string): { metadataJson: string[]; civitaiInfo: string[] } {
  const bare = name.replace(EXTENSION, '')
  const both = (suffix: string) => [...new Set([`${bare}${suffix}`, `${name}${suffix}`])]
  return { metadataJson: both('.metadata.json'), civitaiInfo: both('.civitai.info') }
}

async function readJsonInside(root: string, candidates: string[]): Promise<unknown> {
  for (const rel of candidates) {
    let real: string
    try {
      real = await resolveInside(root, rel, 'name')
    } catch {
      continue // missing, or a symlink leading out of the loras folder
    }
    const info = await stat(real)
    if (!info.isFile() || info.size > MAX_FILE) continue
    try {
      return JSON.parse(await readFile(real, 'utf8')) as unknown
    } catch {
      return undefined
    }
  }
  return undefined
}

function firstText(...values: Array<string | null | undefined>): string | null {
  for (const v of values) if (typeof v === 'string' && v.trim() !== '') return v.trim()
  return null
}

function fromSafetensors(meta: Record<string, unknown>): { title: string | null; base: string | null; words: string[] } {
  const text = (key: string) => (typeof meta[key] === 'string' ? (meta[key] as string) : null)
  const trigger = text('modelspec.trigger_phrase')
  return {
    title: firstText(text('modelspec.title'), text('ss_output_name')),
    base: firstText(text('ss_base_model_version'), text('modelspec.architecture')),
    words: trigger ? trigger.split(',').map((w) => w.trim()).filter(Boolean) : [],
  }
}

/** Everything found about one LoRA, merged; null when no tool left anything. */
export async function readExternalLoraMeta(name: string, reader: LoraFileReader): Promise<ExternalLoraMeta | null> {
  const sources: string[] = []
  let manager: z.infer<typeof LoraManagerFile> | null = null
  let civitai: CivitaiVersion | null = null
  if (reader.lorasDir) {
    const { metadataJson, civitaiInfo } = metadataCandidates(name)
    const m = LoraManagerFile.safeParse(await readJsonInside(reader.lorasDir, metadataJson))
    if (m.success) {
      manager = m.data
      sources.push('metadata.json')
    }
    const c = CivitaiVersion.safeParse(await readJsonInside(reader.lorasDir, civitaiInfo))
    if (c.success) {
      civitai = c.data
      sources.push('civitai.info')
    }
  }
  const safetensors = /\.safetensors$/i.test(name) ? await reader.safetensorsMetadata(name) : null
  if (safetensors && Object.keys(safetensors).length > 0) sources.push('safetensors')
  if (sources.length === 0) return null

  const version = civitai ?? manager?.civitai ?? null
  const st = safetensors ? fromSafetensors(safetensors) : { title: null, base: null, words: [] }
  const words = [...(version?.trainedWords ?? []), ...st.words].map((w) => w.trim()).filter(Boolean)
  return {
    sources,
    title: firstText(manager?.model_name, version?.model?.name, version?.name, st.title),
    base_model: firstText(manager?.base_model, version?.baseModel, st.base),
    trigger_words: [...new Set(words)],
    description: firstText(manager?.modelDescription, version?.model?.description, version?.description, manager?.notes),
    preview_url: firstText(manager?.preview_url, version?.images?.[0]?.url),
    safetensors: safetensors && Object.keys(safetensors).length > 0 ? safetensors : null,
  }
}

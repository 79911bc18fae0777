// Wan2.2 diffusion models as ComfyUI lists them (diffusion_models, and unet_gguf when ComfyUI-GGUF
// is installed), grouped into high/low pairs with the LoRA pairing rules, and a recommended pair per preset.
import type { ModelLibraryAnswer, Preset } from '../contract'
import type { ComfyClient } from '../comfy/comfyClient'
import { buildLoraLibrary } from './loraPairs'
import { TtlCache } from './ttlCache'

type ModelKind = ModelLibraryAnswer['singles'][number]['kind']
type Recommended = ModelLibraryAnswer['recommended'][number]

const LIST_TTL_MS = 10_000
const GGUF_FOLDER = 'unet_gguf'

/** Which task a model file is for, read from its name ("ti2v" before "i2v": it contains it). */
export function modelKind(name: string): ModelKind {
  const lower = name.toLowerCase()
  if (/(^|[^a-z])ti2v([^a-z]|$)/.test(lower)) return 'ti2v'
  if (/(^|[^a-z])i2v([^a-z]|$)/.test(lower)) return 'i2v'
  if (/(^|[^a-z])t2v([^a-z]|$)/.test(lower)) return 't2v'
  return 'other'
}

/** Pairs and singles of each folder, and each preset's recommendation; pure. */
export function modelLibraryAnswer(
  folders: Readonly<Record<string, readonly string[]>>,
  presets: readonly Pick<Preset, 'id' | 'kind' | 'models'>[],
  fetchedAt: string
): ModelLibraryAnswer {
  const pairs: ModelLibraryAnswer['pairs'] = []
  const singles: ModelLibraryAnswer['singles'] = []
  for (const [folder, names] of Object.entries(folders)) {
    const library = buildLoraLibrary(names)
    const paired = new Set<string>()
    for (const p of library.pairs) {
      pairs.push({ folder, stem: p.stem, kind: modelKind(p.stem), high: p.high, low: p.low })
      paired.add(p.high).add(p.low)
    }
    for (const name of [...names].sort((a, b) => a.localeCompare(b))) {
      if (!paired.has(name)) singles.push({ folder, name, kind: modelKind(name) })
    }
  }
  const recommended = presets.map((preset) => recommend(preset, folders, pairs, singles))
  return { folders: { ...folders } as Record<string, string[]>, gguf_installed: GGUF_FOLDER in folders, pairs, singles, recommended, fetched_at: fetchedAt }
}

function recommend(
  preset: Pick<Preset, 'id' | 'kind' | 'models'>,
  folders: Readonly<Record<string, readonly string[]>>,
  pairs: ModelLibraryAnswer['pairs'],
  singles: ModelLibraryAnswer['singles']
): Recommended {
  const { folder, high, low } = preset.models
  const available = folders[folder] ?? []
  const none: Recommended = { preset: preset.id, folder, high: null, low: null, reason: 'none' }
  if (available.includes(high) && (low === null || available.includes(low))) {
    return { preset: preset.id, folder, high, low, reason: 'preset_default' }
  }
  if (low === null) {
    const single = singles.find((s) => s.folder === folder && s.kind === preset.kind)
    return single ? { preset: preset.id, folder, high: single.name, low: null, reason: 'first_of_kind' } : none
  }
  const pair = pairs.find((p) => p.folder === folder && p.kind === preset.kind)
  return pair ? { preset: preset.id, folder, high: pair.high, low: pair.low, reason: 'first_of_kind' } : none
}

/** Reads ComfyUI's lists, cached for a few seconds. */
export class ModelCatalog {
  private readonly cache = new TtlCache<Record<string, string[]>>(LIST_TTL_MS)

  constructor(private readonly comfy: ComfyClient) {}

  async folders(refresh = false): Promise<Record<string, string[]>> {
    return this.cache.get(async () => {
      const known = await this.comfy.modelFolders()
      const out: Record<string, string[]> = { diffusion_models: (await this.comfy.modelFiles('diffusion_models')) ?? [] }
      if (known.includes(GGUF_FOLDER)) out[GGUF_FOLDER] = (await this.comfy.modelFiles(GGUF_FOLDER)) ?? []
      return out
    }, refresh)
  }

  async library(presets: readonly Pick<Preset, 'id' | 'kind' | 'models'>[], refresh = false): Promise<ModelLibraryAnswer> {
    return modelLibraryAnswer(await this.folders(refresh), presets, new Date().toISOString())
  }
}

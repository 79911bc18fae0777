// Sidecar settings, presets and the model/LoRA files ComfyUI has, for the forms.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Preset, Settings } from '../../sidecar/contract'
import { useLibraryApi } from '../composables/useLibraryApi'
import { useSidecarApi } from '../composables/useSidecarApi'
import { pairModels } from '../domain/modelPairs'
import type { ModelPairOption } from '../domain/modelPairs'

export const useSettingsStore = defineStore('longvideo.settings', () => {
  const api = useSidecarApi()
  const settings = ref<Settings | null>(null)
  const presets = ref<Preset[]>([])
  /** Model file names per ComfyUI model folder, as far as ComfyUI told us. */
  const modelFiles = ref<Record<string, string[]>>({})
  const loras = ref<string[]>([])

  async function load(): Promise<void> {
    const [s, p] = await Promise.all([api.settings(), api.presets()])
    settings.value = s
    presets.value = p
    // The model folders come from the sidecar, which knows which exist: asking ComfyUI for
    // /models/unet_gguf directly answers 404 (and logs it in the console) without ComfyUI-GGUF.
    const [loraList, library] = await Promise.all([
      api.models('loras').catch(() => [] as string[]),
      useLibraryApi().models().catch(() => null),
    ])
    loras.value = loraList
    const files: Record<string, string[]> = {}
    for (const f of new Set(p.map((preset) => preset.models.folder))) files[f] = library?.folders[f] ?? []
    modelFiles.value = files
  }

  async function save(patch: Partial<Settings>): Promise<void> {
    settings.value = await api.updateSettings(patch)
  }

  /** Model pairs for a preset: ComfyUI's files of its folder, always including the preset's own pair. */
  function modelChoices(preset: Preset): ModelPairOption[] {
    const files = modelFiles.value[preset.models.folder] ?? []
    const own = [preset.models.high, preset.models.low].filter((x): x is string => !!x)
    // Models of the preset's own kind (i2v, t2v, ti2v) first: the others rarely fit its template.
    const kind = /(ti2v|i2v|t2v)/i.exec(preset.models.high)?.[1]?.toLowerCase()
    const fits = (name: string) => (kind ? new RegExp(`(^|[^a-z])${kind}([^a-z]|$)`, 'i').test(name) : true)
    const pairs = pairModels([...new Set([...own, ...files])])
    return [...pairs.filter((p) => fits(p.high)), ...pairs.filter((p) => !fits(p.high))]
  }

  const presetById = computed(() => new Map(presets.value.map((p) => [p.id, p])))

  return { settings, presets, modelFiles, loras, presetById, load, save, modelChoices }
})

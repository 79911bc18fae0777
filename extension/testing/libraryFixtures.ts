// Sample answers of the sidecar's library endpoints, for component tests.
import type { GalleryItem, LoraFile, LoraLibraryAnswer, ModelLibraryAnswer } from '../../sidecar/contract'

const emptyMeta: LoraFile['meta'] = { display_name: null, trigger_words: [], default_strength: null, notes: '', rating: null, preview_image: null }

export function loraFile(over: Partial<LoraFile> & { name: string }): LoraFile {
  const slash = over.name.lastIndexOf('/')
  return {
    folder: slash === -1 ? '' : over.name.slice(0, slash),
    side: null,
    stem: over.name.replace(/\.safetensors$/, ''),
    partner: null,
    meta: emptyMeta,
    external: null,
    ...over,
  }
}

/** An orbit pair with our metadata, a film-grain pair with another tool's trigger words, one general LoRA. */
export function loraLibrary(): LoraLibraryAnswer {
  const files = [
    loraFile({
      name: 'wan22/motion/orbit_high_noise.safetensors', side: 'high', stem: 'wan22/motion/orbit', partner: 'wan22/motion/orbit_low_noise.safetensors',
      meta: { ...emptyMeta, display_name: 'Orbit camera', trigger_words: ['orbit shot'], default_strength: 0.8 },
    }),
    loraFile({ name: 'wan22/motion/orbit_low_noise.safetensors', side: 'low', stem: 'wan22/motion/orbit', partner: 'wan22/motion/orbit_high_noise.safetensors' }),
    loraFile({
      name: 'style/film_grain_HIGH.safetensors', side: 'high', stem: 'style/film_grain', partner: 'style/film_grain_LOW.safetensors',
      external: { sources: ['civitai.info'], title: 'Film grain', base_model: 'Wan 2.2', trigger_words: ['grainy film'], description: 'Old film look', preview_url: null, safetensors: null },
    }),
    loraFile({ name: 'style/film_grain_LOW.safetensors', side: 'low', stem: 'style/film_grain', partner: 'style/film_grain_HIGH.safetensors' }),
    loraFile({ name: 'detail_enhancer_v2.safetensors' }),
  ]
  return {
    files,
    high_noise: files.filter((f) => f.side === 'high').map((f) => f.name),
    low_noise: files.filter((f) => f.side === 'low').map((f) => f.name),
    general: ['detail_enhancer_v2.safetensors'],
    by_category: {},
    pairs: [
      { stem: 'wan22/motion/orbit', high: files[0]!.name, low: files[1]!.name },
      { stem: 'style/film_grain', high: files[2]!.name, low: files[3]!.name },
    ],
    local_models_dir: null,
    fetched_at: '2026-01-01T00:00:00.000Z',
  }
}

export function modelLibrary(): ModelLibraryAnswer {
  return {
    folders: {
      diffusion_models: [
        'wan2.2_i2v_high_noise_14B_fp8_scaled.safetensors', 'wan2.2_i2v_low_noise_14B_fp8_scaled.safetensors',
        'wan2.2_t2v_high_noise_14B_fp8_scaled.safetensors', 'wan2.2_t2v_low_noise_14B_fp8_scaled.safetensors',
      ],
    },
    gguf_installed: false,
    pairs: [
      { folder: 'diffusion_models', stem: 'wan2.2_i2v_14B_fp8_scaled', kind: 'i2v', high: 'wan2.2_i2v_high_noise_14B_fp8_scaled.safetensors', low: 'wan2.2_i2v_low_noise_14B_fp8_scaled.safetensors' },
      { folder: 'diffusion_models', stem: 'wan2.2_t2v_14B_fp8_scaled', kind: 't2v', high: 'wan2.2_t2v_high_noise_14B_fp8_scaled.safetensors', low: 'wan2.2_t2v_low_noise_14B_fp8_scaled.safetensors' },
    ],
    singles: [],
    recommended: [{ preset: 'wan22_14b_i2v', folder: 'diffusion_models', high: 'wan2.2_i2v_high_noise_14B_fp8_scaled.safetensors', low: 'wan2.2_i2v_low_noise_14B_fp8_scaled.safetensors', reason: 'preset_default' }],
    fetched_at: '2026-01-01T00:00:00.000Z',
  }
}

export function galleryItem(path: string, over: Partial<GalleryItem> = {}): GalleryItem {
  const slash = path.lastIndexOf('/')
  return {
    path,
    file: { filename: path.slice(slash + 1), subfolder: slash === -1 ? '' : path.slice(0, slash), type: 'output' },
    kind: /\.(mp4|webm|mov)$/.test(path) ? 'video' : 'image',
    size: 1000,
    modified: '2026-01-01T00:00:00.000Z',
    favourite: false,
    hidden: false,
    long_video: false,
    segment: false,
    start_image: false,
    thumbnail: `/gallery/thumb?${new URLSearchParams({ path }).toString()}`,
    ...over,
  }
}

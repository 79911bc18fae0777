// Plain sample data in the sidecar's shapes, for component tests.
import type { ComfyImageList, FinalVideo, Job, JobWithSegments, Preset, SeamCapabilities, Segment, Settings } from '../../sidecar/contract'

export const preset14b: Preset = {
  id: 'wan22_14b_i2v',
  name: 'Wan2.2 14B image to video',
  description: 'Two experts, 20 steps',
  kind: 'i2v',
  family: 'wan22_14b',
  defaults: { width: 832, height: 480, fps: 16, frames: 81, steps: 20, cfg: 3.5 },
  options: [],
  t2v_first: 'wan22_14b_t2v',
  models: {
    folder: 'diffusion_models',
    high: 'wan2.2_i2v_high_noise_14B_fp8_scaled.safetensors',
    low: 'wan2.2_i2v_low_noise_14B_fp8_scaled.safetensors',
  },
  requires: [],
  seam_modes: ['frame', 'motion', 'svi'],
}

export const settings: Settings = {
  defaults: {
    preset: 'wan22_14b_i2v',
    width: 832,
    height: 480,
    fps: 16,
    seconds_per_segment: 5,
    negative_prompt: 'blurry, static',
    models: {},
  },
  auto_start_queue: true,
  output_subfolder: 'longvideo',
  limits: { max_segments_per_job: 100, max_takes_per_segment: 16, max_waiting_takes: 64, max_running_jobs: 20, max_waiting_start_images: 16 },
  backends: [],
  main_backend_enabled: true,
  backend_timeout_s: 90,
}

export const loras = [
  'wan22/motion/orbit_high_noise.safetensors',
  'wan22/motion/orbit_low_noise.safetensors',
  'general_detail.safetensors',
]

export function segment(over: Partial<Segment> = {}): Segment {
  return {
    job_id: 1,
    idx: 0,
    status: 'done',
    prompt: 'a cat walks along a wall',
    negative_prompt: null,
    seed: 42,
    loras: { high: [], low: [] },
    prompt_id: 'p-0',
    start_image: 'cat.png',
    video: { filename: 'cat_seg1_00001_.mp4', subfolder: 'longvideo', type: 'output' },
    last_frame: { filename: 'cat_seg1_last_00001_.png', subfolder: 'longvideo', type: 'output' },
    frames: 81,
    execution_ms: 12_300,
    backend: null,
    attempts: 1,
    error: null,
    progress: null,
    created_at: '2026-01-01T00:00:00.000Z',
    started_at: '2026-01-01T00:00:01.000Z',
    finished_at: '2026-01-01T00:00:13.000Z',
    take: 1,
    take_count: 1,
    open_takes: 0,
    take_times: [],
    locked: false,
    stale: false,
    start_source: null,
    drift: null,
    drift_warning: false,
    drift_advice: null,
    seam_mode: 'frame',
    carry: over.idx ? 1 : 0,
    tail: null,
    seam: null,
    seam_warning: false,
    ...over,
  }
}

export function job(over: Partial<Job> = {}): Job {
  return {
    id: 1,
    name: 'cat',
    status: 'running',
    preset: 'wan22_14b_i2v',
    input_image: 'cat.png',
    prompt: 'a cat walks along a wall',
    negative_prompt: '',
    parameters: {
      width: 832,
      height: 480,
      fps: 16,
      frames: 81,
      steps: 20,
      cfg: 3.5,
      seed: 42,
      seed_mode: 'random',
      models: {},
      loras: { high: [], low: [] },
      options: {},
    },
    error: null,
    counts: { total: 1, planned: 0, queued: 0, running: 0, done: 1, failed: 0, cancelled: 0 },
    final_video: null,
    finals: [],
    finalize_options: null,
    thumbnail: null,
    stale_segments: 0,
    drift_threshold: 5,
    seam_threshold: 3,
    created_at: '2026-01-01T00:00:00.000Z',
    updated_at: '2026-01-01T00:00:00.000Z',
    ...over,
  }
}

export function jobWithSegments(segments: Segment[], over: Partial<Job> = {}): JobWithSegments {
  return { ...job(over), segments }
}

export function finalVideo(over: Partial<FinalVideo> = {}): FinalVideo {
  return {
    file: { filename: 'cat_00001.mp4', subfolder: 'longvideo', type: 'output' },
    frames: 81,
    mode: 'copy',
    created_at: '2026-01-01T00:01:00.000Z',
    takes: [],
    export: null,
    ...over,
  }
}

/** GET /api/images: one folder of ComfyUI's input or output folder holding images at `paths`. */
export function comfyImages(source: 'input' | 'output', paths: string[]): ComfyImageList {
  const images = paths.map((p) => ({ path: p, name: p.slice(p.lastIndexOf('/') + 1), size: 1024, modified: '2026-01-01T00:00:00.000Z', rating: null }))
  return { source, folder: '', folders: [], images, total: images.length }
}

/** GET /api/seams for preset14b: by default ComfyUI has neither KJNodes' SVI node nor the SVI LoRAs. */
export function seamCaps(over: { svi?: boolean; anchor?: boolean } = {}): SeamCapabilities {
  const missing = over.svi
    ? []
    : ['the node WanImageToVideoSVIPro (install ComfyUI-KJNodes)', 'the SVI 2.0 Pro LoRA pair in models/loras']
  return {
    preset: 'wan22_14b_i2v',
    modes: [
      { mode: 'frame', available: true, reason: null },
      { mode: 'motion', available: true, reason: null },
      over.svi ? { mode: 'svi', available: true, reason: null } : { mode: 'svi', available: false, reason: `SVI 2.0 Pro needs ${missing.join(' and ')}` },
    ],
    motion_frames: [5, 9],
    anchor_padding: over.anchor ?? false,
    svi: { node: !!over.svi, loras: over.svi ? { high: 'SVI_v2_PRO_HIGH.safetensors', low: 'SVI_v2_PRO_LOW.safetensors', strength: 1 } : null, missing },
    comfyui_reachable: true,
  }
}

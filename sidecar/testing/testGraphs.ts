// Test fixtures: user graphs in the exact shape graphToPrompt().output has (string ids, _meta.title,
// {__value__} wrappers), with ids and node order unlike our presets.
import type { ApiPrompt } from '../workflows/apiPrompt'

type Graph = Record<string, { class_type: string; inputs: Record<string, unknown>; _meta: { title: string } }>

const node = (class_type: string, title: string, inputs: Record<string, unknown>) => ({ class_type, inputs, _meta: { title } })

/**
 * The Wan2.2 14B i2v graph a user builds on the canvas: VideoHelperSuite output, the start image
 * scaled on its way in, a preview, a stray text encoder, and no last-frame branch.
 */
export function vhsGraph(): Graph {
  return {
    '60': node('VHS_VideoCombine', 'Video Combine 🎥🅥🅗🅢', {
      images: ['8', 0],
      frame_rate: 16,
      loop_count: 0,
      filename_prefix: 'Wan22/clip',
      format: 'video/h264-mp4',
      pix_fmt: 'yuv420p',
      crf: 19,
      save_metadata: true,
      trim_to_audio: false,
      pingpong: false,
      save_output: true,
      // What graphToPrompt sends for a list-valued widget; ComfyUI unwraps it and ignores unknown keys.
      videopreview: { __value__: ['hidden', 'paused'] },
    }),
    '61': node('PreviewImage', 'Preview frames', { images: ['8', 0] }),
    '58': node('KSamplerAdvanced', 'KSampler (low)', {
      add_noise: 'disable', noise_seed: 0, steps: 6, cfg: 3.5, sampler_name: 'euler', scheduler: 'simple',
      start_at_step: 3, end_at_step: 10000, return_with_leftover_noise: 'disable',
      model: ['55', 0], positive: ['50', 0], negative: ['50', 1], latent_image: ['57', 0],
    }),
    '57': node('KSamplerAdvanced', 'KSampler (high)', {
      add_noise: 'enable', noise_seed: 99, steps: 6, cfg: 3.5, sampler_name: 'euler', scheduler: 'simple',
      start_at_step: 0, end_at_step: 3, return_with_leftover_noise: 'enable',
      model: ['54', 0], positive: ['50', 0], negative: ['50', 1], latent_image: ['50', 2],
    }),
    '8': node('VAEDecode', 'VAE Decode', { samples: ['58', 0], vae: ['39', 0] }),
    '50': node('WanImageToVideo', 'WanImageToVideo', {
      positive: ['6', 0], negative: ['7', 0], vae: ['39', 0], start_image: ['63', 0], width: 64, height: 64, length: 9, batch_size: 1,
    }),
    '63': node('ImageScale', 'Upscale Image', { image: ['52', 0], upscale_method: 'lanczos', width: 64, height: 64, crop: 'center' }),
    '52': node('LoadImage', 'Load Image', { image: 'start.png' }),
    '54': node('ModelSamplingSD3', 'ModelSamplingSD3', { model: ['37', 0], shift: 8 }),
    '55': node('ModelSamplingSD3', 'ModelSamplingSD3', { model: ['56', 0], shift: 8 }),
    '6': node('CLIPTextEncode', 'CLIP Text Encode (Positive Prompt)', { text: 'a fox in the snow', clip: ['38', 0] }),
    '7': node('CLIPTextEncode', 'CLIP Text Encode (Negative Prompt)', { text: 'blurry', clip: ['38', 0] }),
    '62': node('CLIPTextEncode', 'CLIP Text Encode (unused)', { text: 'an idea for later', clip: ['38', 0] }),
    '37': node('UNETLoader', 'Load Diffusion Model', { unet_name: 'wan2.2_i2v_high_noise_14B_fp8_scaled.safetensors', weight_dtype: 'default' }),
    '56': node('UNETLoader', 'Load Diffusion Model', { unet_name: 'wan2.2_i2v_low_noise_14B_fp8_scaled.safetensors', weight_dtype: 'default' }),
    '38': node('CLIPLoader', 'Load CLIP', { clip_name: 'umt5_xxl_fp8_e4m3fn_scaled.safetensors', type: 'wan', device: 'default' }),
    '39': node('VAELoader', 'Load VAE', { vae_name: 'wan_2.1_vae.safetensors' }),
  }
}

/** A preset's prompt with every id shifted and the nodes in reverse order (roles must follow). */
export function renumbered(prompt: ApiPrompt, shift: number): { prompt: ApiPrompt; id: (old: string) => string } {
  const id = (old: string) => String(Number(old) + shift)
  const out: ApiPrompt = {}
  for (const [old, n] of Object.entries(prompt).reverse()) {
    const inputs = Object.fromEntries(
      Object.entries(n.inputs).map(([k, v]) => [k, Array.isArray(v) && typeof v[0] === 'string' ? [id(v[0]), v[1]] : v])
    )
    out[id(old)] = { ...n, inputs: inputs as typeof n.inputs }
  }
  return { prompt: out, id }
}

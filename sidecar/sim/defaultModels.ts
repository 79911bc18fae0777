// The model files a fresh simulated ComfyUI pretends to have, keyed by /models/<folder>.

export const DEFAULT_MODELS: Record<string, string[]> = {
  diffusion_models: [
    'wan2.2_i2v_high_noise_14B_fp8_scaled.safetensors',
    'wan2.2_i2v_low_noise_14B_fp8_scaled.safetensors',
    'wan2.2_t2v_high_noise_14B_fp8_scaled.safetensors',
    'wan2.2_t2v_low_noise_14B_fp8_scaled.safetensors',
    'wan2.2_ti2v_5B_fp16.safetensors',
    // ComfyUI-GGUF adds .gguf to the diffusion_models extensions, so UNETLoader lists them too.
    'wan2.2_i2v_high_noise_14B_Q8_0.gguf',
    'wan2.2_i2v_low_noise_14B_Q8_0.gguf',
  ],
  unet_gguf: ['wan2.2_i2v_high_noise_14B_Q8_0.gguf', 'wan2.2_i2v_low_noise_14B_Q8_0.gguf'],
  text_encoders: ['umt5_xxl_fp8_e4m3fn_scaled.safetensors'],
  clip_gguf: [],
  vae: ['wan_2.1_vae.safetensors', 'wan2.2_vae.safetensors'],
  loras: [
    'wan2.2_i2v_lightx2v_4steps_lora_v1_high_noise.safetensors',
    'wan2.2_i2v_lightx2v_4steps_lora_v1_low_noise.safetensors',
    'wan22/motion/orbit_high_noise.safetensors',
    'wan22/motion/orbit_low_noise.safetensors',
    'style/film_grain_HIGH.safetensors',
    'style/film_grain_LOW.safetensors',
    'detail_enhancer_v2.safetensors',
  ],
  clip_vision: [],
  checkpoints: [],
}

/** Folder keys a real 0.24.0 server lists at /models (recorded), plus the two ComfyUI-GGUF adds. */
export const MODEL_FOLDER_KEYS: readonly string[] = [
  'checkpoints', 'configs', 'loras', 'vae', 'text_encoders', 'diffusion_models', 'clip_vision',
  'style_models', 'embeddings', 'diffusers', 'vae_approx', 'controlnet', 'gligen', 'upscale_models',
  'latent_upscale_models', 'custom_nodes', 'hypernetworks', 'photomaker', 'classifiers', 'model_patches',
  'audio_encoders', 'background_removal', 'frame_interpolation', 'geometry_estimation', 'optical_flow',
  'detection', 'unet_gguf', 'clip_gguf',
]

/** Fills in the defaults for folders the caller left out; unet_gguf follows diffusion_models' .gguf files. */
export function resolveModels(models: Partial<Record<string, string[]>> | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const [k, v] of Object.entries(DEFAULT_MODELS)) out[k] = [...v]
  if (!models) return out
  for (const [k, v] of Object.entries(models)) if (v) out[k] = [...v]
  if (models.diffusion_models && !models.unet_gguf) {
    out.unet_gguf = models.diffusion_models.filter((f) => f.toLowerCase().endsWith('.gguf'))
  }
  return out
}

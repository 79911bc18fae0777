// Backend statuses as GET /api/backends answers them (contract BackendStatus), for the panel's tests
// (component tests, and the browser test until the sidecar's own route runs several backends).
import type { BackendList, BackendStatus } from '../../sidecar/contract'

const presets = (missing: Record<string, string[]>): BackendStatus['presets'] =>
  ['wan22_14b_i2v', 'wan22_14b_i2v_gguf', 'wan22_5b_ti2v'].map((id) => ({ id, ok: !missing[id], missing: missing[id] ?? [] }))

export function backendStatuses(jobId = 1): BackendStatus[] {
  return [
    {
      id: 'main', name: 'This ComfyUI', url: 'http://127.0.0.1:8188', enabled: true, from: 'main', state: 'online',
      queue_remaining: 2,
      running: { job_id: jobId, idx: 1, take: null, prompt_id: 'p-main-1' },
      queued: [{ job_id: jobId + 1, idx: 0, take: null, prompt_id: 'p-main-2' }],
      loaded: { models: ['wan2.2_i2v_high_noise_14B_fp8_scaled.safetensors', 'wan2.2_i2v_low_noise_14B_fp8_scaled.safetensors'], loras: [] },
      last_error: null, last_seen: '2026-11-30T11:00:00.000Z',
      presets: presets({ wan22_14b_i2v_gguf: ['Node pack missing: UnetLoaderGGUF (install ComfyUI-GGUF)'] }),
    },
    {
      id: 'second-gpu', name: 'Second GPU', url: 'http://127.0.0.1:8189', enabled: true, from: 'settings', state: 'online',
      queue_remaining: 1,
      running: { job_id: jobId + 2, idx: 3, take: 2, prompt_id: 'p-gpu2-1' },
      queued: [],
      loaded: { models: ['wan2.2_ti2v_5B_fp16.safetensors'], loras: ['wan2.2_detail.safetensors'] },
      last_error: null, last_seen: '2026-11-30T11:00:00.000Z',
      presets: presets({}),
    },
    {
      id: 'rented', name: 'Rented 4090', url: 'https://gpu.example.com', enabled: true, from: 'settings', state: 'offline',
      queue_remaining: null, running: null, queued: [], loaded: null,
      last_error: 'ComfyUI at https://gpu.example.com is not reachable: connect ECONNREFUSED', last_seen: '2026-11-30T10:41:00.000Z',
      presets: presets({
        wan22_14b_i2v: ['Model file not installed: wan2.2_i2v_high_noise_14B_fp8_scaled.safetensors (in models/diffusion_models)'],
        wan22_5b_ti2v: ['Model file not installed: wan2.2_vae.safetensors (in models/vae)'],
      }),
    },
    {
      id: 'laptop', name: 'Laptop', url: 'http://192.168.1.12:8188', enabled: false, from: 'cli', state: 'disabled',
      queue_remaining: 0, running: null, queued: [], loaded: null, last_error: null, last_seen: null, presets: presets({}),
    },
  ]
}

/** GET /api/backends' answer around these statuses (the failover timeout from settings unless given). */
export function backendList(backends: BackendStatus[], failover: BackendList['failover_timeout'] = { seconds: 90, from: 'settings' }): BackendList {
  return { backends, failover_timeout: failover }
}

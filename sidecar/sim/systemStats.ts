// GET /system_stats of the simulated ComfyUI: a 0.24.0 server on one 24 GB GPU, as a real one answers.
export function systemStats(host: string, port: number): Record<string, unknown> {
  return {
    system: {
      os: 'linux',
      ram_total: 68719476736,
      ram_free: 34359738368,
      comfyui_version: '0.24.0',
      required_frontend_version: '1.44.17',
      installed_templates_version: '0.7.0',
      required_templates_version: '0.7.0',
      python_version: '3.12.3 (simulated)',
      pytorch_version: '2.9.0+cu128',
      embedded_python: false,
      argv: ['main.py', '--listen', host, '--port', String(port)],
    },
    devices: [
      {
        name: 'cuda:0 NVIDIA GeForce RTX 4090 : cudaMallocAsync (simulated)',
        type: 'cuda',
        index: 0,
        vram_total: 25757220864,
        vram_free: 24000000000,
        torch_vram_total: 0,
        torch_vram_free: 0,
      },
    ],
  }
}

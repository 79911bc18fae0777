import { describe, expect, it } from 'vitest'
import { DistributedConfig, discoveredWorkers, workerUrl } from './distributedWorkers'

// The shape ComfyUI-Distributed's GET /distributed/config answers (its load_config(): defaults of
// utils/config.py with workers as api/config_routes.py writes them), robertvoy/ComfyUI-Distributed.
const answer = {
  master: { host: '' },
  workers: [
    { id: 'localhost:8189', name: 'GPU 1', host: 'localhost', port: 8189, cuda_device: 1, enabled: true, extra_args: '', type: 'local' },
    { id: 'box', name: 'Desk box', host: '192.168.1.40', port: 8188, cuda_device: 0, enabled: false, extra_args: '', type: 'remote' },
    { id: 'pod', name: 'RunPod', host: 'abc123-8188.proxy.runpod.net', port: 8188, enabled: true, type: 'cloud' },
    { id: 'nohost', name: 'Beside the master', port: 8190, enabled: true, type: 'local' },
  ],
  settings: { debug: false, auto_launch_workers: false, stop_workers_on_master_exit: true, master_delegate_only: false, websocket_orchestration: true },
  tunnel: { status: 'stopped', public_url: '', pid: null, log_file: '', previous_master_host: '' },
}

describe('ComfyUI-Distributed workers as backends', () => {
  it('reads the pack config and makes each worker an address by the pack own rule', () => {
    const config = DistributedConfig.parse(answer)
    expect(discoveredWorkers(config, 'http://10.0.0.5:8188')).toEqual([
      { name: 'GPU 1', url: 'http://localhost:8189', enabled: true },
      { name: 'Desk box', url: 'http://192.168.1.40:8188', enabled: false },
      { name: 'RunPod', url: 'https://abc123-8188.proxy.runpod.net:8188', enabled: true },
      // No host: the worker runs beside the master, on the main ComfyUI's host.
      { name: 'Beside the master', url: 'http://10.0.0.5:8190', enabled: true },
    ])
  })

  it('keeps a host given as a URL, leaves the scheme default port out, and brackets an IPv6 host', () => {
    expect(workerUrl({ host: 'https://gpu.example.com/', port: 8188 }, 'http://127.0.0.1:8188')).toBe('https://gpu.example.com')
    expect(workerUrl({ host: 'gpu.example.com', port: 443 }, 'http://127.0.0.1:8188')).toBe('https://gpu.example.com')
    expect(workerUrl({ host: 'gpu.example.com', port: 80 }, 'http://127.0.0.1:8188')).toBe('http://gpu.example.com')
    expect(workerUrl({ host: 'gpu.example.com', port: '8190' }, 'http://127.0.0.1:8188')).toBe('http://gpu.example.com:8190')
    expect(workerUrl({ host: 'fe80::1', port: 8189 }, 'http://127.0.0.1:8188')).toBe('http://[fe80::1]:8189')
    expect(workerUrl({ host: 'gpu', port: 70000 }, 'http://127.0.0.1:8188')).toBeNull()
  })

  it('names a worker without a name, and reads a config without workers', () => {
    expect(discoveredWorkers(DistributedConfig.parse({ workers: [{ id: 7, host: 'h', port: 1 }, { host: 'g', port: 2 }] }), 'http://x:8188')).toEqual([
      { name: 'Worker 7', url: 'http://h:1', enabled: false },
      { name: 'Worker 2', url: 'http://g:2', enabled: false },
    ])
    expect(discoveredWorkers(DistributedConfig.parse({ master: { host: '' } }), 'http://x:8188')).toEqual([])
    expect(DistributedConfig.safeParse({ workers: 'none' }).success).toBe(false)
  })
})

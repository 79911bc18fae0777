// ComfyUI-Distributed's GET /distributed/config, for a simulator started with workers: the shape its
// load_config() answers (master, workers, settings, tunnel; robertvoy/ComfyUI-Distributed,
// utils/config.py get_default_config and api/config_routes.py _WORKER_FIELDS). Without workers the
// route is absent (404), as on a ComfyUI without the pack.

/** A worker as the pack's gpu_config.json keeps it. `host` empty or absent: the master's own address. */
export interface SimDistributedWorker {
  id: string
  name: string
  port: number
  enabled: boolean
  host?: string
  /** 'cloud' (or port 443, or a *.proxy.runpod.net host) is reached over https. */
  type?: 'local' | 'remote' | 'cloud'
  cuda_device?: number
  extra_args?: string
}

export function distributedConfig(workers: readonly SimDistributedWorker[]): Record<string, unknown> {
  return {
    master: { host: '' },
    workers: workers.map((w) => ({ cuda_device: 0, extra_args: '', type: 'local', ...w })),
    settings: {
      debug: false,
      auto_launch_workers: false,
      stop_workers_on_master_exit: true,
      master_delegate_only: false,
      websocket_orchestration: true,
    },
    tunnel: { status: 'stopped', public_url: '', pid: null, log_file: '', previous_master_host: '' },
  }
}

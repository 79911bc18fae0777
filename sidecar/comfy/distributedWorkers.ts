// ComfyUI-Distributed's workers as backends to offer (issue 16). The pack answers GET /distributed/config
// with its gpu_config.json: workers with host, port, name, enabled and type (robertvoy/ComfyUI-Distributed,
// api/config_routes.py). Only what we read is checked; the rest of its config may change freely.
import { z } from 'zod'
import type { DiscoveredWorker } from '../contract'

const DistributedWorker = z.object({
  name: z.string().optional(),
  id: z.union([z.string(), z.number()]).optional(),
  host: z.string().nullable().optional(),
  port: z.union([z.number(), z.string()]).nullable().optional(),
  enabled: z.boolean().optional(),
  type: z.string().nullable().optional(),
})

export const DistributedConfig = z.object({
  master: z.object({ host: z.string().nullable().optional() }).loose().nullable().optional(),
  workers: z.array(DistributedWorker).default([]),
})
export type DistributedConfig = z.infer<typeof DistributedConfig>

/** Host names the pack reaches over https whatever the port (its build_worker_url rule). */
const HTTPS_HOSTS = /\.proxy\.runpod\.net$/i
const DEFAULT_PORT = 8188

/**
 * A worker's address, by the pack's own rule: a host given as a URL is used as is; otherwise https for
 * a cloud worker, a RunPod proxy host or port 443, else http; the scheme's default port is left out. A
 * worker without a host runs beside the master, on the main ComfyUI's host.
 */
export function workerUrl(worker: z.infer<typeof DistributedWorker>, mainUrl: string): string | null {
  const host = (worker.host ?? '').trim() || new URL(mainUrl).hostname
  if (/^https?:\/\//i.test(host)) return host.replace(/\/+$/, '')
  const port = Number(worker.port ?? DEFAULT_PORT) || DEFAULT_PORT
  if (!Number.isInteger(port) || port <= 0 || port > 65535) return null
  const https = worker.type === 'cloud' || HTTPS_HOSTS.test(host) || port === 443
  const defaultPort = https ? 443 : 80
  const bracketed = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host
  return `${https ? 'https' : 'http'}://${bracketed}${port === defaultPort ? '' : `:${port}`}`
}

/** The pack's workers as backends to offer; a worker whose address cannot be made is left out. */
export function discoveredWorkers(config: DistributedConfig, mainUrl: string): DiscoveredWorker[] {
  const out: DiscoveredWorker[] = []
  config.workers.forEach((worker, i) => {
    const url = workerUrl(worker, mainUrl)
    if (!url) return
    const name = worker.name?.trim() || (worker.id !== undefined ? `Worker ${String(worker.id)}` : `Worker ${i + 1}`)
    out.push({ name, url, enabled: worker.enabled ?? false })
  })
  return out
}

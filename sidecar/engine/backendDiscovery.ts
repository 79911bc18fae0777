// GET /api/backends/discovered: the ComfyUI-Distributed workers of the main ComfyUI, offered in the
// panel as backends to add (issue 16). Nothing is added here: adding is a PUT of settings.backends.
import { discoveredWorkers } from '../comfy/distributedWorkers'
import type { ComfyClient } from '../comfy/comfyClient'
import type { DiscoveredBackends } from '../contract'

/** The main ComfyUI's Distributed workers; `source` null when it has no ComfyUI-Distributed (its route answers 404). */
export async function discoverBackends(main: ComfyClient): Promise<DiscoveredBackends> {
  const config = await main.distributedConfig()
  if (!config) return { workers: [], source: null }
  return { workers: discoveredWorkers(config, main.url), source: 'comfyui-distributed' }
}

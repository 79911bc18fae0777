// The sidecar's backend routes (issue 16), named for the panel. Adding, removing and switching a backend
// is a settings PUT (useSidecarApi().updateSettings).
import { BackendList, DiscoveredBackends, RunCheck } from '../../sidecar/contract'
import type { RunCheckBody } from '../../sidecar/contract'
import { answer, sidecar } from '../sidecarClient'

export const backendsApi = {
  /** GET /api/backends: every backend's status, and the failover timeout in force. */
  list: () => answer(sidecar.backends.$get(), BackendList),
  /** GET /api/backends/discovered: ComfyUI-Distributed's workers on the main ComfyUI. */
  discovered: () => answer(sidecar.backends.discovered.$get(), DiscoveredBackends),
  /** POST /api/backends/check: which backends can run a job of a preset with its own models and LoRAs. */
  check: (body: RunCheckBody) => answer(sidecar.backends.check.$post({ json: body }), RunCheck),
}

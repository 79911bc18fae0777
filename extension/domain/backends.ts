// Rules of the Backends view (issue 16), pure: a new backend's id, which switches may be used, and the
// name a running segment shows for the backend its prompt is on.
import { MAIN_BACKEND_ID } from '../../sidecar/contract'
import type { BackendSetting, BackendStatus } from '../../sidecar/contract'

/** A backend id from a name, unique among `taken`: "Second GPU" -> "second-gpu", then "second-gpu-2". */
export function backendIdFor(name: string, taken: Iterable<string>): string {
  const used = new Set([MAIN_BACKEND_ID, ...taken])
  const base =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 26)
      .replace(/-+$/, '') || 'backend'
  if (!used.has(base)) return base
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`
    if (!used.has(id)) return id
  }
}

/** Whether a URL means the same backend as another (spaces and trailing slashes aside, any case). */
export function sameBackendUrl(a: string, b: string): boolean {
  const norm = (u: string) => u.trim().replace(/\/+$/, '').toLowerCase()
  return norm(a) === norm(b)
}

/** A backend may be turned off only while another one stays on: some GPU must take the work. */
export function canTurnOff(backends: readonly Pick<BackendStatus, 'id' | 'enabled'>[], id: string): boolean {
  return backends.some((b) => b.id !== id && b.enabled)
}

/** The settings list with one backend changed (`null`: removed). */
export function withBackend(list: readonly BackendSetting[], id: string, change: Partial<BackendSetting> | null): BackendSetting[] {
  return list.flatMap((b) => (b.id !== id ? [b] : change === null ? [] : [{ ...b, ...change }]))
}

/**
 * The backends as far as the panel knows them: the status list when the sidecar sent one, else main and
 * the settings' own (enough to name a segment's backend before the Backends view was opened).
 */
export function knownBackends(
  status: readonly Pick<BackendStatus, 'id' | 'name' | 'enabled'>[],
  settings: readonly BackendSetting[],
  mainName: string,
  mainEnabled = true
): { id: string; name: string; enabled: boolean }[] {
  if (status.length > 0) return status.map(({ id, name, enabled }) => ({ id, name: id === MAIN_BACKEND_ID ? mainName : name, enabled }))
  return [{ id: MAIN_BACKEND_ID, name: mainName, enabled: mainEnabled }, ...settings.map(({ id, name, enabled }) => ({ id, name, enabled }))]
}

/** The name to show on a segment or take for its backend; null when there is only one backend (nothing to tell). */
export function backendLabel(backends: readonly { id: string; name: string }[], id: string | null | undefined): string | null {
  if (!id || backends.length < 2) return null
  return backends.find((b) => b.id === id)?.name ?? id
}

/** Which backends that are on can run a preset, and what each of the others lacks for it. */
export interface PresetReach {
  can: string[]
  cannot: { name: string; missing: string[] }[]
}

/**
 * Where a preset can run, by the pre-flight each backend reports (BackendStatus.presets). Backends that are
 * off take no work, so they are left out; so is a backend that has not reported on the preset yet.
 * `firstGraph`: the graph the first segment runs when it is not the preset's (the t2v graph of an i2v
 * preset for a job from text): a backend must have both, and lacks what either lacks.
 */
export function presetReach(
  backends: readonly Pick<BackendStatus, 'id' | 'name' | 'enabled' | 'presets'>[],
  presetId: string,
  mainName: string,
  firstGraph: string | null = null
): PresetReach {
  const reach: PresetReach = { can: [], cannot: [] }
  for (const b of backends) {
    const check = b.enabled ? b.presets.find((p) => p.id === presetId) : undefined
    if (!check) continue
    const first = firstGraph ? b.presets.find((p) => p.id === firstGraph) : undefined
    const name = b.id === MAIN_BACKEND_ID ? mainName : b.name
    if (check.ok && (first?.ok ?? true)) reach.can.push(name)
    else reach.cannot.push({ name, missing: [...new Set([...(check.ok ? [] : check.missing), ...(first && !first.ok ? first.missing : [])])] })
  }
  return reach
}

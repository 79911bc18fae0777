// A stand-in for ComfyUI's window.comfyAPI in component tests: routes answer from a table, calls are recorded.
import type { ComfyApi, ComfyApp, ComfyExtension, ComfySidebarTab, ComfyToastMessage } from '../comfy-host'

export type Answer = { status?: number; body: unknown; contentType?: string }
export type RouteAnswer = Answer | ((init?: RequestInit) => Answer)

export interface FakeHost {
  calls: { route: string; init?: RequestInit }[]
  toasts: ComfyToastMessage[]
  extensions: ComfyExtension[]
  tabs: ComfySidebarTab[]
  confirmAnswer: boolean
  routes: Map<string, RouteAnswer>
  /** Answer `route` (method + path, e.g. 'GET /longvideo/api/jobs', query ignored) with `answer`. */
  on(route: string, answer: RouteAnswer): void
}

export function installFakeHost(): FakeHost {
  const host: FakeHost = {
    calls: [],
    toasts: [],
    extensions: [],
    tabs: [],
    confirmAnswer: true,
    routes: new Map(),
    on(route, answer) {
      host.routes.set(route, answer)
    },
  }
  const api: ComfyApi = {
    async fetchApi(route, init) {
      host.calls.push({ route, init })
      const key = `${init?.method ?? 'GET'} ${route.split('?')[0]}`
      const found = host.routes.get(key)
      if (!found) return new Response(JSON.stringify({ error: { code: 'not_found', message: `no route ${key}` } }), { status: 404 })
      const answer = typeof found === 'function' ? found(init) : found
      const type = answer.contentType ?? 'application/json'
      // A 204 (DELETE) has no body at all.
      const body = answer.status === 204 ? null : type === 'application/json' ? JSON.stringify(answer.body) : String(answer.body)
      return new Response(body, { status: answer.status ?? 200, headers: { 'Content-Type': type } })
    },
    apiURL: (route) => `http://comfy.test/api${route}`,
    fileURL: (route) => `http://comfy.test${route}`,
  }
  const app: ComfyApp = {
    registerExtension: (ext) => void host.extensions.push(ext),
    extensionManager: {
      registerSidebarTab: (tab) => void host.tabs.push(tab),
      toast: { add: (m) => void host.toasts.push(m) },
      dialog: { confirm: async () => host.confirmAnswer, prompt: async () => null },
      setting: { get: () => undefined as never, set: () => undefined },
      command: { execute: () => undefined },
    },
    graphToPrompt: async () => ({
      workflow: {},
      output: { '6': { class_type: 'CLIPTextEncode', inputs: { text: 'a lighthouse at dusk', clip: ['4', 0] } } },
    }),
    loadGraphData: async () => undefined,
  }
  window.comfyAPI = { app: { app }, api: { api } }
  return host
}

/** An EventSource that never connects, so mounting the panel opens no network connection. */
export class SilentEventSource extends EventTarget {
  static readonly CONNECTING = 0
  static readonly OPEN = 1
  static readonly CLOSED = 2
  static instances: SilentEventSource[] = []
  readyState = 0
  onopen: (() => void) | null = null
  onerror: (() => void) | null = null
  constructor(readonly url: string) {
    super()
    SilentEventSource.instances.push(this)
  }
  close(): void {
    this.readyState = 2
  }
  /** Delivers a server event as the sidecar would send it. */
  emit(type: string, data: unknown): void {
    this.dispatchEvent(new MessageEvent(type, { data: JSON.stringify(data) }))
  }
}

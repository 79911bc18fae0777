// The one door to ComfyUI's page: every call into window.comfyAPI goes through here.
import type { ComfyApi, ComfyApiNode, ComfyApp, ComfyExtension, ComfyGraphNode, ComfyMenuItem, ToastSeverity } from './comfy-host'

export class HostMissingError extends Error {
  constructor() {
    super('ComfyUI frontend not found (window.comfyAPI.app.app / api.api are missing)')
  }
}

function comfyApp(): ComfyApp {
  const app = window.comfyAPI?.app?.app
  if (!app) throw new HostMissingError()
  return app
}

function comfyApi(): ComfyApi {
  const api = window.comfyAPI?.api?.api
  if (!api) throw new HostMissingError()
  return api
}

export function registerExtension(extension: ComfyExtension): void {
  comfyApp().registerExtension(extension)
}

export function registerSidebarTab(tab: Parameters<ComfyApp['extensionManager']['registerSidebarTab']>[0]): void {
  comfyApp().extensionManager.registerSidebarTab(tab)
}

/**
 * Sets the text over a sidebar tab's icon ('' shows none). ComfyUI renders the badge from the copy of the
 * tab its (reactive) store keeps, so the write goes to that copy: writing our own object, or returning a
 * value from an iconBadge function, would never reach the screen again. False when the host has no such
 * store (older frontends): then there is no badge.
 */
export function setTabBadge(id: string, text: string): boolean {
  const manager = window.comfyAPI?.app?.app?.extensionManager
  const list = manager?.sidebarTab?.sidebarTabs ?? manager?.getSidebarTabs?.()
  const tab = Array.isArray(list) ? list.find((t) => t.id === id) : undefined
  if (!tab) return false
  if (tab.iconBadge !== text) tab.iconBadge = text
  return true
}

/** fetch against ComfyUI's origin: `route` '/longvideo/api/jobs' requests `<base>/api/longvideo/api/jobs`. */
export function fetchApi(route: string, init?: RequestInit): Promise<Response> {
  return comfyApi().fetchApi(route, init)
}

/** Absolute URL of a ComfyUI API route (respects a reverse-proxy sub-path). */
export function apiURL(route: string): string {
  return comfyApi().apiURL(route)
}

export function fileURL(route: string): string {
  return comfyApi().fileURL(route)
}

export type ToastKind = 'success' | 'error' | 'info' | 'warning'

const SEVERITY: Record<ToastKind, ToastSeverity> = {
  success: 'success',
  error: 'error',
  info: 'info',
  warning: 'warn',
}

/** Shows a toast with the newer ToastManager methods when present, else the older `add`. */
export function toast(kind: ToastKind, summary: string, detail?: string): void {
  const manager = window.comfyAPI?.app?.app?.extensionManager?.toast
  if (!manager) return
  const method = manager[kind]
  const life = kind === 'error' ? 8000 : 4000
  if (typeof method === 'function') {
    method.call(manager, summary, { description: detail, duration: life })
    return
  }
  manager.add({ severity: SEVERITY[kind], summary, detail, life })
}

/** Asks the user through ComfyUI's dialog; falls back to window.confirm if the host has none. */
export async function confirmDialog(title: string, message: string, type: 'default' | 'delete' = 'default'): Promise<boolean> {
  const dialog = window.comfyAPI?.app?.app?.extensionManager?.dialog
  if (!dialog) return window.confirm(`${title}\n\n${message}`)
  return (await dialog.confirm({ title, message, type })) === true
}

export function getSetting<T>(id: string, fallback: T): T {
  try {
    const value = comfyApp().extensionManager.setting.get<T>(id)
    return value === undefined || value === null ? fallback : value
  } catch {
    return fallback
  }
}

/**
 * Calls `listener` with a setting's new value whenever it changes; returns the unsubscribe function.
 * ComfyUI fires the event before it stores the value, so the value comes from the event's detail.
 * A host without the settings event target gives no updates (the value read at start stays).
 */
export function onSettingChange(id: string, listener: (value: unknown) => void): () => void {
  const target = window.comfyAPI?.app?.app?.ui?.settings
  if (!target || typeof target.addEventListener !== 'function') return () => undefined
  const handler = (e: Event) => {
    const detail = (e as CustomEvent<{ value?: unknown } | undefined>).detail
    listener(detail && 'value' in detail ? detail.value : getSetting<unknown>(id, undefined))
  }
  target.addEventListener(`${id}.change`, handler)
  return () => target.removeEventListener(`${id}.change`, handler)
}

/** The language the user chose in ComfyUI (Settings > Comfy > Locale), e.g. 'en', 'zh', 'pt-BR'. */
export function hostLocale(): string {
  const value = getSetting<unknown>('Comfy.Locale', '')
  if (typeof value === 'string' && value) return value
  return typeof navigator === 'undefined' ? 'en' : navigator.language
}

/**
 * Renames a registered sidebar tab (after a language change) through the host's reactive copy, like
 * setTabBadge. False when the host keeps no such store.
 */
export function setTabTitle(id: string, title: string, tooltip: string): boolean {
  const manager = window.comfyAPI?.app?.app?.extensionManager
  const list = manager?.sidebarTab?.sidebarTabs ?? manager?.getSidebarTabs?.()
  const tab = Array.isArray(list) ? list.find((t) => t.id === id) : undefined
  if (!tab) return false
  if (tab.title !== title) tab.title = title
  if (tab.tooltip !== tooltip) tab.tooltip = tooltip
  return true
}

export async function setSetting<T>(id: string, value: T): Promise<void> {
  await comfyApp().extensionManager.setting.set(id, value)
}

/** The API prompt of the graph currently on ComfyUI's canvas. */
export async function currentGraphPrompt(): Promise<Record<string, ComfyApiNode>> {
  return (await comfyApp().graphToPrompt()).output
}

export async function loadGraph(graph: unknown): Promise<void> {
  await comfyApp().loadGraphData(graph)
}

/** Puts an API-format prompt on the canvas: loadApiJson where the frontend has it, else loadGraphData. */
export async function loadApiPrompt(prompt: Record<string, unknown>, name: string): Promise<void> {
  const app = comfyApp()
  if (typeof app.loadApiJson === 'function') await app.loadApiJson(prompt, name)
  else await app.loadGraphData(prompt)
}

export interface NodeMenuEntry {
  /** Node classes whose context menu gets the entry. */
  classes: string[]
  label: string
  /** Whether the entry applies to this node (e.g. it has an image); it is left out otherwise. */
  applies(node: ComfyGraphNode): boolean
  run(node: ComfyGraphNode): void
}

const nodeClass = (node: ComfyGraphNode) => node.comfyClass ?? node.type ?? ''

/**
 * Extension hooks adding a node context-menu entry: `getNodeMenuItems` where the frontend collects it
 * (app.collectNodeMenuItems), else the legacy `getExtraMenuOptions` on the node classes' prototypes.
 * Only one of the two, so newer frontends, which call both, show the entry once.
 */
export function nodeMenuHooks(entry: NodeMenuEntry): Pick<ComfyExtension, 'getNodeMenuItems' | 'beforeRegisterNodeDef'> {
  const item = (node: ComfyGraphNode): ComfyMenuItem => ({ content: entry.label, callback: () => entry.run(node) })
  if (typeof window.comfyAPI?.app?.app?.collectNodeMenuItems === 'function') {
    return {
      getNodeMenuItems: (node) => (entry.classes.includes(nodeClass(node)) && entry.applies(node) ? [null, item(node)] : []),
    }
  }
  return {
    beforeRegisterNodeDef(nodeType, nodeData) {
      if (!entry.classes.includes(nodeData.name)) return
      const previous = nodeType.prototype.getExtraMenuOptions
      nodeType.prototype.getExtraMenuOptions = function (canvas, options) {
        const answer = previous?.call(this, canvas, options)
        if (entry.applies(this)) options.push(null, item(this))
        return answer
      }
    },
  }
}

export function executeCommand(id: string): void {
  comfyApp().extensionManager.command.execute(id)
}

/** The host registered a command with this id (its command store's isRegistered, else its list; false without either). */
export function hasCommand(id: string): boolean {
  const manager = window.comfyAPI?.app?.app?.extensionManager?.command
  if (typeof manager?.isRegistered === 'function') return manager.isRegistered(id)
  const commands = manager?.commands
  return Array.isArray(commands) && commands.some((c) => c.id === id)
}

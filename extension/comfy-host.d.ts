// The small part of ComfyUI's frontend (window.comfyAPI) that the panel uses, written by hand because
// the published @comfyorg/comfyui-frontend-types package is broken (no index.d.ts since 1.48.4).

export type ToastSeverity = 'success' | 'info' | 'warn' | 'error' | 'secondary' | 'contrast'

export interface ComfyToastMessage {
  severity?: ToastSeverity
  summary?: string
  detail?: string
  life?: number
  closable?: boolean
}

export interface ComfyToastManager {
  add(message: ComfyToastMessage): void
  // Newer frontends (>= 1.5x) only; feature-detected before use.
  success?(title: string, options?: { description?: string; duration?: number }): unknown
  error?(title: string, options?: { description?: string; duration?: number }): unknown
  info?(title: string, options?: { description?: string; duration?: number }): unknown
  warning?(title: string, options?: { description?: string; duration?: number }): unknown
}

export interface ComfyDialogService {
  confirm(options: {
    title: string
    message: string
    type?: 'default' | 'overwrite' | 'delete' | 'dirtyClose' | 'reinstall'
    itemList?: string[]
    hint?: string
  }): Promise<boolean | null>
  prompt(options: { title: string; message: string; defaultValue?: string }): Promise<string | null>
}

export interface ComfySettingStore {
  get<T = unknown>(id: string): T
  set<T = unknown>(id: string, value: T): Promise<void> | void
}

export interface ComfySidebarTab {
  id: string
  title: string
  icon?: string
  tooltip?: string
  label?: string
  /** Shown over the icon (empty: none); a function is called when the host renders the icon. */
  iconBadge?: string | (() => string | null)
  type: 'custom'
  render(container: HTMLElement): void
  destroy?(): void
}

/** A tab of ComfyUI's bottom panel (declared in ComfyExtension.bottomPanelTabs; the host registers it). */
export interface ComfyBottomPanelTab {
  id: string
  title: string
  type: 'custom'
  render(container: HTMLElement): void
  destroy?(): void
}

export interface ComfyExtensionManager {
  registerSidebarTab(tab: ComfySidebarTab): void
  unregisterSidebarTab?(id: string): void
  /** The host's store of sidebar tabs: its entries are the reactive copies the toolbar renders. */
  sidebarTab?: { sidebarTabs: ComfySidebarTab[] }
  /** Older name of sidebarTab.sidebarTabs. */
  getSidebarTabs?(): ComfySidebarTab[]
  toast: ComfyToastManager
  dialog: ComfyDialogService
  setting: ComfySettingStore
  /** `commands` lists what the host registered (absent on hosts that do not expose it). */
  command: { execute(id: string): unknown; commands?: { id: string }[]; isRegistered?(id: string): boolean }
}

export interface ComfyKeybinding {
  combo: { key: string; code?: string; ctrl?: boolean; shift?: boolean; alt?: boolean; meta?: boolean }
  commandId: string
}

export interface ComfySettingParams {
  id: string
  name: string
  type: 'boolean' | 'text' | 'number' | 'slider' | 'combo' | 'color' | 'image' | 'hidden'
  defaultValue: unknown
  category?: string[]
  tooltip?: string
  options?: string[]
}

/** An entry of litegraph's context menu (null entries are separators). */
export interface ComfyMenuItem {
  content: string
  callback?: () => void
  disabled?: boolean
}

/** The parts of a litegraph node on the canvas the panel reads (image nodes' files and widgets). */
export interface ComfyGraphNode {
  id: number | string
  type?: string
  comfyClass?: string
  title?: string
  /** Files the node showed after a run (SaveImage, PreviewImage). */
  images?: { filename: string; subfolder?: string; type?: string }[]
  /** The preview <img> elements, whose src is a /view URL. */
  imgs?: HTMLImageElement[]
  imageIndex?: number | null
  widgets?: { name: string; value: unknown }[]
}

/** A node class as beforeRegisterNodeDef receives it: the legacy menu hook lives on its prototype. */
export interface ComfyNodeType {
  prototype: {
    getExtraMenuOptions?: (this: ComfyGraphNode, canvas: unknown, options: (ComfyMenuItem | null)[]) => unknown
  }
}

export interface ComfyExtension {
  name: string
  commands?: { id: string; label: string; icon?: string; function: () => void }[]
  keybindings?: ComfyKeybinding[]
  settings?: ComfySettingParams[]
  /** Tabs of the bottom panel (hosts without one ignore the field). */
  bottomPanelTabs?: ComfyBottomPanelTab[]
  setup?(): void | Promise<void>
  /** Newer frontends: items appended to a node's context menu. */
  getNodeMenuItems?(node: ComfyGraphNode): (ComfyMenuItem | null)[]
  beforeRegisterNodeDef?(nodeType: ComfyNodeType, nodeData: { name: string }, app: unknown): void | Promise<void>
}

/** One node of an API-format prompt. */
export interface ComfyApiNode {
  class_type: string
  inputs: Record<string, unknown>
  _meta?: { title?: string }
}

export interface ComfyApp {
  registerExtension(extension: ComfyExtension): void
  extensionManager: ComfyExtensionManager
  graphToPrompt(): Promise<{ workflow: unknown; output: Record<string, ComfyApiNode> }>
  loadGraphData(graph?: unknown, clean?: boolean): Promise<void>
  /** Loads an API-format prompt onto the canvas (as dropping an "Export (API)" file does). */
  loadApiJson?(apiData: unknown, fileName: string): void | Promise<void>
  /** Present where the frontend calls extensions' getNodeMenuItems. */
  collectNodeMenuItems?(node: ComfyGraphNode): unknown[]
  /**
   * The legacy settings dialog. ComfyUI's setting store still dispatches `<id>.change` on it
   * (detail `{ value, oldValue }`) whenever a setting changes, for extensions that listen.
   */
  ui?: { settings?: EventTarget }
}

export interface ComfyApi {
  fetchApi(route: string, init?: RequestInit): Promise<Response>
  apiURL(route: string): string
  fileURL(route: string): string
}

declare global {
  interface Window {
    comfyAPI?: { app?: { app?: ComfyApp }; api?: { api?: ComfyApi } }
  }
}

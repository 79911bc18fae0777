// A stand-in for ComfyUI's frontend, just enough to host the Long Video extension the way ComfyUI does:
// window.comfyAPI with app.registerExtension, extensionManager (sidebar tabs, toasts, dialogs, settings,
// commands), graphToPrompt/loadGraphData on a stored API prompt, and api.fetchApi/apiURL/fileURL.
// Served to the browser after a TypeScript-to-JavaScript transform by the demo server.
import type {
  ComfyBottomPanelTab,
  ComfyApi,
  ComfyApiNode,
  ComfyApp,
  ComfyExtension,
  ComfyGraphNode,
  ComfyMenuItem,
  ComfySidebarTab,
  ComfyToastMessage,
} from '../../extension/comfy-host'

type Palette = Record<string, string>

// ComfyUI's own dark and light palettes (comfy_base entries of its default palettes).
const PALETTES: Record<'dark' | 'light', Palette> = {
  dark: {
    'fg-color': '#fff', 'bg-color': '#202020', 'comfy-menu-bg': '#353535', 'comfy-menu-secondary-bg': '#303030',
    'comfy-input-bg': '#222', 'input-text': '#ddd', 'descrip-text': '#999', 'drag-text': '#ccc', 'error-text': '#ff4444',
    'border-color': '#4e4e4e', 'tr-even-bg-color': '#222', 'tr-odd-bg-color': '#353535', 'content-bg': '#4e4e4e',
    'content-fg': '#fff', 'content-hover-bg': '#222', 'content-hover-fg': '#fff', 'bar-shadow': 'rgba(16, 16, 16, 0.5) 0 0 0.5rem',
  },
  light: {
    'fg-color': '#222', 'bg-color': '#DDD', 'comfy-menu-bg': '#F5F5F5', 'comfy-menu-secondary-bg': '#FFFFFF',
    'comfy-input-bg': '#C9C9C9', 'input-text': '#222', 'descrip-text': '#444', 'drag-text': '#555', 'error-text': '#F44336',
    'border-color': '#888', 'tr-even-bg-color': '#f9f9f9', 'tr-odd-bg-color': '#fff', 'content-bg': '#e0e0e0',
    'content-fg': '#222', 'content-hover-bg': '#adadad', 'content-hover-fg': '#222', 'bar-shadow': 'rgba(16, 16, 16, 0.25) 0 0 0.5rem',
  },
}

const SAMPLE_PROMPT: Record<string, ComfyApiNode> = {
  '6': { class_type: 'CLIPTextEncode', inputs: { text: 'a red fox trots through fresh snow, morning light', clip: ['38', 0] }, _meta: { title: 'Positive' } },
  '7': { class_type: 'CLIPTextEncode', inputs: { text: 'blurry, static, low quality', clip: ['38', 0] }, _meta: { title: 'Negative' } },
  '52': { class_type: 'LoadImage', inputs: { image: 'fox.png' } },
}

const base = location.pathname.replace(/\/[^/]*$/, '')
const $ = <T extends HTMLElement>(sel: string) => document.querySelector(sel) as T

// What ComfyUI's PrimeVue theme (Aura, blue primary) sets beside the palette: the primary colour and the
// text colour meant to sit on it (blue.400 with zinc.900 in dark mode, blue.500 with white in light mode).
const PRIMEVUE: Record<'dark' | 'light', Palette> = {
  dark: { 'p-primary-color': '#60a5fa', 'p-primary-contrast-color': '#18181b' },
  light: { 'p-primary-color': '#3b82f6', 'p-primary-contrast-color': '#ffffff' },
}

function applyPalette(name: 'dark' | 'light'): void {
  for (const [k, v] of Object.entries({ ...PALETTES[name], ...PRIMEVUE[name] })) document.documentElement.style.setProperty(`--${k}`, v)
  document.body.classList.toggle('dark-theme', name === 'dark')
  document.body.dataset.palette = name
  localStorage.setItem('demo.palette', name)
}

// Toasts, shown at the bottom right like ComfyUI's.
function showToast(m: ComfyToastMessage): void {
  const el = document.createElement('div')
  el.className = `demo-toast demo-toast--${m.severity ?? 'info'}`
  el.innerHTML = '<b></b><div></div>'
  el.querySelector('b')!.textContent = m.summary ?? ''
  el.querySelector('div')!.textContent = m.detail ?? ''
  $('#toasts').appendChild(el)
  setTimeout(() => el.remove(), m.life ?? 4000)
}

function modal(title: string, message: string, withInput: string | null): Promise<string | boolean | null> {
  return new Promise((resolve) => {
    const dlg = $<HTMLDialogElement>('#dialog')
    $('#dialog-title').textContent = title
    $('#dialog-message').textContent = message
    const input = $<HTMLInputElement>('#dialog-input')
    input.hidden = withInput === null
    input.value = withInput ?? ''
    const finish = (value: string | boolean | null) => {
      dlg.close()
      resolve(value)
    }
    $('#dialog-ok').onclick = () => finish(withInput === null ? true : input.value)
    $('#dialog-cancel').onclick = () => finish(withInput === null ? false : null)
    dlg.showModal()
  })
}

const settingDefaults = new Map<string, unknown>()
const commands = new Map<string, () => unknown>()
const extensions: ComfyExtension[] = []
const tabs = new Map<string, ComfySidebarTab>()
let activeTab: string | null = null
// ComfyUI's bottom panel (every supported frontend has it); `?bottompanel=0` plays a host without one,
// which ignores extensions' bottomPanelTabs and so registers no toggle command for them.
const WITH_BOTTOM_PANEL = new URLSearchParams(location.search).get('bottompanel') !== '0'
const bottomTabs = new Map<string, ComfyBottomPanelTab>()
let activeBottom: string | null = null

function settingKey(id: string): string {
  return `demo.setting.${id}`
}

/** ComfyUI's KeyCombo text: modifiers then the key, joined by " + ". */
function comboText(combo: { key: string; ctrl?: boolean; alt?: boolean; shift?: boolean; meta?: boolean }): string {
  return [combo.ctrl && 'Ctrl', combo.alt && 'Alt', combo.shift && 'Shift', combo.meta && 'Meta', combo.key].filter(Boolean).join(' + ')
}

function showBadge(button: HTMLElement, tab: ComfySidebarTab): void {
  const badge = button.querySelector<HTMLElement>('.demo-badge')!
  const value = typeof tab.iconBadge === 'function' ? tab.iconBadge() : tab.iconBadge
  badge.textContent = value ?? ''
  badge.hidden = !value
}

/** Like ComfyUI's ExtensionSlot: a fresh element per showing; destroy is not called on hide (issue #4372). */
function toggleTab(id: string): void {
  const area = $('#sidebar-panel')
  area.replaceChildren()
  document.querySelectorAll('.demo-sidebar button').forEach((b) => b.classList.toggle('active', false))
  if (activeTab === id) {
    activeTab = null
    area.hidden = true
    return
  }
  const tab = tabs.get(id)
  if (!tab) return
  activeTab = id
  area.hidden = false
  const slot = document.createElement('div')
  slot.className = 'demo-slot'
  area.appendChild(slot)
  document.querySelector(`.demo-sidebar button[data-tab="${id}"]`)?.classList.add('active')
  tab.render(slot)
}

/** Like ComfyUI's bottom panel: one tab shows at a time in a fresh slot; hiding unmounts it (destroy). */
function toggleBottomTab(id: string): void {
  const panel = $('#bottom-panel')
  const shown = activeBottom
  if (shown) bottomTabs.get(shown)?.destroy?.()
  $('#bottom-body').replaceChildren()
  if (shown === id) {
    activeBottom = null
    panel.hidden = true
    return
  }
  const tab = bottomTabs.get(id)
  if (!tab) return
  activeBottom = id
  panel.hidden = false
  $('#bottom-title').textContent = tab.title.toUpperCase()
  const slot = document.createElement('div')
  slot.className = 'demo-slot'
  $('#bottom-body').appendChild(slot)
  tab.render(slot)
}

function registerBottomTab(tab: ComfyBottomPanelTab): void {
  bottomTabs.set(tab.id, tab)
  commands.set(`Workspace.ToggleBottomPanelTab.${tab.id}`, () => toggleBottomTab(tab.id))
}

function showGraph(prompt: Record<string, ComfyApiNode>, name?: string): void {
  $('#graph').textContent = JSON.stringify(prompt, null, 2)
  if (name !== undefined) localStorage.setItem('demo.graphName', name)
  $('#graph-name').textContent = localStorage.getItem('demo.graphName') ?? 'Wan2.2 14B image to video (demo canvas)'
}

/** The canvas's workflow until something is loaded: a Wan2.2 graph the demo server serves. */
let canvasGraph: Record<string, ComfyApiNode> = SAMPLE_PROMPT

function storedGraph(): Record<string, ComfyApiNode> {
  try {
    return JSON.parse(localStorage.getItem('demo.graph') ?? '') as Record<string, ComfyApiNode>
  } catch {
    return canvasGraph
  }
}

// Two image nodes on the stand-in canvas, for their context menu ("Send to Long Video").
const IMAGE_NODES: ComfyGraphNode[] = [
  { id: 45, type: 'LoadImage', comfyClass: 'LoadImage', title: 'Load Image', widgets: [{ name: 'image', value: 'example.png' }] },
  { id: 9, type: 'SaveImage', comfyClass: 'SaveImage', title: 'Save Image', images: [{ filename: 'ComfyUI_00001_.png', subfolder: '', type: 'output' }], imageIndex: 0 },
]

function closeNodeMenu(): void {
  document.querySelector('.demo-menu')?.remove()
}

/** Like litegraph's node menu: a few own entries, then what extensions add (getNodeMenuItems). */
function openNodeMenu(node: ComfyGraphNode, x: number, y: number): void {
  closeNodeMenu()
  const menu = document.createElement('div')
  menu.className = 'demo-menu'
  menu.style.left = `${x}px`
  menu.style.top = `${y}px`
  const items: (ComfyMenuItem | null)[] = [{ content: 'Properties Panel' }, { content: 'Title' }, ...app.collectNodeMenuItems!(node).map((i) => i as ComfyMenuItem | null)]
  for (const item of items) {
    if (!item) {
      menu.appendChild(document.createElement('hr'))
      continue
    }
    const b = document.createElement('button')
    b.type = 'button'
    b.textContent = item.content
    b.onclick = () => {
      closeNodeMenu()
      item.callback?.()
    }
    menu.appendChild(b)
  }
  document.body.appendChild(menu)
}

function showImageNodes(): void {
  const box = $('#image-nodes')
  for (const node of IMAGE_NODES) {
    const card = document.createElement('div')
    card.className = 'demo-node'
    card.dataset.node = String(node.id)
    card.title = 'Right-click for the node menu'
    const file = node.images?.[0] ?? { filename: String(node.widgets?.[0]?.value ?? ''), subfolder: '', type: 'input' }
    card.innerHTML = '<b></b><img alt="" />'
    card.querySelector('b')!.textContent = `#${node.id} ${node.title ?? ''}`
    card.querySelector('img')!.src = api.apiURL(`/view?${new URLSearchParams({ filename: file.filename, subfolder: file.subfolder ?? '', type: file.type ?? 'output' }).toString()}`)
    card.oncontextmenu = (e) => {
      e.preventDefault()
      openNodeMenu(node, e.clientX, e.clientY)
    }
    box.appendChild(card)
  }
  document.addEventListener('click', (e) => {
    if (!(e.target as HTMLElement).closest('.demo-menu')) closeNodeMenu()
  })
}

const api: ComfyApi = {
  fetchApi: (route, init) => fetch(`${base}/api${route}`, { cache: 'no-cache', ...init }),
  apiURL: (route) => `${base}/api${route}`,
  fileURL: (route) => `${base}${route}`,
}

/** ComfyUI's legacy settings dialog, which still hears every setting change (extensions listen to it). */
const settingsEvents = new EventTarget()

function readSetting<T>(id: string): T {
  const raw = localStorage.getItem(settingKey(id))
  return (raw === null ? settingDefaults.get(id) : JSON.parse(raw)) as T
}

const app: ComfyApp = {
  ui: { settings: settingsEvents },
  registerExtension(ext) {
    extensions.push(ext)
    for (const s of ext.settings ?? []) settingDefaults.set(s.id, s.defaultValue)
    for (const c of ext.commands ?? []) commands.set(c.id, c.function)
    if (WITH_BOTTOM_PANEL) for (const t of ext.bottomPanelTabs ?? []) registerBottomTab(t)
  },
  extensionManager: {
    registerSidebarTab(raw) {
      const command = `Workspace.ToggleSidebarTab.${raw.id}`
      commands.set(command, () => toggleTab(raw.id))
      const button = document.createElement('button')
      button.dataset.tab = raw.id
      // Like ComfyUI's SideToolbar: the tooltip, then the tab's keybinding as " (Alt + l)".
      const combo = extensions.flatMap((e) => e.keybindings ?? []).find((k) => k.commandId === command)?.combo
      button.title = `${raw.tooltip ?? raw.title}${combo ? ` (${comboText(combo)})` : ''}`
      button.innerHTML = `<i class="${raw.icon ?? 'pi pi-box'}"></i><span class="demo-tab-label"></span><span class="demo-badge" data-testid="tab-badge" hidden></span>`
      button.querySelector('.demo-tab-label')!.textContent = raw.title
      button.onclick = () => toggleTab(raw.id)
      $('#sidebar-tabs').appendChild(button)
      // ComfyUI keeps tabs in a reactive store and re-renders the icon badge when the tab changes;
      // this proxy does the same for the stand-in.
      const tab = new Proxy(raw, {
        set(target, key, value) {
          Reflect.set(target, key, value)
          if (key === 'iconBadge') showBadge(button, target)
          return true
        },
      })
      tabs.set(raw.id, tab)
      showBadge(button, raw)
    },
    sidebarTab: {
      get sidebarTabs() {
        return [...tabs.values()]
      },
    },
    unregisterSidebarTab(id) {
      tabs.get(id)?.destroy?.()
      tabs.delete(id)
    },
    toast: { add: showToast },
    dialog: {
      confirm: async ({ title, message }) => (await modal(title, message, null)) === true,
      prompt: async ({ title, message, defaultValue }) => {
        const v = await modal(title, message, defaultValue ?? '')
        return typeof v === 'string' ? v : null
      },
    },
    setting: {
      get: readSetting,
      // Like ComfyUI's setting store: '<id>.change' on the legacy settings dialog, before the value is stored.
      set: (id, value) => {
        settingsEvents.dispatchEvent(new CustomEvent(`${id}.change`, { detail: { value, oldValue: readSetting(id) } }))
        localStorage.setItem(settingKey(id), JSON.stringify(value))
      },
    },
    command: {
      execute: (id) => commands.get(id)?.(),
      get commands() {
        return [...commands.keys()].map((id) => ({ id }))
      },
    },
  },
  async graphToPrompt() {
    const output = storedGraph()
    return { workflow: { nodes: [], extra: { frontendVersion: 'demo' } }, output }
  },
  async loadGraphData(graph) {
    localStorage.setItem('demo.graph', JSON.stringify(graph))
    showGraph(graph as Record<string, ComfyApiNode>, 'Loaded workflow')
  },
  loadApiJson(apiData, fileName) {
    localStorage.setItem('demo.graph', JSON.stringify(apiData))
    showGraph(apiData as Record<string, ComfyApiNode>, fileName)
  },
  collectNodeMenuItems(node) {
    return extensions.flatMap((ext) => ext.getNodeMenuItems?.(node) ?? [])
  },
}

window.comfyAPI = { app: { app }, api: { api } }

function matchesCombo(e: KeyboardEvent, combo: { key: string; code?: string; ctrl?: boolean; alt?: boolean; shift?: boolean; meta?: boolean }): boolean {
  const sameKey = combo.code ? e.code === combo.code : e.key.toLowerCase() === combo.key.toLowerCase()
  return sameKey && e.ctrlKey === !!combo.ctrl && e.altKey === !!combo.alt &&
    e.shiftKey === !!combo.shift && e.metaKey === !!combo.meta
}

document.addEventListener('keydown', (e) => {
  const target = e.target as HTMLElement | null
  if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return
  for (const ext of extensions) {
    for (const kb of ext.keybindings ?? []) {
      if (matchesCombo(e, kb.combo)) {
        e.preventDefault()
        commands.get(kb.commandId)?.()
      }
    }
  }
})

async function boot(): Promise<void> {
  applyPalette(localStorage.getItem('demo.palette') === 'light' ? 'light' : 'dark')
  $('#palette').onclick = () => applyPalette(document.body.dataset.palette === 'dark' ? 'light' : 'dark')
  $('#bottom-close').onclick = () => activeBottom && toggleBottomTab(activeBottom)
  try {
    canvasGraph = (await (await fetch(`${base}/demo/canvas-graph.json`)).json()) as Record<string, ComfyApiNode>
  } catch (e) {
    console.warn('demo canvas graph not served; using a small sample', e)
  }
  showGraph(storedGraph())
  showImageNodes()
  // ComfyUI lists /extensions and imports each file through api.fileURL.
  const list = (await (await api.fetchApi('/extensions')).json()) as string[]
  for (const url of list) {
    try {
      await import(api.fileURL(url))
    } catch (e) {
      console.error('extension failed to load', url, e)
    }
  }
  for (const ext of extensions) await ext.setup?.()
  document.body.dataset.ready = 'true'
  const open = new URLSearchParams(location.search).get('tab')
  if (open) toggleTab(open)
}

void boot()

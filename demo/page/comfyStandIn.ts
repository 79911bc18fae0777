// A stand-in for ComfyUI's frontend, just enough to host the Long Video extension the way ComfyUI does:
// window.comfyAPI with app.registerExtension, extensionManager (sidebar tabs, toasts, dialogs, settings,
// commands), graphToPrompt/loadGraphData on a stored API prompt, and api.fetchApi/apiURL/fileURL.
// Served to the browser after a TypeScript-to-JavaScript transform by the demo server.
import type {
  ComfyApi,
  ComfyApiNode,
  ComfyApp,
  ComfyExtension,
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

function applyPalette(name: 'dark' | 'light'): void {
  for (const [k, v] of Object.entries(PALETTES[name])) document.documentElement.style.setProperty(`--${k}`, v)
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

function settingKey(id: string): string {
  return `demo.setting.${id}`
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

function showGraph(prompt: Record<string, ComfyApiNode>): void {
  $('#graph').textContent = JSON.stringify(prompt, null, 2)
}

function storedGraph(): Record<string, ComfyApiNode> {
  try {
    return JSON.parse(localStorage.getItem('demo.graph') ?? '') as Record<string, ComfyApiNode>
  } catch {
    return SAMPLE_PROMPT
  }
}

const api: ComfyApi = {
  fetchApi: (route, init) => fetch(`${base}/api${route}`, { cache: 'no-cache', ...init }),
  apiURL: (route) => `${base}/api${route}`,
  fileURL: (route) => `${base}${route}`,
}

const app: ComfyApp = {
  registerExtension(ext) {
    extensions.push(ext)
    for (const s of ext.settings ?? []) settingDefaults.set(s.id, s.defaultValue)
    for (const c of ext.commands ?? []) commands.set(c.id, c.function)
  },
  extensionManager: {
    registerSidebarTab(tab) {
      tabs.set(tab.id, tab)
      commands.set(`Workspace.ToggleSidebarTab.${tab.id}`, () => toggleTab(tab.id))
      const button = document.createElement('button')
      button.dataset.tab = tab.id
      button.title = tab.tooltip ?? tab.title
      button.innerHTML = `<i class="${tab.icon ?? 'pi pi-box'}"></i><span></span>`
      button.querySelector('span')!.textContent = tab.title
      button.onclick = () => toggleTab(tab.id)
      $('#sidebar-tabs').appendChild(button)
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
      get: <T,>(id: string) => {
        const raw = localStorage.getItem(settingKey(id))
        return (raw === null ? settingDefaults.get(id) : JSON.parse(raw)) as T
      },
      set: (id, value) => localStorage.setItem(settingKey(id), JSON.stringify(value)),
    },
    command: { execute: (id) => commands.get(id)?.() },
  },
  async graphToPrompt() {
    const output = storedGraph()
    return { workflow: { nodes: [], extra: { frontendVersion: 'demo' } }, output }
  },
  async loadGraphData(graph) {
    localStorage.setItem('demo.graph', JSON.stringify(graph))
    showGraph(graph as Record<string, ComfyApiNode>)
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
  showGraph(storedGraph())
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

import { describe, expect, it, vi } from 'vitest'
import { confirmDialog, getSetting, loadApiPrompt, nodeMenuHooks, toast } from './host'
import type { ComfyGraphNode, ComfyMenuItem, ComfyNodeType } from './comfy-host'
import { installFakeHost } from './testing/fakeHost'

describe('the host door', () => {
  it('uses the newer toast methods when the frontend has them', () => {
    installFakeHost()
    const manager = window.comfyAPI!.app!.app!.extensionManager.toast
    const success = vi.fn()
    manager.success = success
    toast('success', 'Video finished', 'cat: 241 frames')
    expect(success).toHaveBeenCalledWith('Video finished', { description: 'cat: 241 frames', duration: 4000 })
  })

  it('falls back to add() with PrimeVue severities on older frontends', () => {
    const host = installFakeHost()
    toast('warning', 'Queue paused')
    toast('error', 'Segment 2 failed', 'out of memory')
    expect(host.toasts).toEqual([
      { severity: 'warn', summary: 'Queue paused', detail: undefined, life: 4000 },
      { severity: 'error', summary: 'Segment 2 failed', detail: 'out of memory', life: 8000 },
    ])
  })

  it('asks through ComfyUI\'s dialog and treats a dismissed dialog as no', async () => {
    const host = installFakeHost()
    host.confirmAnswer = true
    expect(await confirmDialog('Delete job', 'Sure?', 'delete')).toBe(true)
    window.comfyAPI!.app!.app!.extensionManager.dialog.confirm = async () => null
    expect(await confirmDialog('Delete job', 'Sure?', 'delete')).toBe(false)
  })

  it('reads a setting, with a fallback for one the host does not know', () => {
    installFakeHost()
    window.comfyAPI!.app!.app!.extensionManager.setting.get = <T,>(id: string) => (id === 'LongVideo.Notifications' ? false : undefined) as T
    expect(getSetting('LongVideo.Notifications', true)).toBe(false)
    expect(getSetting('LongVideo.Other', 'x')).toBe('x')
  })

  it('does nothing for toasts when there is no host at all', () => {
    window.comfyAPI = undefined
    expect(() => toast('info', 'hello')).not.toThrow()
  })
})

describe('the canvas door', () => {
  const sent: ComfyGraphNode[] = []
  const entry = {
    classes: ['SaveImage'],
    label: 'Send to Long Video',
    applies: (node: ComfyGraphNode) => !!node.images?.length,
    run: (node: ComfyGraphNode) => void sent.push(node),
  }
  const shown: ComfyGraphNode = { id: 9, type: 'SaveImage', images: [{ filename: 'a.png', subfolder: '', type: 'output' }] }

  it('adds a node menu entry through getNodeMenuItems where the frontend collects those', () => {
    installFakeHost()
    window.comfyAPI!.app!.app!.collectNodeMenuItems = () => []
    const hooks = nodeMenuHooks(entry)
    expect(hooks.beforeRegisterNodeDef).toBeUndefined()
    const items = hooks.getNodeMenuItems!(shown)
    expect(items.map((i) => i?.content ?? null)).toEqual([null, 'Send to Long Video'])
    items[1]?.callback?.()
    expect(sent.at(-1)).toBe(shown)
    expect(hooks.getNodeMenuItems!({ id: 3, type: 'LoadImage' })).toEqual([])
    expect(hooks.getNodeMenuItems!({ id: 10, type: 'SaveImage' })).toEqual([])
  })

  it("else patches the node classes' legacy getExtraMenuOptions, keeping what was there", async () => {
    installFakeHost()
    const hooks = nodeMenuHooks(entry)
    expect(hooks.getNodeMenuItems).toBeUndefined()
    const saveImage: ComfyNodeType = { prototype: { getExtraMenuOptions: (_c, options) => void options.push({ content: 'Open Image' }) } }
    const other: ComfyNodeType = { prototype: {} }
    await hooks.beforeRegisterNodeDef!(saveImage, { name: 'SaveImage' }, null)
    await hooks.beforeRegisterNodeDef!(other, { name: 'KSampler' }, null)
    const options: (ComfyMenuItem | null)[] = []
    saveImage.prototype.getExtraMenuOptions!.call(shown, null, options)
    expect(options.map((o) => o?.content ?? null)).toEqual(['Open Image', null, 'Send to Long Video'])
    expect(other.prototype.getExtraMenuOptions).toBeUndefined()
  })

  it('loads an API prompt with loadApiJson when the frontend has it, else with loadGraphData', async () => {
    installFakeHost()
    const app = window.comfyAPI!.app!.app!
    const loaded: unknown[] = []
    app.loadGraphData = async (g) => void loaded.push(['graph', g])
    await loadApiPrompt({ '1': { class_type: 'LoadImage', inputs: {} } }, 'seg 1')
    app.loadApiJson = (g, name) => void loaded.push(['api', g, name])
    await loadApiPrompt({ '2': { class_type: 'SaveImage', inputs: {} } }, 'seg 2')
    expect(loaded).toEqual([
      ['graph', { '1': { class_type: 'LoadImage', inputs: {} } }],
      ['api', { '2': { class_type: 'SaveImage', inputs: {} } }, 'seg 2'],
    ])
  })
})

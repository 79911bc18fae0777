import { describe, expect, it, vi } from 'vitest'
import { confirmDialog, getSetting, toast } from './host'
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

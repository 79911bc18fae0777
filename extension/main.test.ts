import { describe, expect, it } from 'vitest'
import { installFakeHost } from './testing/fakeHost'

describe('the extension entry', () => {
  // Importing the whole panel is slow on a busy machine: more time than the 5 s default.
  it('registers longvideo.panel with a keybinding for the tab, and the tab in setup', { timeout: 30_000 }, async () => {
    const host = installFakeHost()
    await import('./main')
    expect(host.extensions).toHaveLength(1)
    const ext = host.extensions[0]!
    expect(ext.name).toBe('longvideo.panel')
    expect(ext.keybindings).toEqual([
      { combo: { key: 'l', code: 'KeyL', alt: true }, commandId: 'Workspace.ToggleSidebarTab.longvideo' },
      { combo: { key: 't', code: 'KeyT', alt: true }, commandId: 'LongVideo.ToggleTimeline' },
    ])
    expect(ext.commands?.map((c) => c.id)).toEqual(['LongVideo.TogglePanel', 'LongVideo.ToggleTimeline'])
    // The timeline is offered as a bottom panel tab; a host without the panel ignores the field.
    expect(ext.bottomPanelTabs).toMatchObject([{ id: 'longvideo-timeline', type: 'custom', title: 'Long Video' }])
    expect(ext.settings?.map((s) => s.id)).toEqual(['LongVideo.Notifications'])
    expect(host.tabs).toHaveLength(0)
    await ext.setup?.()
    expect(host.tabs).toMatchObject([{ id: 'longvideo', type: 'custom', icon: 'pi pi-video', title: 'Long Video' }])
  })
})

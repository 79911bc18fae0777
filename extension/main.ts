// ComfyUI extension entry: registers the Long Video sidebar tab, its command and keybinding.
import { sendNodeImage } from './composables/useCanvasHandoff'
import { IMAGE_NODE_CLASSES, imageOfNode } from './domain/nodeImage'
import { registerExtension, registerSidebarTab, executeCommand, hostLocale, nodeMenuHooks, onSettingChange, setTabTitle } from './host'
import { setWebRoot, switchLocale, t } from './i18n'
import { createPanelApp, createTimelineApp } from './panelApp'
import { TAB_ID, createPanelMount, sidebarTab, tabTexts } from './sidebarTab'
import { startTabBadge } from './tabBadge'
import { timelineBottomTab, toggleTimeline, useTimelineMount } from './timelineTab'

// This module stays in web/main.js (vite.config.ts), so its URL names the folder of web/locales/.
setWebRoot(new URL('./', import.meta.url))

const TOGGLE_COMMAND = `Workspace.ToggleSidebarTab.${TAB_ID}`
const mount = createPanelMount(createPanelApp)
const timelineMount = createPanelMount(createTimelineApp, 'lv-timeline-root')
useTimelineMount(timelineMount)

/** Shows the panel unless it is already on screen (the command toggles). */
function showPanel(): void {
  if (!document.querySelector('.lv-root')) executeCommand(TOGGLE_COMMAND)
}

registerExtension({
  name: 'longvideo.panel',
  commands: [
    {
      id: 'LongVideo.TogglePanel',
      label: 'Toggle Long Video panel',
      icon: 'pi pi-video',
      function: () => executeCommand(TOGGLE_COMMAND),
    },
    {
      id: 'LongVideo.ToggleTimeline',
      label: 'Toggle Long Video timeline',
      icon: 'pi pi-objects-column',
      function: toggleTimeline,
    },
  ],
  // Alt+L is free in ComfyUI's core keymap; `code` lets newer frontends match it on macOS (Alt+L types '¬').
  keybindings: [
    { combo: { key: 'l', code: 'KeyL', alt: true }, commandId: TOGGLE_COMMAND },
    // Alt+T: free in ComfyUI's core keymap too.
    { combo: { key: 't', code: 'KeyT', alt: true }, commandId: 'LongVideo.ToggleTimeline' },
  ],
  // The wide view: a bottom panel tab where the host has the panel (hasBottomPanel detects it), else an overlay.
  bottomPanelTabs: [timelineBottomTab(timelineMount)],
  settings: [
    {
      id: 'LongVideo.Notifications',
      name: 'Show notifications for finished segments, failures and videos',
      type: 'boolean',
      defaultValue: true,
      category: ['Long Video', 'Notifications', 'Toasts'],
    },
  ],
  // The command and setting names above are English; ComfyUI shows them translated from locales/<code>/
  // commands.json and settings.json, which its server hands the frontend with every custom node's texts.
  async setup() {
    // The panel speaks ComfyUI's language (Comfy.Locale) and follows it when the user changes it.
    await switchLocale(hostLocale())
    registerSidebarTab(sidebarTab(mount))
    startTabBadge(TAB_ID)
    onSettingChange('Comfy.Locale', (value) => {
      void switchLocale(value).then(() => {
        const { title, tooltip } = tabTexts()
        setTabTitle(TAB_ID, title, tooltip ?? '')
      })
    })
  },
  // "Send to Long Video" on image nodes: a new job starting from that image.
  ...nodeMenuHooks({
    classes: IMAGE_NODE_CLASSES,
    get label() {
      return t('canvas.sendToLongVideo')
    },
    applies: (node) => imageOfNode(node) !== null,
    run: (node) => void sendNodeImage(node, showPanel),
  }),
})

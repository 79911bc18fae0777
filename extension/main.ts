// ComfyUI extension entry: registers the Long Video sidebar tab, its command and keybinding.
import { sendNodeImage } from './composables/useCanvasHandoff'
import { IMAGE_NODE_CLASSES, imageOfNode } from './domain/nodeImage'
import { registerExtension, registerSidebarTab, executeCommand, nodeMenuHooks } from './host'
import { createPanelApp, createTimelineApp } from './panelApp'
import { TAB_ID, createPanelMount, sidebarTab } from './sidebarTab'
import { startTabBadge } from './tabBadge'
import { timelineBottomTab, toggleTimeline, useTimelineMount } from './timelineTab'

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
  setup() {
    registerSidebarTab(sidebarTab(mount))
    startTabBadge(TAB_ID)
  },
  // "Send to Long Video" on image nodes: a new job starting from that image.
  ...nodeMenuHooks({
    classes: IMAGE_NODE_CLASSES,
    label: 'Send to Long Video',
    applies: (node) => imageOfNode(node) !== null,
    run: (node) => void sendNodeImage(node, showPanel),
  }),
})

// ComfyUI extension entry: registers the Long Video sidebar tab, its command and keybinding.
import { sendNodeImage } from './composables/useCanvasHandoff'
import { IMAGE_NODE_CLASSES, imageOfNode } from './domain/nodeImage'
import { registerExtension, registerSidebarTab, executeCommand, nodeMenuHooks } from './host'
import { createPanelApp } from './panelApp'
import { TAB_ID, createPanelMount, sidebarTab } from './sidebarTab'
import { startTabBadge } from './tabBadge'

const TOGGLE_COMMAND = `Workspace.ToggleSidebarTab.${TAB_ID}`
const mount = createPanelMount(createPanelApp)

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
  ],
  // Alt+L is free in ComfyUI's core keymap; `code` lets newer frontends match it on macOS (Alt+L types '¬').
  keybindings: [{ combo: { key: 'l', code: 'KeyL', alt: true }, commandId: TOGGLE_COMMAND }],
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

// "Send to Long Video" from an image node's context menu: the image goes to ComfyUI's input folder
// (jobs start from there) and the panel opens the new-job form with it. The menu lives outside the
// panel's Vue app, so the image waits here until the panel (useCanvasHandoff) takes it.
import { nextTick, ref, watch } from 'vue'
import type { ComfyGraphNode } from '../comfy-host'
import { imageOfNode, inputImageName } from '../domain/nodeImage'
import { toast } from '../host'
import { useHandoffStore } from '../stores/handoffStore'
import { useNavigationStore } from '../stores/navigationStore'
import { useSidecarApi } from './useSidecarApi'
import { errorMessage } from '../domain/errorMessage'
import { t } from '../i18n'

export interface CanvasImage {
  /** A file name in ComfyUI's input folder. */
  inputImage: string
  /** Where it came from, in words ("SaveImage #9"). */
  source: string
}

const pending = ref<CanvasImage | null>(null)

/** Puts a node's image in ComfyUI's input folder (copying an output/temp image) and hands it to the panel. */
export async function sendNodeImage(node: ComfyGraphNode, openPanel: () => void): Promise<void> {
  const image = imageOfNode(node)
  if (!image) {
    toast('warning', t('canvas.noImage'), t('canvas.noImageDetail'))
    return
  }
  const api = useSidecarApi()
  try {
    let inputImage = inputImageName(image)
    if (image.type !== 'input') {
      const copy = await api.upload(await api.fetchImage(image), image.filename)
      inputImage = copy.subfolder ? `${copy.subfolder}/${copy.name}` : copy.name
    }
    pending.value = { inputImage, source: `${node.comfyClass ?? node.type ?? 'node'} #${node.id}` }
    openPanel()
  } catch (e) {
    toast('error', t('canvas.sendFailure'), errorMessage(e))
  }
}

/** The panel's side: takes a sent image into the new-job form (re-opened so it reads the hand-off). */
export function useCanvasHandoff(): void {
  const handoff = useHandoffStore()
  const nav = useNavigationStore()
  watch(
    pending,
    async (sent) => {
      if (!sent) return
      pending.value = null
      handoff.newJob = { inputImage: sent.inputImage, source: sent.source }
      if (nav.view === 'new') {
        nav.show('dashboard')
        await nextTick()
      }
      nav.show('new')
      toast('info', t('canvas.startImage'), sent.inputImage)
    },
    { immediate: true }
  )
}

// Which image a canvas node holds, for "Send to Long Video": a loader's chosen file, or the image a
// save/preview node showed after its last run.
import type { FileRef } from '../../sidecar/contract'
import type { ComfyGraphNode } from '../comfy-host'

export const IMAGE_NODE_CLASSES = ['SaveImage', 'PreviewImage', 'LoadImage', 'LoadImageOutput']

const FOLDERS = ['input', 'output', 'temp'] as const
type Folder = (typeof FOLDERS)[number]
const isFolder = (v: unknown): v is Folder => typeof v === 'string' && (FOLDERS as readonly string[]).includes(v)

function split(path: string, type: Folder): FileRef {
  const slash = path.lastIndexOf('/')
  return { filename: path.slice(slash + 1), subfolder: slash === -1 ? '' : path.slice(0, slash), type }
}

/** A LoadImage value: "x.png", "sub/x.png", or with ComfyUI's folder note "sub/x.png [output]". */
export function parseLoaderValue(value: string, fallback: Folder = 'input'): FileRef | null {
  const m = /^(.*?)\s*\[(input|output|temp)\]$/.exec(value.trim())
  const path = (m?.[1] ?? value).trim()
  if (!path || path.endsWith('/')) return null
  return split(path, m && isFolder(m[2]) ? m[2] : fallback)
}

/** The file behind a /view URL (?filename=&subfolder=&type=). */
export function parseViewURL(src: string): FileRef | null {
  let url: URL
  try {
    url = new URL(src, 'http://comfy.invalid/')
  } catch {
    return null
  }
  const filename = url.searchParams.get('filename')
  const type = url.searchParams.get('type') ?? 'output'
  if (!filename || !isFolder(type)) return null
  return { filename, subfolder: url.searchParams.get('subfolder') ?? '', type }
}

/** The image a node stands for, or null (a save node that has not run yet, an empty loader). */
export function imageOfNode(node: ComfyGraphNode): FileRef | null {
  const cls = node.comfyClass ?? node.type ?? ''
  if (cls === 'LoadImage' || cls === 'LoadImageOutput') {
    const value = node.widgets?.find((w) => w.name === 'image')?.value
    return typeof value === 'string' ? parseLoaderValue(value, cls === 'LoadImageOutput' ? 'output' : 'input') : null
  }
  const i = node.imageIndex ?? 0
  const shown = node.images?.[i] ?? node.images?.[0]
  if (shown?.filename) return { filename: shown.filename, subfolder: shown.subfolder ?? '', type: isFolder(shown.type) ? shown.type : 'output' }
  const img = node.imgs?.[i] ?? node.imgs?.[0]
  return img?.src ? parseViewURL(img.src) : null
}

/** CreateJobBody.input_image for a file already in ComfyUI's input folder. */
export function inputImageName(ref: FileRef): string {
  return ref.subfolder ? `${ref.subfolder}/${ref.filename}` : ref.filename
}

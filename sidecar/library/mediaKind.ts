// Which files the gallery shows, by their extension.
const IMAGE = /\.(png|jpe?g|webp|gif)$/i
const VIDEO = /\.(mp4|webm|mov|mkv)$/i

export function mediaKind(name: string): 'image' | 'video' | null {
  if (VIDEO.test(name)) return 'video'
  if (IMAGE.test(name)) return 'image'
  return null
}

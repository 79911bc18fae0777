// The ffmpeg filter graph of a re-encoded final: every input trimmed frame-exactly, fitted to the
// first input's size, crossfaded joins blended frame by frame, everything concatenated.
import type { SeamPlan } from './seamPlan'

export interface GraphTarget {
  width: number
  height: number
  fps: number
}

/** filter_complex text whose output pad is [out]; input i is the i-th video input. */
export function exportGraph(plan: SeamPlan, target: GraphTarget): string {
  const { width: w, height: h, fps } = target
  const retime = `setpts=N/(${fps}*TB)`
  const chains: string[] = []
  const sequence: string[] = []
  let pendingFade: { label: string; frames: number } | null = null
  plan.parts.forEach((part, i) => {
    const base = `s${i}`
    chains.push(
      `[${i}:v:0]${retime},trim=start_frame=${part.start}:end_frame=${part.start + part.count},${retime},` +
        `scale=${w}:${h}:force_original_aspect_ratio=decrease,pad=${w}:${h}:(ow-iw)/2:(oh-ih)/2,setsar=1,format=yuv420p[${base}]`
    )
    const pieces: Array<{ label: string; from: number; to: number }> = []
    const middle = { from: part.fadeIn, to: part.count - part.fadeOut }
    if (part.fadeIn > 0) pieces.push({ label: `${base}in`, from: 0, to: part.fadeIn })
    if (middle.to > middle.from) pieces.push({ label: `${base}mid`, from: middle.from, to: middle.to })
    if (part.fadeOut > 0) pieces.push({ label: `${base}out`, from: middle.to, to: part.count })
    chains.push(`[${base}]split=${pieces.length}${pieces.map((p) => `[${p.label}r]`).join('')}`)
    for (const p of pieces) chains.push(`[${p.label}r]trim=start_frame=${p.from}:end_frame=${p.to},${retime}[${p.label}]`)
    if (pendingFade && part.fadeIn > 0) {
      // Frame n of the overlap (0-based) shows (n+1)/(K+1) of the next segment: never a pure copy of
      // either. n comes from the timestamp (T*fps): blend's own frame counter N starts at 1 in some versions.
      const k = pendingFade.frames
      const w = `((round(T*${fps})+1)/${k + 1})`
      const expr = `A*(1-${w})+B*${w}`
      chains.push(`[${pendingFade.label}][${base}in]blend=all_expr='${expr}':shortest=1,${retime}[x${i}]`)
      sequence.push(`[x${i}]`)
    }
    if (middle.to > middle.from) sequence.push(`[${base}mid]`)
    pendingFade = part.fadeOut > 0 ? { label: `${base}out`, frames: part.fadeOut } : null
  })
  chains.push(`${sequence.join('')}concat=n=${sequence.length}:v=1:a=0,${retime}[out]`)
  return chains.join(';')
}

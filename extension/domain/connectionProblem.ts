// Turns "the sidecar cannot be reached" into what happened and what the user can do about it.
import type { Health } from '../../sidecar/contract'
import { t } from '../i18n'

export interface ConnectionProblem {
  code: string
  title: string
  detail: string
  action: string
}

/** The problems the panel knows how to explain; their title and action are in locales/<code>/main.json. */
const KNOWN = new Set([
  'sidecar_not_running',
  'sidecar_starting',
  'node_missing',
  'node_too_old',
  'ffmpeg_missing',
  'proxy_missing',
  'network',
  'comfyui_unreachable',
])

/** What went wrong with a request to the sidecar, given the proxy's or sidecar's error answer. */
export function describeProblem(status: number | null, code: string | null, message: string | null): ConnectionProblem {
  let key = code ?? ''
  if (!KNOWN.has(key)) {
    if (status === null) key = 'network'
    else if (status === 404 && !code) key = 'proxy_missing'
    else if (status === 502 || status === 503) key = 'sidecar_not_running'
  }
  if (!KNOWN.has(key)) {
    return {
      code: code ?? `http_${status ?? 0}`,
      title: t('problem.other.title'),
      detail: message ?? `HTTP ${status ?? '?'}`,
      action: t('problem.other.action'),
    }
  }
  return { code: key, title: t(`problem.${key}.title`), detail: message ?? '', action: t(`problem.${key}.action`) }
}

/** Problems the sidecar itself reports while it is up (ComfyUI or ffmpeg unavailable). */
export function healthProblems(health: Health): ConnectionProblem[] {
  const problems: ConnectionProblem[] = []
  if (!health.comfyui.reachable) {
    problems.push(describeProblem(200, 'comfyui_unreachable', `${health.comfyui.url}: ${health.comfyui.error ?? t('problem.noAnswer')}`))
  }
  if (!health.ffmpeg.ok) problems.push(describeProblem(200, 'ffmpeg_missing', health.ffmpeg.error))
  return problems
}

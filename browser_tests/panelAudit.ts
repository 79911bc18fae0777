// Checks run inside the page on the panel as it is shown: text contrast against its real background
// (WCAG AA), elements that stick out of the panel, names cut off without their full text on hover, and
// chart labels too small to read. Each returns what is wrong, with enough to find it.
import type { Page } from 'playwright-core'

export interface AuditFinding {
  kind: 'contrast' | 'overflow' | 'truncated' | 'small-text'
  what: string
  detail: string
}

/** Runs in the browser: must not close over anything. */
function auditInPage(): AuditFinding[] {
  type RGBA = [number, number, number, number]
  const findings: AuditFinding[] = []
  const panel = document.querySelector<HTMLElement>('.lv-panel')
  if (!panel) return [{ kind: 'overflow', what: 'panel', detail: 'no .lv-panel on the page' }]

  function parse(value: string): RGBA | null {
    const v = value.trim()
    if (v === 'transparent') return [0, 0, 0, 0]
    let m = /^rgba?\(([^)]+)\)$/.exec(v)
    if (m) {
      const parts = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number)
      return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1]
    }
    m = /^color\(srgb\s+([^)]+)\)$/.exec(v)
    if (m) {
      const parts = m[1]!.split(/[\s/]+/).filter(Boolean).map(Number)
      return [parts[0]! * 255, parts[1]! * 255, parts[2]! * 255, parts[3] ?? 1]
    }
    return null
  }
  const over = (top: RGBA, under: RGBA): RGBA => {
    const a = top[3] + under[3] * (1 - top[3])
    if (a === 0) return [0, 0, 0, 0]
    const mix = (i: number) => (top[i]! * top[3] + under[i]! * under[3] * (1 - top[3])) / a
    return [mix(0), mix(1), mix(2), a]
  }
  const luminance = ([r, g, b]: RGBA) => {
    const lin = (c: number) => {
      const s = c / 255
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
    }
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
  }
  const ratio = (a: RGBA, b: RGBA) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
    return (hi! + 0.05) / (lo! + 0.05)
  }
  /** The colour behind an element: its own and its ancestors' backgrounds laid over each other. */
  function background(el: Element): RGBA | null {
    const layers: RGBA[] = []
    for (let node: Element | null = el; node; node = node.parentElement) {
      const style = getComputedStyle(node)
      if (style.backgroundImage !== 'none' || node instanceof HTMLVideoElement || node instanceof HTMLImageElement) return null
      const c = parse(style.backgroundColor)
      if (c && c[3] > 0) layers.push(c)
      if (c && c[3] >= 1) break
    }
    let result: RGBA = [255, 255, 255, 1]
    for (const layer of layers.reverse()) result = over(layer, result)
    return result
  }
  const label = (el: Element) => {
    const id = el.getAttribute('data-testid')
    const cls = typeof el.className === 'string' ? el.className.split(' ')[0] : ''
    return `${el.tagName.toLowerCase()}${id ? `[${id}]` : cls ? `.${cls}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`
  }
  const visible = (el: Element) => {
    if (el.getClientRects().length === 0) return false
    const style = getComputedStyle(el)
    return style.visibility !== 'hidden' && Number(style.opacity) > 0
  }
  const panelBox = panel.getBoundingClientRect()

  for (const el of panel.querySelectorAll<HTMLElement | SVGElement>('*')) {
    if (!visible(el)) continue
    const style = getComputedStyle(el)
    const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())
    const field = (el instanceof HTMLInputElement && ['text', 'number', 'search', ''].includes(el.type) && el.value) ||
      (el instanceof HTMLTextAreaElement && el.value) || el instanceof HTMLSelectElement
    const disabled = el.closest('button:disabled, [aria-disabled="true"], fieldset:disabled') !== null
    const svgText = el instanceof SVGTextElement

    if ((ownText || field) && !disabled && !el.closest('.pi')) {
      const fg = parse(svgText ? style.fill : style.color)
      const bg = background(el)
      if (fg && bg) {
        const seen = over(fg, bg)
        const size = parseFloat(style.fontSize)
        const bold = Number(style.fontWeight) >= 700
        const large = size >= 24 || (size >= 18.66 && bold)
        const need = large ? 3 : 4.5
        const r = ratio(seen, bg)
        if (r < need) findings.push({ kind: 'contrast', what: label(el), detail: `${r.toFixed(2)}:1 < ${need}:1 (${style.color} on ${bg.map((x) => Math.round(x)).join(',')})` })
      }
    }
    if (svgText) {
      const rendered = (el as SVGTextElement).getBoundingClientRect().height
      if (rendered < 10) findings.push({ kind: 'small-text', what: label(el), detail: `chart text ${rendered.toFixed(1)} px high` })
    }
    // Sticking out of the panel sideways (scrolling strips keep their content inside themselves).
    const box = el.getBoundingClientRect()
    let scroller = false
    for (let p = el.parentElement; p && p !== panel; p = p.parentElement) {
      const ox = getComputedStyle(p).overflowX
      if (ox === 'auto' || ox === 'scroll' || ox === 'hidden' || ox === 'clip') {
        scroller = true
        break
      }
    }
    if (!scroller && box.width > 0 && (box.right > panelBox.right + 0.5 || box.left < panelBox.left - 0.5)) {
      findings.push({ kind: 'overflow', what: label(el), detail: `spans ${box.left.toFixed(0)}-${box.right.toFixed(0)}, panel ${panelBox.left.toFixed(0)}-${panelBox.right.toFixed(0)}` })
    }
    // Cut off with an ellipsis: the full text must be there on hover.
    if (style.textOverflow === 'ellipsis' && el instanceof HTMLElement && el.scrollWidth > el.clientWidth + 1) {
      const titled = el.closest('[title]')
      if (!titled || !(titled.getAttribute('title') ?? '').includes((el.textContent ?? '').trim().slice(0, 20))) {
        findings.push({ kind: 'truncated', what: label(el), detail: 'cut off without its full text in a title' })
      }
    }
  }
  const body = panel.querySelector<HTMLElement>('.lv-body')
  if (body && body.scrollWidth > body.clientWidth + 1) {
    findings.push({ kind: 'overflow', what: 'the panel body', detail: `scrolls sideways: ${body.scrollWidth} > ${body.clientWidth}` })
  }
  return findings
}

export async function auditPanel(page: Page): Promise<AuditFinding[]> {
  return page.evaluate(auditInPage)
}

/** Gives the sidebar the width ComfyUI gives it (253 px in 1.27, 312 px in 1.44, wider when dragged). */
export async function setSidebarWidth(page: Page, width: number): Promise<void> {
  await page.evaluate((w) => {
    const panel = document.querySelector<HTMLElement>('#sidebar-panel')
    if (panel) panel.style.width = `${w}px`
  }, width)
  await page.waitForFunction((w) => Math.round(document.querySelector('.lv-panel')?.getBoundingClientRect().width ?? 0) === w, width)
}

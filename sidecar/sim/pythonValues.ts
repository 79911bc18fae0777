// Python value semantics that ComfyUI's validator leaks into its error messages: repr(), str(), int(), float().

/** Python's repr() of a JSON value ('abc', None, True, [1, 'a'], {'k': 1}). */
export function pyRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None'
  if (value === true) return 'True'
  if (value === false) return 'False'
  if (typeof value === 'number') return pyNumber(value, Number.isInteger(value) ? 'int' : 'float')
  if (typeof value === 'string') return pyStringRepr(value)
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(', ')}]`
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
    return `{${entries.map(([k, v]) => `${pyStringRepr(k)}: ${pyRepr(v)}`).join(', ')}}`
  }
  return String(value)
}

/** Python's str(): strings print bare, everything else as repr. */
export function pyStr(value: unknown): string {
  return typeof value === 'string' ? value : pyRepr(value)
}

/** A number printed the way Python prints an int or a float (1.0, 1e-07, inf). */
export function pyNumber(value: number, kind: 'int' | 'float'): string {
  if (Number.isNaN(value)) return 'nan'
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf'
  if (kind === 'int') return Number.isInteger(value) ? BigInt(value).toString() : String(Math.trunc(value))
  if (Number.isInteger(value) && Math.abs(value) < 1e16) return `${value}.0`
  return String(value).replace(/e([+-])(\d)$/, 'e$10$2')
}

function pyStringRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'"
  let out = ''
  for (const ch of s) {
    if (ch === '\\') out += '\\\\'
    else if (ch === quote) out += `\\${quote}`
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f) out += `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`
    else out += ch
  }
  return `${quote}${out}${quote}`
}

export class PyConversionError extends Error {}

function pyTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType'
  if (Array.isArray(value)) return 'list'
  if (typeof value === 'object') return 'dict'
  return typeof value
}

/** Python's int(value), throwing the message Python would raise. */
export function pyInt(value: unknown): number {
  if (typeof value === 'boolean') return value ? 1 : 0
  if (typeof value === 'number') {
    if (Number.isNaN(value)) throw new PyConversionError('cannot convert float NaN to integer')
    if (!Number.isFinite(value)) throw new PyConversionError('cannot convert float infinity to integer')
    return Math.trunc(value)
  }
  if (typeof value === 'string') {
    const t = value.trim()
    if (/^[+-]?\d+(_\d+)*$/.test(t)) return Number(t.replace(/_/g, ''))
    throw new PyConversionError(`invalid literal for int() with base 10: ${pyRepr(value)}`)
  }
  throw new PyConversionError(
    `int() argument must be a string, a bytes-like object or a real number, not '${pyTypeName(value)}'`
  )
}

/** Python's float(value), throwing the message Python would raise. */
export function pyFloat(value: unknown): number {
  if (typeof value === 'boolean') return value ? 1 : 0
  if (typeof value === 'number') return value
  if (typeof value === 'string') {
    const t = value.trim().replace(/(\d)_(?=\d)/g, '$1')
    if (/^[+-]?(inf|infinity)$/i.test(t)) return t.startsWith('-') ? -Infinity : Infinity
    if (/^[+-]?nan$/i.test(t)) return NaN
    if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return Number(t)
    throw new PyConversionError(`could not convert string to float: ${pyRepr(value)}`)
  }
  throw new PyConversionError(`float() argument must be a string or a real number, not '${pyTypeName(value)}'`)
}

/** Python truthiness, as bool(value). */
export function pyBool(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '') return false
  if (Array.isArray(value)) return value.length > 0
  if (typeof value === 'object') return Object.keys(value as object).length > 0
  return true
}

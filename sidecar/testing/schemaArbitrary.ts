// For property tests: fast-check arbitraries from the API's zod schemas. zod 4 writes a schema as
// JSON Schema (z.toJSONSchema, the input side: what a caller sends), and this turns the JSON Schema
// shapes that zod emits (objects, records, strings with lengths and patterns, bounded numbers,
// arrays, tuples, unions, enums, constants, $refs) into values. Refinements have no JSON Schema form,
// so they are not generated for: the mutations below aim at them on purpose.
import fc from 'fast-check'
import { z } from 'zod'

/** A JSON Schema node as zod 4 emits it (only the keywords used here). */
interface Node {
  type?: string | string[]
  properties?: Record<string, Node>
  required?: string[]
  additionalProperties?: Node | boolean
  propertyNames?: Node
  items?: Node | false
  prefixItems?: Node[]
  minItems?: number
  maxItems?: number
  minLength?: number
  maxLength?: number
  pattern?: string
  format?: string
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  enum?: unknown[]
  const?: unknown
  anyOf?: Node[]
  oneOf?: Node[]
  allOf?: Node[]
  $ref?: string
  $defs?: Record<string, Node>
}

export interface ArbitraryOptions {
  /** Strings and arrays at their largest allowed size (capped by `sizeCap`), numbers at their bounds. */
  extreme?: boolean
  /** Largest array a generated value holds, whatever the schema allows (keeps requests quick). */
  sizeCap?: number
  /** Replaces the arbitrary of a property by name, wherever it is (e.g. keep generated jobs small). */
  overrides?: Record<string, fc.Arbitrary<unknown>>
}

/** Strings where the schema gives no bound: short, but with non-ASCII and spaces. */
const FREE_TEXT = fc.string({ unit: 'grapheme', maxLength: 40 })
const MAX_DEPTH = 6

export function jsonSchemaOf(schema: z.core.$ZodType): Node {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Node
}

/** Values the schema accepts (before its refinements), as a caller would send them. */
export function arbitraryFor(schema: z.core.$ZodType, options: ArbitraryOptions = {}): fc.Arbitrary<unknown> {
  const root = jsonSchemaOf(schema)
  return build(root, root, options, 0)
}

function build(node: Node, root: Node, o: ArbitraryOptions, depth: number): fc.Arbitrary<unknown> {
  if (depth > MAX_DEPTH) return fc.constant(null)
  const next = (n: Node) => build(n, root, o, depth + 1)
  if (node.$ref) return next(resolveRef(node.$ref, root))
  if (node.const !== undefined) return fc.constant(node.const)
  if (node.enum) return fc.constantFrom(...node.enum)
  const union = node.anyOf ?? node.oneOf
  if (union) return fc.oneof(...union.map(next))
  if (node.allOf?.[0]) return next(node.allOf[0])
  const type = Array.isArray(node.type) ? node.type[0] : node.type
  switch (type) {
    case 'object':
      return objectOf(node, root, o, depth)
    case 'array':
      return arrayOf(node, next, o)
    case 'string':
      return stringOf(node, o)
    case 'integer':
      return integerOf(node, o)
    case 'number':
      return numberOf(node, o)
    case 'boolean':
      return fc.boolean()
    case 'null':
      return fc.constant(null)
    default:
      return fc.jsonValue({ maxDepth: 2 })
  }
}

function resolveRef(ref: string, root: Node): Node {
  if (ref === '#') return root
  const name = ref.replace(/^#\/\$defs\//, '')
  const found = root.$defs?.[name]
  if (!found) throw new Error(`schema reference ${ref} not found`)
  return found
}

function objectOf(node: Node, root: Node, o: ArbitraryOptions, depth: number): fc.Arbitrary<unknown> {
  const next = (n: Node) => build(n, root, o, depth + 1)
  if (node.properties) {
    const shape: Record<string, fc.Arbitrary<unknown>> = {}
    for (const [key, child] of Object.entries(node.properties)) shape[key] = o.overrides?.[key] ?? next(child)
    return fc.record(shape, { requiredKeys: node.required ?? [] })
  }
  // A record: keys from propertyNames, values from additionalProperties.
  const values = typeof node.additionalProperties === 'object' ? next(node.additionalProperties) : fc.jsonValue({ maxDepth: 1 })
  const keys = node.propertyNames ? (next(node.propertyNames) as fc.Arbitrary<string>) : FREE_TEXT
  return fc.dictionary(keys.filter((k) => typeof k === 'string'), values, { maxKeys: o.extreme ? Math.min(o.sizeCap ?? 16, 16) : 4 })
}

function arrayOf(node: Node, next: (n: Node) => fc.Arbitrary<unknown>, o: ArbitraryOptions): fc.Arbitrary<unknown> {
  if (node.prefixItems) return fc.tuple(...node.prefixItems.map(next))
  const item = node.items ? next(node.items) : fc.jsonValue({ maxDepth: 1 })
  const cap = o.sizeCap ?? 64
  const min = node.minItems ?? 0
  const max = Math.min(node.maxItems ?? cap, cap)
  if (o.extreme) return fc.array(item, { minLength: Math.max(min, max), maxLength: Math.max(min, max) })
  return fc.array(item, { minLength: min, maxLength: Math.max(min, Math.min(max, 4)) })
}

function stringOf(node: Node, o: ArbitraryOptions): fc.Arbitrary<string> {
  const min = node.minLength ?? 0
  const max = node.maxLength ?? Math.max(min, 40)
  if (node.format === 'uri') return fc.webUrl()
  if (node.pattern) {
    const pattern = new RegExp(node.pattern)
    // stringMatching may add text around an unanchored pattern: keep what fits the length.
    return fc.stringMatching(pattern).filter((s) => s.length >= min && s.length <= max)
  }
  if (o.extreme) return fc.string({ unit: 'grapheme-ascii', minLength: max, maxLength: max })
  return fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.min(max, Math.max(min, 40)) }).filter((s) => s.length >= min)
}

function integerOf(node: Node, o: ArbitraryOptions): fc.Arbitrary<number> {
  const min = Math.ceil(node.exclusiveMinimum !== undefined ? node.exclusiveMinimum + 1 : (node.minimum ?? Number.MIN_SAFE_INTEGER))
  const max = Math.floor(node.exclusiveMaximum !== undefined ? node.exclusiveMaximum - 1 : (node.maximum ?? Number.MAX_SAFE_INTEGER))
  if (o.extreme) return fc.constantFrom(min, max)
  return fc.integer({ min, max })
}

function numberOf(node: Node, o: ArbitraryOptions): fc.Arbitrary<number> {
  const min = node.minimum ?? node.exclusiveMinimum ?? -1e9
  const max = node.maximum ?? node.exclusiveMaximum ?? 1e9
  if (o.extreme) return fc.constantFrom(min, max)
  return fc.double({
    min,
    max,
    minExcluded: node.exclusiveMinimum !== undefined,
    maxExcluded: node.exclusiveMaximum !== undefined,
    noNaN: true,
    noDefaultInfinity: true,
  })
}

// ---------- mutations: what a hostile or careless caller sends ----------

/** Control characters text fields must refuse (C0, DEL, C1; NUL and CR above all). */
export const CONTROL_CHARACTERS = ['\u0000', '\r', '\u001b', '\u0007', '\u0008', '\u007f', '\u0085', '\u000b', '\u000c']

/** Paths that leave a folder, in every spelling a path-like field could be given. */
export function traversalPayloads(marker: string, outsideFile: string): string[] {
  return [
    `../../${marker}`,
    `../${marker}/../../${marker}`,
    `..\\..\\${marker}`,
    `/tmp/${marker}`,
    outsideFile,
    `sub/../../../${marker}`,
    `./../${marker}`,
    `C:\\Windows\\${marker}`,
    `%2e%2e/%2e%2e/${marker}`,
    `${marker}/..`,
    '..',
    '/',
    '',
  ]
}

/** Paths to every leaf (string, number, boolean, null) of a JSON value. */
export function leafPaths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return value.flatMap((v, i) => leafPaths(v, [...prefix, i]))
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...prefix, k]))
  return [prefix]
}

/** A copy of `value` with the leaf at `path` replaced by `replace(old)`. */
export function withLeaf(value: unknown, path: Array<string | number>, replace: (old: unknown) => unknown): unknown {
  if (path.length === 0) return replace(value)
  const [head, ...rest] = path as [string | number, ...Array<string | number>]
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? withLeaf(v, rest, replace) : v))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === head ? withLeaf(v, rest, replace) : v]))
  }
  return value
}

export type Mutation = 'control' | 'wrong_type' | 'traversal' | 'none'

/** Values of another type than `old`, for the wrong-type mutation. */
const WRONG = [0, -1, 1e308, 'text', '', true, null, [], {}, [1, 'a'], { nested: { deep: [null] } }]

/**
 * The generated value with one leaf changed: a control character put into a string, a value of the
 * wrong type, or (for strings) a path that leaves its folder. Picks are drawn from fast-check, so a
 * failing case shrinks and replays from the seed.
 */
export function mutated(base: fc.Arbitrary<unknown>, mutation: Mutation, payloads: string[]): fc.Arbitrary<unknown> {
  if (mutation === 'none') return base
  return fc.tuple(base, fc.nat(), fc.nat(), fc.nat()).map(([value, leafPick, payloadPick, position]) => {
    const leaves = leafPaths(value)
    const path = leaves[leafPick % Math.max(1, leaves.length)] ?? []
    return withLeaf(value, path, (old) => {
      if (mutation === 'wrong_type') return WRONG.filter((w) => typeof w !== typeof old)[payloadPick % 9]
      if (mutation === 'traversal') return payloads[payloadPick % payloads.length]
      const text = typeof old === 'string' ? old : (JSON.stringify(old) ?? '')
      const char = CONTROL_CHARACTERS[payloadPick % CONTROL_CHARACTERS.length] ?? '\u0000'
      const at = text.length === 0 ? 0 : position % (text.length + 1)
      return `${text.slice(0, at)}${char}${text.slice(at)}`
    })
  })
}

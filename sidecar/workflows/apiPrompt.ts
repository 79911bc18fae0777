// ComfyUI's API prompt format and /object_info node schemas, as zod schemas: they validate our
// templates and every ComfyUI answer that carries a prompt or a node schema.
import { z } from 'zod'
import { copyPlain } from '../contract/plainCopy'

/** A link to another node's output: ["<node id>", <output index>]. */
export const Link = z.tuple([z.string(), z.number().int().min(0)])
export type Link = z.infer<typeof Link>

export const InputValue = z.union([z.string(), z.number(), z.boolean(), z.null(), Link, z.record(z.string(), z.unknown())])
export type InputValue = z.infer<typeof InputValue>

export const ApiNode = z.object({
  class_type: z.string().min(1),
  inputs: z.record(z.string(), InputValue),
  _meta: z.object({ title: z.string() }).partial().passthrough().optional(),
})
export type ApiNode = z.infer<typeof ApiNode>

/** Node ids are strings in ComfyUI prompts. */
export const ApiPrompt = z.record(z.string().min(1), ApiNode)
export type ApiPrompt = z.infer<typeof ApiPrompt>

/**
 * One input spec of /object_info: [type, options?]. type is a name ("INT", "MODEL", "COMBO"), or
 * the option list itself for V1 combos.
 */
export const InputSpec = z.tuple([z.union([z.string(), z.array(z.unknown())])]).rest(z.unknown())
export type InputSpec = z.infer<typeof InputSpec>

export const NodeSchema = z
  .object({
    input: z
      .object({
        required: z.record(z.string(), InputSpec).optional(),
        optional: z.record(z.string(), InputSpec).optional(),
        hidden: z.record(z.string(), z.unknown()).optional(),
      })
      .passthrough(),
    output: z.array(z.union([z.string(), z.array(z.unknown())])).default([]),
    output_name: z.array(z.string()).nullish(),
    name: z.string().nullish(),
    // ComfyUI 0.24.0 answers display_name: null for some V3 nodes.
    display_name: z.string().nullish(),
    python_module: z.string().nullish(),
    output_node: z.boolean().nullish(),
  })
  .passthrough()
export type NodeSchema = z.infer<typeof NodeSchema>

/** GET /object_info (or /object_info/{class}): class name -> schema. */
export const ObjectInfo = z.record(z.string(), NodeSchema)
export type ObjectInfo = z.infer<typeof ObjectInfo>

export function isLink(value: unknown): value is Link {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'string' &&
    typeof value[1] === 'number' &&
    Number.isInteger(value[1])
  )
}

/** Deep copy of a prompt (plain JSON); a bind per hand-off, so not structuredClone (~4x slower). */
export function clonePrompt(prompt: ApiPrompt): ApiPrompt {
  return copyPlain(prompt)
}

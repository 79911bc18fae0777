// ComfyUI 0.24.0's prompt validation (execution.validate_prompt / validate_inputs), as a pure function.
// Error types, messages, details and extra_info follow the server's shapes, quirks included.
import { applyComboSources, comboOptions, type NodeSchema, type NodeSchemas } from './nodeSchemas'
import { PyConversionError, pyBool, pyFloat, pyInt, pyNumber, pyRepr, pyStr } from './pythonValues'

export interface PromptError {
  type: string
  message: string
  details: string
  extra_info: Record<string, unknown>
}
export interface NodeError {
  errors: PromptError[]
  dependent_outputs: string[]
  class_type: string
}
export type ApiPrompt = Record<string, { class_type: string; inputs: Record<string, unknown>; _meta?: unknown }>

export interface ValidationRequest {
  prompt: unknown
  schemas: NodeSchemas
  /** Installed model files per folder, used to fill the loaders' combos. */
  models?: Record<string, string[]>
  /** Whether LoadImage's (possibly annotated, e.g. "x.png [output]") file exists. */
  fileExists: (annotatedName: string) => boolean
  partialExecutionTargets?: string[] | null
}

export interface ValidationResult {
  error: PromptError | null
  node_errors: Record<string, NodeError>
  /** Output node ids that validated; only these run. */
  outputs_to_execute: string[]
  /** The prompt with literal values converted as ComfyUI converts them (what it queues and stores). */
  prompt: ApiPrompt
}

/** Classes whose VALIDATE_INPUTS covers `image`, which skips its combo check. */
const CUSTOM_VALIDATED: Record<string, string[]> = {
  LoadImage: ['image'],
  LoadImageMask: ['image'],
  LoadImageOutput: ['image'],
}

/** V3 and wildcard types that accept any link. */
const ANY_TYPES = new Set(['*', 'COMFY_MATCHTYPE_V3', 'COMFY_AUTOGROW_V3', 'COMFY_DYNAMICCOMBO_V3'])

type Validated = Map<string, { ok: boolean; errors: PromptError[] }>

class InnerValidationError extends Error {
  constructor(readonly pythonType: string, message: string) {
    super(message)
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** validate_node_input: exact match, '*' wildcards, or an overlap of comma-separated type sets. */
export function typesCompatible(received: unknown, expected: unknown): boolean {
  if (JSON.stringify(received) === JSON.stringify(expected)) return true
  if (typeof received !== 'string' || typeof expected !== 'string') return false
  if (ANY_TYPES.has(expected) || ANY_TYPES.has(received)) return true
  const r = new Set(received.split(',').map((t) => t.trim()))
  const e = new Set(expected.split(',').map((t) => t.trim()))
  if (r.has('*') || e.has('*')) return true
  for (const t of r) if (e.has(t)) return true
  return false
}

/** A path a LoadImage may name: no traversal, no absolute path. */
export function isSafeImageName(annotated: string): boolean {
  const name = annotated.replace(/ \[(output|input|temp)\]$/, '')
  return name.length > 0 && !name.split(/[\\/]/).includes('..') && !name.startsWith('/') && !/^[A-Za-z]:/.test(name)
}

function validateNode(
  id: string,
  prompt: ApiPrompt,
  schemas: NodeSchemas,
  fileExists: (name: string) => boolean,
  validated: Validated
): { ok: boolean; errors: PromptError[] } {
  const done = validated.get(id)
  if (done) return done
  const node = prompt[id]
  if (!node) throw new InnerValidationError('KeyError', pyRepr(id))
  const schema = schemas[node.class_type] as NodeSchema
  const inputs = node.inputs
  const errors: PromptError[] = []
  let valid = true
  const customInputs = CUSTOM_VALIDATED[node.class_type] ?? []
  const groups = [
    ['required', schema.input.required ?? {}],
    ['optional', schema.input.optional ?? {}],
  ] as const

  for (const [category, specs] of groups) {
    for (const [name, spec] of Object.entries(specs)) {
      const inputType = spec[0]
      const extra = (isRecord(spec[1]) ? spec[1] : {}) as Record<string, unknown>
      const info = [inputType, extra]
      if (!(name in inputs)) {
        if (category === 'required') {
          errors.push({
            type: 'required_input_missing',
            message: 'Required input is missing',
            details: name,
            extra_info: { input_name: name },
          })
        }
        continue
      }
      let val = inputs[name]
      if (Array.isArray(val)) {
        if (val.length !== 2) {
          errors.push({
            type: 'bad_linked_input',
            message: 'Bad linked input, must be a length-2 list of [node_id, slot_index]',
            details: name,
            extra_info: { input_name: name, input_config: info, received_value: val },
          })
          continue
        }
        const [fromId, slot] = val as [unknown, unknown]
        const from = typeof fromId === 'string' ? prompt[fromId] : undefined
        if (!from) throw new InnerValidationError('KeyError', pyRepr(fromId))
        const returnTypes = (schemas[from.class_type] as NodeSchema).output
        if (typeof slot !== 'number' || !Number.isInteger(slot)) {
          throw new InnerValidationError('TypeError', `tuple indices must be integers or slices, not ${typeof slot === 'string' ? 'str' : 'float'}`)
        }
        const receivedType = returnTypes[slot < 0 ? returnTypes.length + slot : slot]
        if (receivedType === undefined) throw new InnerValidationError('IndexError', 'tuple index out of range')
        if (!typesCompatible(receivedType, inputType)) {
          errors.push({
            type: 'return_type_mismatch',
            message: 'Return type mismatch between linked nodes',
            details: `${name}, received_type(${pyStr(receivedType)}) mismatch input_type(${pyStr(inputType)})`,
            extra_info: { input_name: name, input_config: info, received_type: receivedType, linked_node: val },
          })
          continue
        }
        try {
          const inner = validateNode(fromId as string, prompt, schemas, fileExists, validated)
          if (!inner.ok) valid = false
        } catch (e) {
          if (!(e instanceof InnerValidationError)) throw e
          valid = false
          validated.set(fromId as string, {
            ok: false,
            errors: [
              {
                type: 'exception_during_inner_validation',
                message: 'Exception when validating inner node',
                details: e.message,
                extra_info: {
                  input_name: name,
                  input_config: info,
                  exception_message: e.message,
                  exception_type: e.pythonType,
                  traceback: [],
                  linked_node: val,
                },
              },
            ],
          })
        }
        continue
      }

      if (isRecord(val) && '__value__' in val) {
        val = val.__value__
        inputs[name] = val
      }
      try {
        if (inputType === 'INT') val = pyInt(val)
        else if (inputType === 'FLOAT') val = pyFloat(val)
        else if (inputType === 'STRING') val = pyStr(val)
        else if (inputType === 'BOOLEAN') val = pyBool(val)
        inputs[name] = val
      } catch (e) {
        if (!(e instanceof PyConversionError)) throw e
        errors.push({
          type: 'invalid_input_type',
          message: `Failed to convert an input value to a ${pyStr(inputType)} value`,
          details: `${name}, ${pyStr(val)}, ${e.message}`,
          extra_info: { input_name: name, input_config: info, received_value: val, exception_message: e.message },
        })
        continue
      }

      if (customInputs.includes(name)) continue
      const kind = inputType === 'INT' ? 'int' : 'float'
      if (typeof extra.min === 'number' && typeof val === 'number' && val < extra.min) {
        errors.push({
          type: 'value_smaller_than_min',
          message: `Value ${pyNumber(val, kind)} smaller than min of ${pyNumber(extra.min, kind)}`,
          details: name,
          extra_info: { input_name: name, input_config: info, received_value: val },
        })
        continue
      }
      if (typeof extra.max === 'number' && typeof val === 'number' && val > extra.max) {
        errors.push({
          type: 'value_bigger_than_max',
          message: `Value ${pyNumber(val, kind)} bigger than max of ${pyNumber(extra.max, kind)}`,
          details: name,
          extra_info: { input_name: name, input_config: info, received_value: val },
        })
        continue
      }
      const options = comboOptions(spec)
      if (options && !options.some((o) => o === val || (typeof o === 'number' && o === Number(val) && typeof val === 'boolean'))) {
        const long = options.length > 20
        errors.push({
          type: 'value_not_in_list',
          message: 'Value not in list',
          details: `${name}: '${pyStr(val)}' not in ${long ? `(list of length ${options.length})` : pyRepr(options)}`,
          extra_info: { input_name: name, input_config: long ? null : info, received_value: val },
        })
        continue
      }
    }
  }

  for (const name of customInputs) {
    const val = inputs[name]
    if (typeof val !== 'string') continue
    if (!isSafeImageName(val) || !fileExists(val)) {
      const spec = schema.input.required?.[name] ?? []
      errors.push({
        type: 'custom_validation_failed',
        message: 'Custom validation failed for node',
        details: `${name} - Invalid image file: ${val}`,
        extra_info: { input_name: name, input_config: [spec[0], isRecord(spec[1]) ? spec[1] : {}], received_value: val },
      })
    }
  }

  const result = { ok: errors.length === 0 && valid, errors }
  validated.set(id, result)
  return result
}

function fail(error: PromptError, prompt: ApiPrompt): ValidationResult {
  return { error, node_errors: {}, outputs_to_execute: [], prompt }
}

/** Validates an API prompt like POST /prompt does; `error` set means HTTP 400. */
/**
 * The schemas of the classes a prompt uses, with their model combos filled in. Only those: like
 * ComfyUI, which asks each node of the prompt for its inputs, not the 766 classes it knows (filling
 * every one made a POST /prompt cost ten times a round trip).
 */
function schemasFor(request: ValidationRequest, raw: Record<string, unknown>): NodeSchemas {
  if (!request.models) return request.schemas
  const used: NodeSchemas = {}
  for (const node of Object.values(raw)) {
    const cls = isRecord(node) ? node.class_type : undefined
    const schema = typeof cls === 'string' ? request.schemas[cls] : undefined
    if (typeof cls === 'string' && schema) used[cls] = schema
  }
  return applyComboSources(used, { models: request.models, inputFiles: [] })
}

export function validatePrompt(request: ValidationRequest): ValidationResult {
  const raw = isRecord(request.prompt) ? request.prompt : {}
  const schemas = schemasFor(request, raw)
  // ComfyUI converts values in place; work on a copy so the caller's object stays as sent.
  const prompt = structuredClone(raw) as ApiPrompt
  const outputs: string[] = []
  for (const [id, node] of Object.entries(prompt)) {
    if (!isRecord(node) || !('class_type' in node)) {
      return fail(
        {
          type: 'invalid_prompt',
          message: 'Cannot execute because a node is missing the class_type property.',
          details: `Node ID '#${id}'`,
          extra_info: {},
        },
        prompt
      )
    }
    const schema = typeof node.class_type === 'string' ? schemas[node.class_type] : undefined
    if (!schema) {
      const meta = isRecord(node._meta) ? node._meta : {}
      return fail(
        {
          type: 'missing_node_type',
          message: `Node '${pyStr(node.class_type)}' not found. The custom node may not be installed.`,
          details: `Node ID '#${id}'`,
          extra_info: { node_id: id, class_type: node.class_type, node_title: meta.title ?? node.class_type },
        },
        prompt
      )
    }
    if (!isRecord(node.inputs)) node.inputs = {}
    const targets = request.partialExecutionTargets
    if (schema.output_node && (!targets || targets.includes(id))) outputs.push(id)
  }
  if (outputs.length === 0) {
    return fail({ type: 'prompt_no_outputs', message: 'Prompt has no outputs', details: '', extra_info: {} }, prompt)
  }

  const good: string[] = []
  const failedOutputs: Array<[string, PromptError[]]> = []
  const nodeErrors: Record<string, NodeError> = {}
  const validated: Validated = new Map()
  for (const output of outputs) {
    let ok: boolean
    let reasons: PromptError[]
    try {
      ;({ ok, errors: reasons } = validateNode(output, prompt, schemas, request.fileExists, validated))
    } catch (e) {
      if (!(e instanceof InnerValidationError)) throw e
      ok = false
      reasons = [
        {
          type: 'exception_during_validation',
          message: 'Exception when validating node',
          details: e.message,
          extra_info: { exception_type: e.pythonType, traceback: [] },
        },
      ]
      validated.set(output, { ok: false, errors: reasons })
    }
    if (ok) {
      good.push(output)
      continue
    }
    failedOutputs.push([output, reasons])
    // Like ComfyUI, every node that has its own errors so far is charged to this output.
    for (const [nodeId, result] of validated) {
      if (result.ok || result.errors.length === 0) continue
      const entry = (nodeErrors[nodeId] ??= {
        errors: result.errors,
        dependent_outputs: [],
        class_type: prompt[nodeId]?.class_type ?? '',
      })
      entry.dependent_outputs.push(output)
    }
  }

  if (good.length === 0) {
    const details = failedOutputs.flatMap(([, errs]) => errs.map((e) => `${e.message}: ${e.details}`)).join('\n')
    return {
      error: { type: 'prompt_outputs_failed_validation', message: 'Prompt outputs failed validation', details, extra_info: {} },
      node_errors: nodeErrors,
      outputs_to_execute: [],
      prompt,
    }
  }
  return { error: null, node_errors: nodeErrors, outputs_to_execute: good, prompt }
}

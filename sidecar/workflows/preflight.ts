// Pre-flight: checks a bound prompt against the live server's node schemas before it is queued, so
// a missing node pack or model file becomes a message a user can act on instead of a ComfyUI 400.
import { isLink, type ApiPrompt, type InputValue, type NodeSchema } from './apiPrompt'
import { readInputSpec, type InputConstraint } from './inputSpec'

export interface LiveInfo {
  /** From GET /object_info/{class}; model files appear as the loaders' combo options. */
  nodeSchemas: Record<string, NodeSchema | undefined>
}

export interface PreflightProblem {
  code: 'missing_node' | 'missing_model' | 'bad_value'
  node_id: string
  class_type: string
  input?: string
  message: string
}

/** Loader inputs that name a model file, and the models/ folder it is looked up in. */
const MODEL_INPUTS: Record<string, string> = {
  unet_name: 'diffusion_models',
  clip_name: 'text_encoders',
  vae_name: 'vae',
  lora_name: 'loras',
  ckpt_name: 'checkpoints',
}

function modelFolder(classType: string, input: string): string | undefined {
  const folder = MODEL_INPUTS[input]
  if (folder === 'diffusion_models' && /GGUF/.test(classType)) return 'unet or models/diffusion_models'
  if (folder === 'text_encoders' && /GGUF/.test(classType)) return 'text_encoders or models/clip'
  if (input === 'clip_name' && classType.startsWith('CLIPVision')) return 'clip_vision'
  return folder
}

/** Inputs whose node validates them itself (VALIDATE_INPUTS), so ComfyUI skips the combo check. */
const SELF_VALIDATED: Record<string, string[]> = { LoadImage: ['image'], LoadImageOutput: ['image'], LoadImageMask: ['image'] }

/** What a missing node class means for the user: the pack to install, or an update of ComfyUI. */
export function missingNodeMessage(classType: string): string {
  const packs: string[] = []
  if (/MultiGPU/.test(classType)) packs.push('ComfyUI-MultiGPU')
  if (/GGUF/.test(classType)) packs.push('ComfyUI-GGUF')
  if (classType.startsWith('VHS_')) packs.push('ComfyUI-VideoHelperSuite')
  if (classType === 'WanImageToVideoSVIPro') packs.push('ComfyUI-KJNodes')
  if (packs.length > 0) return `Node pack missing: ${classType} (install ${packs.join(' and ')})`
  if (/^(Wan|CreateVideo|SaveVideo|ImageFromBatch|EmptyHunyuanLatentVideo|ModelSamplingSD3)/.test(classType)) {
    return `Node missing: ${classType} (update ComfyUI; this ComfyUI is too old for Wan2.2)`
  }
  return `Node pack missing: ${classType} (install the custom node pack that provides it)`
}

function listed(options: string[]): string {
  return options.length > 20 ? `(list of length ${options.length})` : `[${options.map((o) => `'${o}'`).join(', ')}]`
}

function outputTypeOf(schema: NodeSchema | undefined, index: number): string | undefined {
  const type = schema?.output[index]
  if (type === undefined) return undefined
  return Array.isArray(type) ? 'COMBO' : type
}

function typesMatch(output: string, expected: string): boolean {
  if (output === '*' || expected === '*') return true
  const wanted = new Set(expected.split(','))
  return output.split(',').some((t) => wanted.has(t))
}

function checkValue(c: InputConstraint, value: InputValue): string | null {
  switch (c.type) {
    case 'INT':
    case 'FLOAT': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return `must be a number, got ${JSON.stringify(value)}`
      if (c.type === 'INT' && !Number.isInteger(value)) return `must be a whole number, got ${value}`
      if (c.min !== undefined && value < c.min) return `${value} is smaller than the minimum ${c.min}`
      if (c.max !== undefined && value > c.max) return `${value} is bigger than the maximum ${c.max}`
      return null
    }
    case 'BOOLEAN':
      return typeof value === 'boolean' ? null : `must be true or false, got ${JSON.stringify(value)}`
    case 'STRING':
      return typeof value === 'string' ? null : `must be text, got ${JSON.stringify(value)}`
    default:
      return null
  }
}

/**
 * Problems of a bound prompt, each said once: two loaders of a missing pack (or two nodes naming one
 * missing file) are one thing for the user to fix, reported at the first node concerned.
 */
export function preflight(prompt: ApiPrompt, live: LiveInfo): PreflightProblem[] {
  const seen = new Set<string>()
  return nodeProblems(prompt, live).filter((p) => !seen.has(p.message) && seen.add(p.message))
}

/**
 * Input specs read once each: the schemas are kept per ComfyUI answer, and a hand-off checks every
 * input of ~20 nodes (option lists of up to a few hundred names) between one segment and the next.
 */
const readSpecs = new WeakMap<object, InputConstraint>()

function constraintOf(spec: Parameters<typeof readInputSpec>[0]): InputConstraint {
  let c = readSpecs.get(spec)
  if (!c) {
    c = readInputSpec(spec)
    readSpecs.set(spec, c)
  }
  return c
}

const declaredInputs = new WeakMap<NodeSchema, NonNullable<NodeSchema['input']['required']>>()

/** A node's inputs, optional and required, by name (once per schema). */
function declaredOf(schema: NodeSchema): NonNullable<NodeSchema['input']['required']> {
  let declared = declaredInputs.get(schema)
  if (!declared) {
    declared = { ...schema.input.optional, ...schema.input.required }
    declaredInputs.set(schema, declared)
  }
  return declared
}

function nodeProblems(prompt: ApiPrompt, live: LiveInfo): PreflightProblem[] {
  const problems: PreflightProblem[] = []
  for (const [id, node] of Object.entries(prompt)) {
    const schema = live.nodeSchemas[node.class_type]
    const base = { node_id: id, class_type: node.class_type }
    if (!schema) {
      problems.push({ ...base, code: 'missing_node', message: missingNodeMessage(node.class_type) })
      continue
    }
    const declared = declaredOf(schema)
    for (const name of Object.keys(schema.input.required ?? {})) {
      if (!(name in node.inputs)) problems.push({ ...base, code: 'bad_value', input: name, message: `Required input missing: ${node.class_type}.${name}` })
    }
    for (const [name, value] of Object.entries(node.inputs)) {
      const spec = declared[name]
      if (!spec) {
        // ComfyUI ignores unknown keys (e.g. "format.codec" on older builds), so a link to an input
        // this server's node lacks (ref_pad_image on an older core) would be silently dropped.
        if (isLink(value)) problems.push({ ...base, code: 'bad_value', input: name, message: `${node.class_type} has no input ${name} in this ComfyUI (update ComfyUI, or turn off what uses it)` })
        continue
      }
      const c = constraintOf(spec)
      if (isLink(value)) {
        const source = prompt[value[0]]
        if (!source) {
          problems.push({ ...base, code: 'bad_value', input: name, message: `${node.class_type}.${name} links to node ${value[0]}, which is not in the prompt` })
          continue
        }
        const outType = outputTypeOf(live.nodeSchemas[source.class_type], value[1])
        if (live.nodeSchemas[source.class_type] && outType === undefined) {
          problems.push({ ...base, code: 'bad_value', input: name, message: `${node.class_type}.${name} links to output ${value[1]} of ${source.class_type}, which has no such output` })
        } else if (outType !== undefined && !typesMatch(outType, c.type)) {
          problems.push({ ...base, code: 'bad_value', input: name, message: `${node.class_type}.${name} expects ${c.type} but is linked to ${source.class_type} (${outType})` })
        }
        continue
      }
      if (c.type === 'COMBO') {
        if (SELF_VALIDATED[node.class_type]?.includes(name)) continue
        const options = c.options ?? []
        if (options.includes(String(value))) continue
        const folder = modelFolder(node.class_type, name)
        if (folder) {
          problems.push({ ...base, code: 'missing_model', input: name, message: `Model file not installed: ${String(value)} (in models/${folder})` })
        } else {
          problems.push({ ...base, code: 'bad_value', input: name, message: `${node.class_type}.${name}: '${String(value)}' not in ${listed(options)}` })
        }
        continue
      }
      const problem = checkValue(c, value)
      if (problem) problems.push({ ...base, code: 'bad_value', input: name, message: `${node.class_type}.${name} ${problem}` })
    }
  }
  return problems
}

// Runs one queued prompt the way ComfyUI's executor does, emitting the same WebSocket messages in the same order.
import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { ExecutionList } from './executionList'
import { annotatedFilePath, SavePathError, type SimFolders } from './folderPaths'
import type { ColorDrift, FrameRenderer } from './frameRecipes'
import { nodeSignatures } from './nodeSignatures'
import type { NodeSchemas } from './nodeSchemas'
import { NodeExecutionError, runNode, SAMPLER_CLASSES, samplerSteps, type NodeResult, type SimValue, type UiOutput } from './simNodes'
import type { ApiPrompt } from './validatePrompt'

export interface QueueItem {
  number: number
  promptId: string
  prompt: ApiPrompt
  extraData: Record<string, unknown>
  outputs: string[]
}

export type OutputCache = Map<string, NodeResult>

export interface NodeMeta {
  node_id: string
  display_node: string
  parent_node: null
  real_node_id: string
}

export type StatusMessage = [string, Record<string, unknown>]

export interface ExecutionOutcome {
  status: 'success' | 'error' | 'interrupted'
  outputs: Record<string, UiOutput>
  meta: Record<string, NodeMeta>
  messages: StatusMessage[]
}

export type InjectedFault = 'error' | 'oom'

export interface ExecutorDeps {
  schemas: NodeSchemas
  folders: SimFolders
  ffmpegPath: string
  renderer: FrameRenderer
  cache: OutputCache
  /** Sends to one socket by client id, or to all sockets when `sid` is null. */
  send: (event: string, data: Record<string, unknown>, sid: string | null) => void
  isInterrupted: () => boolean
  /** Simulated GPU seconds for the whole prompt, spread over its sampler steps. */
  segmentSeconds: number
  /** Colour shift of every generated clip, read when the prompt runs. */
  colorDrift?: ColorDrift | undefined
  fault: InjectedFault | null
  /** Called once, halfway through the sampling, to drop every WebSocket. */
  dropSockets: (() => void) | null
  onNodeStart: (nodeId: string | null) => void
  /** Ms a node about to run (not cached) spends before its work: a loader's model load (modelLoads.ts). */
  loadMs?: (nodeId: string, classType: string, inputs: Record<string, unknown>) => number
}

class Interrupted extends Error {
  constructor(readonly nodeId: string) {
    super('interrupted')
  }
}

const OOM_MESSAGE =
  'Allocation on device 0 would exceed allowed memory. (out of memory)\n' +
  'Currently allocated     : 22.51 GiB\nRequested               : 1.27 GiB\nDevice limit            : 23.99 GiB\n' +
  'Free (according to CUDA): 0 bytes\nPyTorch limit (set by user-supplied memory fraction)\n                        : 17179869184.00 GiB\n' +
  'This error means you ran out of memory on your GPU.\n\n' +
  'TIPS: If the workflow worked before you might have accidentally set the batch_size to a large number.'

const TRACEBACK = [
  '  File "ComfyUI/execution.py", line 536, in execute\n    output_data, output_ui, has_subgraph, has_pending_tasks = await get_output_data(prompt_id, unique_id, obj, input_data_all, execution_block_cb=execution_block_cb, pre_execute_cb=pre_execute_cb, v3_data=v3_data)\n',
  '  File "ComfyUI/execution.py", line 336, in get_output_data\n    return_values = await _async_map_node_over_list(prompt_id, unique_id, obj, input_data_all, obj.FUNCTION, allow_interrupt=True, execution_block_cb=execution_block_cb, pre_execute_cb=pre_execute_cb, v3_data=v3_data)\n',
  '  File "ComfyUI/execution.py", line 310, in _async_map_node_over_list\n    await process_inputs(input_dict, i)\n',
  '  File "ComfyUI/execution.py", line 298, in process_inputs\n    result = f(**inputs)\n',
]

function isLink(v: unknown): v is [string, number] {
  return Array.isArray(v) && v.length === 2 && typeof v[0] === 'string'
}

/** LoadImage's IS_CHANGED is the file's hash; everything else depends on its inputs only. */
function isChangedFor(folders: SimFolders): (classType: string, inputs: Record<string, unknown>) => string {
  return (classType, inputs) => {
    if ((classType !== 'LoadImage' && classType !== 'LoadImageOutput') || typeof inputs.image !== 'string') return ''
    const file = annotatedFilePath(folders, inputs.image)
    if (!file) return 'invalid'
    try {
      statSync(file)
      return createHash('sha256').update(readFileSync(file)).digest('hex')
    } catch {
      return 'missing'
    }
  }
}

function formatInput(v: unknown): unknown[] {
  if (v && typeof v === 'object' && 'kind' in v) return [`<${(v as SimValue).kind}>`]
  return [v]
}

export async function executePrompt(item: QueueItem, deps: ExecutorDeps): Promise<ExecutionOutcome> {
  const { prompt, promptId } = item
  const clientId = typeof item.extraData.client_id === 'string' ? item.extraData.client_id : null
  const messages: StatusMessage[] = []
  const addMessage = (event: string, data: Record<string, unknown>, broadcast: boolean): void => {
    const stamped = { ...data, timestamp: Date.now() }
    messages.push([event, stamped])
    if (clientId !== null) deps.send(event, stamped, clientId)
    else if (broadcast) deps.send(event, stamped, null)
  }
  const toClient = (event: string, data: Record<string, unknown>): void => {
    if (clientId !== null) deps.send(event, data, clientId)
  }
  const progressNodes = new Map<string, { value: number; max: number; state: string }>()
  const sendProgressState = (): void => {
    const nodes: Record<string, unknown> = {}
    for (const [id, p] of progressNodes) {
      nodes[id] = { ...p, node_id: id, prompt_id: promptId, display_node_id: id, parent_node_id: null, real_node_id: id }
    }
    deps.send('progress_state', { prompt_id: promptId, nodes }, null)
  }

  addMessage('execution_start', { prompt_id: promptId }, false)
  const signatures = nodeSignatures(prompt, isChangedFor(deps.folders))
  const live = new Set(signatures.values())
  for (const key of [...deps.cache.keys()]) if (!live.has(key)) deps.cache.delete(key)
  const sigOf = (id: string): string => signatures.get(id) ?? ''
  const isCached = (id: string): boolean => deps.cache.has(sigOf(id))
  addMessage('execution_cached', { nodes: Object.keys(prompt).filter(isCached), prompt_id: promptId }, false)

  const isOutput = (id: string): boolean => {
    const cls = prompt[id]?.class_type
    return cls !== undefined && deps.schemas[cls]?.output_node === true
  }
  const list = new ExecutionList(prompt, isOutput, isCached)
  for (const id of item.outputs) list.addNode(id)
  const toRun = list.remaining().filter((id) => !isCached(id))
  const totalSteps = toRun.reduce((n, id) => n + samplerSteps(prompt[id]?.class_type ?? '', prompt[id]?.inputs ?? {}), 0)
  const stepMs = totalSteps > 0 ? (deps.segmentSeconds * 1000) / totalSteps : 0
  const hasSampler = toRun.some((id) => SAMPLER_CLASSES.has(prompt[id]?.class_type ?? ''))
  let fault = deps.fault
  let dropSockets = deps.dropSockets
  const executed: string[] = []
  let current: string | null = null

  const wait = async (ms: number): Promise<void> => {
    const until = Date.now() + ms
    while (Date.now() < until) {
      if (deps.isInterrupted() && current) throw new Interrupted(current)
      await new Promise((r) => setTimeout(r, Math.min(20, until - Date.now())))
    }
  }

  try {
    for (let id = list.next(); id !== undefined; id = list.next()) {
      const node = prompt[id]
      if (!node) break
      const cached = deps.cache.get(sigOf(id))
      if (cached) {
        toClient('executed', { node: id, display_node: id, output: cached.ui ?? null, prompt_id: promptId })
        progressNodes.set(id, { value: 1, max: 1, state: 'finished' })
        sendProgressState()
        list.complete(id)
        continue
      }
      current = id
      progressNodes.set(id, { value: 0, max: 1, state: 'running' })
      sendProgressState()
      toClient('executing', { node: id, display_node: id, prompt_id: promptId })
      deps.onNodeStart(id)
      if (deps.isInterrupted()) throw new Interrupted(id)
      const isSampler = SAMPLER_CLASSES.has(node.class_type)
      if (fault && (isSampler || !hasSampler)) {
        const kind = fault
        fault = null
        if (kind === 'oom') throw new NodeExecutionError('torch.OutOfMemoryError', OOM_MESSAGE)
        throw new NodeExecutionError(
          'RuntimeError',
          'CUDA error: an illegal memory access was encountered (simulated fault)\n'
        )
      }
      if (dropSockets && !hasSampler) {
        dropSockets()
        dropSockets = null
      }
      const loadMs = deps.loadMs?.(id, node.class_type, node.inputs) ?? 0
      if (loadMs > 0) await wait(loadMs)
      const inputs: Record<string, unknown> = {}
      for (const [name, value] of Object.entries(node.inputs)) {
        if (isLink(value)) {
          const upstream = deps.cache.get(sigOf(value[0]))
          if (upstream) inputs[name] = upstream.outputs[value[1]]
        } else inputs[name] = value
      }
      const schema = deps.schemas[node.class_type]
      if (!schema) throw new NodeExecutionError('KeyError', `'${node.class_type}'`)
      const nodeId = id
      const result = await runNode({
        nodeId,
        classType: node.class_type,
        schema,
        inputs,
        folders: deps.folders,
        ffmpegPath: deps.ffmpegPath,
        renderer: deps.renderer,
        colorDrift: deps.colorDrift,
        prompt,
        extraPngInfo: (item.extraData.extra_pnginfo as Record<string, unknown> | undefined) ?? {},
        progress: async (value, max) => {
          await wait(stepMs)
          if (deps.isInterrupted()) throw new Interrupted(nodeId)
          progressNodes.set(nodeId, { value, max, state: 'running' })
          sendProgressState()
          deps.send('progress', { value, max, prompt_id: promptId, node: nodeId }, clientId)
          if (dropSockets && value >= Math.ceil(max / 2)) {
            dropSockets()
            dropSockets = null
          }
        },
      })
      deps.cache.set(sigOf(id), result)
      executed.push(id)
      if (result.ui) toClient('executed', { node: id, display_node: id, output: result.ui, prompt_id: promptId })
      const p = progressNodes.get(id)
      progressNodes.set(id, { value: p && p.max > 1 ? p.max : 1, max: p?.max ?? 1, state: 'finished' })
      sendProgressState()
      list.complete(id)
    }
    addMessage('execution_success', { prompt_id: promptId }, false)
  } catch (e) {
    const nodeId = e instanceof Interrupted ? e.nodeId : (current ?? '')
    const nodeType = prompt[nodeId]?.class_type ?? ''
    if (e instanceof Interrupted) {
      addMessage('execution_interrupted', { prompt_id: promptId, node_id: nodeId, node_type: nodeType, executed }, true)
    } else {
      const err = e instanceof NodeExecutionError ? e : null
      const currentInputs: Record<string, unknown[]> = {}
      for (const [k, v] of Object.entries(prompt[nodeId]?.inputs ?? {})) if (!isLink(v)) currentInputs[k] = formatInput(v)
      addMessage(
        'execution_error',
        {
          prompt_id: promptId,
          node_id: nodeId,
          node_type: nodeType,
          executed,
          exception_message: err ? err.message : e instanceof SavePathError ? e.message : `${(e as Error).message}\n`,
          exception_type: err ? err.exceptionType : e instanceof SavePathError ? 'Exception' : 'RuntimeError',
          traceback: TRACEBACK,
          current_inputs: currentInputs,
          current_outputs: Object.keys(prompt),
        },
        false
      )
    }
    deps.onNodeStart(null)
    return { status: e instanceof Interrupted ? 'interrupted' : 'error', ...collectUi(prompt, sigOf, deps.cache), messages }
  }
  deps.onNodeStart(null)
  return { status: 'success', ...collectUi(prompt, sigOf, deps.cache), messages }
}

/** History outputs: the UI of every node of the prompt that has one, cached or just run. */
function collectUi(
  prompt: ApiPrompt,
  sigOf: (id: string) => string,
  cache: OutputCache
): { outputs: Record<string, UiOutput>; meta: Record<string, NodeMeta> } {
  const outputs: Record<string, UiOutput> = {}
  const meta: Record<string, NodeMeta> = {}
  for (const id of Object.keys(prompt)) {
    const ui = cache.get(sigOf(id))?.ui
    if (!ui) continue
    outputs[id] = ui
    meta[id] = { node_id: id, display_node: id, parent_node: null, real_node_id: id }
  }
  return { outputs, meta }
}

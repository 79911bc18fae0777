// User templates as presets: build one from a graph (detected roles + the user's picks), check it
// against the live ComfyUI, keep it in SQLite, and keep the engine's template list in step, so a job
// names a user template as its preset exactly like a built-in one.
import type { PreflightFinding, RoleOverrides, TemplateDetection, UserTemplate } from '../contract'
import type { ComfyClient } from '../comfy/comfyClient'
import { ComfyUnreachable } from '../comfy/comfyClient'
import type { Db } from '../db/database'
import { deleteTemplateRow, getTemplateRow, listTemplateRows, saveTemplateRow, templateIdTaken, unfinishedJobsUsing } from '../db/templateStore'
import type { TemplateRow } from '../db/templateStore'
import type { Logger } from '../log'
import { buildUserTemplate, NodeSchema, parseGraph, preflight, problemsMessage, templateToPreset, WorkflowError } from '../workflows'
import type { ApiPrompt, Template, TemplateReport } from '../workflows'
import { DomainError } from '../contract'

export interface CatalogContext {
  db: Db
  comfy: ComfyClient
  /** The engine's list (built-in first); user templates are replaced in place. */
  templates: Template[]
  log: Logger
}

/** Puts the stored user templates into the engine's list (after the built-in ones). */
export function syncUserTemplates(ctx: CatalogContext): void {
  const { rows, unreadable } = listTemplateRows(ctx.db)
  for (const id of unreadable) ctx.log.warn(`user template ${id} could not be read back; it is not offered`)
  const builtin = ctx.templates.filter((t) => t.source !== 'user')
  ctx.templates.splice(0, ctx.templates.length, ...builtin, ...rows.map((r) => r.template))
}

/** Node schemas from ComfyUI's /object_info/{class}; a class it does not know maps to undefined. */
async function liveSchemas(comfy: ComfyClient, classes: string[]): Promise<Record<string, NodeSchema | undefined>> {
  const out: Record<string, NodeSchema | undefined> = {}
  for (const cls of new Set(classes)) {
    const raw = await comfy.objectInfo(cls)
    const parsed = raw ? NodeSchema.safeParse(raw) : null
    out[cls] = parsed?.success ? parsed.data : undefined
  }
  return out
}

async function checkLive(comfy: ComfyClient, prompt: ApiPrompt): Promise<PreflightFinding[]> {
  const classes = [...Object.values(prompt).map((n) => n.class_type), 'LoraLoaderModelOnly', 'ImageFromBatch']
  return preflight(prompt, { nodeSchemas: await liveSchemas(comfy, classes) })
}

function detectionView(report: TemplateReport, findings: PreflightFinding[] | null): TemplateDetection {
  return { ok: report.problems.length === 0 && (findings ?? []).length === 0, ...report, preflight: findings }
}

function build(input: { id: string; name: string; description: string; prompt: unknown; roles: RoleOverrides }) {
  try {
    return buildUserTemplate(input)
  } catch (err) {
    if (err instanceof WorkflowError) throw new DomainError('bad_request', err.message, err.field)
    throw err
  }
}

/** Detection without saving; pre-flight runs when ComfyUI answers. */
export async function detectTemplate(ctx: CatalogContext, prompt: unknown, roles: RoleOverrides = {}): Promise<TemplateDetection> {
  const { template, report } = build({ id: 'user_detect', name: 'detect', description: '', prompt, roles })
  let findings: PreflightFinding[] | null = null
  try {
    findings = await checkLive(ctx.comfy, template?.prompt ?? parseGraph(prompt))
  } catch (err) {
    if (!(err instanceof ComfyUnreachable)) throw err
  }
  return detectionView(report, findings)
}

function view(row: TemplateRow): UserTemplate {
  const { report } = build({ id: row.id, name: row.template.name, description: row.template.description, prompt: row.prompt, roles: row.roles })
  return {
    id: row.id,
    name: row.template.name,
    description: row.template.description,
    prompt: row.prompt,
    roles: row.roles,
    detection: detectionView(report, null),
    preset: templateToPreset(row.template),
    created_at: row.created_at,
    updated_at: row.updated_at,
  }
}

/** A fresh preset id from the name: user_<slug>, numbered when taken. */
function newId(ctx: CatalogContext, name: string): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 40) || 'template'
  const taken = (id: string) => templateIdTaken(ctx.db, id) || ctx.templates.some((t) => t.id === id)
  let id = `user_${slug}`
  for (let n = 2; taken(id); n++) id = `user_${slug}_${n}`
  return id
}

/**
 * Builds, refuses with every blocking role named, pre-flights against ComfyUI, then stores. A new
 * template's id is taken only after the await, so two saves of one name get two ids.
 */
async function store(ctx: CatalogContext, id: string | (() => string), input: { name: string; description: string; prompt: unknown; roles: RoleOverrides }): Promise<string> {
  const { template, report } = build({ id: typeof id === 'string' ? id : 'user_new', ...input })
  if (!template) {
    const first = report.problems[0]
    throw new DomainError('bad_request', problemsMessage(report.problems), `roles.${first?.role ?? ''}`, detectionView(report, null))
  }
  const findings = await checkLive(ctx.comfy, template.prompt)
  if (findings.length > 0) {
    const message = [...new Set(findings.map((f) => f.message))].join('; ')
    throw new DomainError('bad_request', message, 'prompt', detectionView(report, findings))
  }
  template.id = typeof id === 'string' ? id : id()
  saveTemplateRow(ctx.db, template.id, { prompt: input.prompt as Record<string, unknown>, roles: input.roles, template })
  syncUserTemplates(ctx)
  return template.id
}

function mustGet(ctx: CatalogContext, id: string): TemplateRow {
  const row = getTemplateRow(ctx.db, id)
  if (!row) throw new DomainError('not_found', `no user template "${id}"`, 'id')
  return row
}

export function listUserTemplates(ctx: CatalogContext): UserTemplate[] {
  return listTemplateRows(ctx.db).rows.map(view)
}

export function getUserTemplate(ctx: CatalogContext, id: string): UserTemplate {
  return view(mustGet(ctx, id))
}

export async function createUserTemplate(
  ctx: CatalogContext,
  body: { name: string; description: string; prompt: Record<string, unknown>; roles?: RoleOverrides | undefined }
): Promise<UserTemplate> {
  const id = await store(ctx, () => newId(ctx, body.name), { name: body.name, description: body.description, prompt: body.prompt, roles: body.roles ?? {} })
  return getUserTemplate(ctx, id)
}

export async function updateUserTemplate(
  ctx: CatalogContext,
  id: string,
  body: { name?: string | undefined; description?: string | undefined; prompt?: Record<string, unknown> | undefined; roles?: RoleOverrides | undefined }
): Promise<UserTemplate> {
  const row = mustGet(ctx, id)
  // Saved picks name nodes of the saved graph: a new graph starts from fresh detection.
  const roles = body.roles ?? (body.prompt ? {} : row.roles)
  await store(ctx, id, {
    name: body.name ?? row.template.name,
    description: body.description ?? row.template.description,
    prompt: body.prompt ?? row.prompt,
    roles,
  })
  return getUserTemplate(ctx, id)
}

export function deleteUserTemplate(ctx: CatalogContext, id: string): void {
  mustGet(ctx, id)
  const jobs = unfinishedJobsUsing(ctx.db, id)
  if (jobs > 0) throw new DomainError('conflict', `${jobs} unfinished job(s) use template "${id}"; finish or delete them first`, 'id')
  deleteTemplateRow(ctx.db, id)
  syncUserTemplates(ctx)
}

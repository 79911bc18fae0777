// Text-to-image templates for "Start from text": the user's own graph (SDXL, Flux, ...) with its
// prompt, seed, size and image output found by the same link-following as video templates.
import type { ImageTemplate, ImageTemplateBody } from '../contract'
import { DomainError } from '../contract'
import { deleteImageTemplate, listImageTemplates, saveImageTemplate } from '../db/startImageStore'
import { detectImageRoles, parseGraph, WorkflowError } from '../workflows'
import { now } from './clock'
import type { EngineContext } from './jobCommands'

export function listImageTemplatesOf(ctx: EngineContext): ImageTemplate[] {
  return listImageTemplates(ctx.db)
}

/** Detects the roles and keeps the template; a graph that is not text to image is refused with every reason. */
export function importImageTemplate(ctx: EngineContext, body: ImageTemplateBody): ImageTemplate {
  let graph
  try {
    graph = parseGraph(body.prompt)
  } catch (err) {
    if (err instanceof WorkflowError) throw new DomainError('bad_request', err.message, err.field)
    throw err
  }
  const detection = detectImageRoles(graph)
  if (!detection.roles) throw new DomainError('bad_request', `prompt: ${detection.problems.join('; ')}`, 'prompt', detection)
  const slug = body.name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 40) || 'image'
  const taken = new Set(listImageTemplates(ctx.db).map((t) => t.id))
  let id = `img_${slug}`
  for (let n = 2; taken.has(id); n++) id = `img_${slug}_${n}`
  const template: ImageTemplate = { id, name: body.name, roles: detection.roles, found: detection.found, prompt: graph, created_at: now() }
  saveImageTemplate(ctx.db, template)
  return template
}

export function removeImageTemplate(ctx: EngineContext, id: string): void {
  if (!deleteImageTemplate(ctx.db, id)) throw new DomainError('not_found', `no text-to-image template "${id}"`, 'id')
}

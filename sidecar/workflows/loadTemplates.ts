// Reads every workflows/*.json template, validated, and checks their cross-references.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseTemplate, type Template } from './template'
import { WorkflowError } from './workflowError'

export function loadTemplates(dir: string): Template[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
  const templates = files.map((file) => {
    let json: unknown
    try {
      json = JSON.parse(readFileSync(join(dir, file), 'utf8'))
    } catch (err) {
      throw new WorkflowError('invalid_template', `${file}: not valid JSON (${(err as Error).message})`)
    }
    const template = parseTemplate(json, file)
    if (`${template.id}.json` !== file) {
      throw new WorkflowError('invalid_template', `${file}: id "${template.id}" must match the file name`, 'id')
    }
    return template
  })
  for (const t of templates) {
    if (t.t2v_first === null) continue
    const first = templates.find((other) => other.id === t.t2v_first)
    if (!first) throw new WorkflowError('invalid_template', `${t.id}.json: t2v_first: no template "${t.t2v_first}"`, 't2v_first')
    if (first.kind !== 't2v' || first.family !== t.family) {
      throw new WorkflowError('invalid_template', `${t.id}.json: t2v_first: "${first.id}" must be a ${t.family} t2v template`, 't2v_first')
    }
  }
  return templates
}

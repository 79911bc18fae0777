// Request validation as Hono middleware: zod parses the JSON body, the query or the path parameters,
// the first issue becomes a 400 naming the field, and Hono's types (so the typed client) see both the
// shape a caller sends and the parsed value a handler reads with c.req.valid(...).
import type { Env, MiddlewareHandler } from 'hono'
import type { Context } from 'hono'
import { z } from 'zod'
import { DomainError } from '../contract'

// The contract is built with zod/mini (small in the panel), which leaves messages to a locale: the
// sidecar's 4xx answers read in English whatever else was imported first.
z.config(z.locales.en())

/** What a validator checks: tests that walk every route (Sidecar.routes) generate requests from it. */
export interface RouteValidation {
  target: 'json' | 'query' | 'param'
  schema: z.core.$ZodType
  required?: boolean
}
export const routeValidations = new WeakMap<object, RouteValidation>()

function registered<H extends object>(handler: H, validation: RouteValidation): H {
  routeValidations.set(handler, validation)
  return handler
}

/** Parses with zod; the first issue becomes a 400 naming the field (prefixed by where it came from). */
export function parse<T extends z.core.$ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const r = z.safeParse(schema, value)
  if (r.success) return r.data
  const issue = r.error.issues[0]
  const field = [where, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.')
  // A body that is not even an object has no path: name the body itself.
  const name = field || where || 'body'
  throw new DomainError('bad_request', `${name}: ${issue?.message ?? 'invalid'}`, name, r.error.issues)
}

/**
 * The JSON body, whatever the Content-Type says; an empty one reads as {} (commands without options)
 * unless `required` (updates).
 */
export async function jsonBody(c: Context, required = false): Promise<unknown> {
  const text = await c.req.text()
  if (text.trim() === '') {
    if (required) throw new DomainError('bad_request', 'body: send a JSON object with the fields to change', 'body')
    return {}
  }
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new DomainError('bad_request', 'the request body is not valid JSON', 'body')
  }
}

/** What a caller may put in a query string: numbers are sent as their text. */
type QueryValues<I> = { [K in keyof I]: unknown extends I[K] ? string | number : I[K] extends string | undefined ? I[K] : string | number }
/** Path parameters are text: the typed client drops a falsy one (a number 0) from the URL. */
type ParamValues<I> = { [K in keyof I]: string }

type Validated<Target extends 'json' | 'query' | 'param' | 'form', In, Out> = { in: { [K in Target]: In }; out: { [K in Target]: Out } }

/**
 * The body a caller sends: an empty body reads as {}, so a body whose fields are all optional may be
 * left out, unless the route requires one (updates).
 */
type JsonIn<In, Required extends boolean> = Required extends true ? { json: In } : Record<string, never> extends In ? { json?: In } : { json: In }

/** Validates the JSON body; without `required` an empty body stands for {}. */
export function json<T extends z.core.$ZodType, Required extends boolean = false, E extends Env = Env, P extends string = string>(
  schema: T,
  options: { required?: Required } = {}
): MiddlewareHandler<E, P, { in: JsonIn<z.input<T>, Required>; out: { json: z.output<T> } }> {
  return registered(
    async (c, next) => {
      c.req.addValidatedData('json', parse(schema, await jsonBody(c, options.required ?? false), '') as object)
      await next()
    },
    { target: 'json', schema, required: options.required ?? false }
  )
}

/** Query and path parameters arrive as text records; one validator serves both. */
function textRecord<Target extends 'query' | 'param'>(target: Target, read: (c: Context) => Record<string, string>) {
  return <T extends z.core.$ZodType>(schema: T): MiddlewareHandler => {
    return registered(
      async (c, next) => {
        c.req.addValidatedData(target, parse(schema, read(c), '') as object)
        await next()
      },
      { target, schema }
    )
  }
}
const queryValidator = textRecord('query', (c) => c.req.query())
const paramValidator = textRecord('param', (c) => c.req.param())

/** Validates the query string (the first value of a repeated key, as c.req.query() gives it). */
export function query<T extends z.core.$ZodType, E extends Env = Env, P extends string = string>(
  schema: T
): MiddlewareHandler<E, P, Validated<'query', QueryValues<z.input<T>>, z.output<T>>> {
  return queryValidator(schema)
}

/** Validates the path parameters (ids are digits only, turned into numbers by the schema). */
export function param<T extends z.core.$ZodType, E extends Env = Env, P extends string = string>(
  schema: T
): MiddlewareHandler<E, P, Validated<'param', ParamValues<z.input<T>>, z.output<T>>> {
  return paramValidator(schema)
}

/**
 * A multipart upload with one file part `name`: a body announced larger than `maxBytes` is refused
 * before it is read (the file's own size is checked again by the domain function).
 */
export function filePart<Name extends string, E extends Env = Env, P extends string = string>(
  name: Name,
  maxBytes: () => number,
  tooLarge: () => DomainError
): MiddlewareHandler<E, P, Validated<'form', { [K in Name]: File }, { [K in Name]: File }>> {
  return async (c, next) => {
    // Multipart framing adds a little to the file's size.
    if (Number(c.req.header('content-length') ?? '0') > maxBytes() + 64 * 1024) throw tooLarge()
    let form: Record<string, unknown>
    try {
      form = await c.req.parseBody()
    } catch {
      throw new DomainError('bad_request', `${name}: send multipart/form-data with an "${name}" file`, name)
    }
    const file = form[name]
    if (!(file instanceof File)) throw new DomainError('bad_request', `${name}: missing file part "${name}"`, name)
    c.req.addValidatedData('form', { [name]: file })
    await next()
  }
}

// The app type carries every route with what it takes and answers, so a client derived from it
// (hc<AppType>, as the panel builds one) is typed end to end. The type assertions are checked by
// `npm run typecheck`; the requests below check the derived client against a running sidecar.
import { hc } from 'hono/client'
import type { InferRequestType, InferResponseType } from 'hono/client'
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest'
import type { JobListItem, JobWithSegments, NewTakesAnswer, Preset, QueueStatus, Settings } from '../contract'
import { smallJob, startWorld } from '../testing/testWorld'
import type { World } from '../testing/testWorld'
import type { AppType } from './app'

type Client = ReturnType<typeof hc<AppType>>
type Api = Client['api']
/** Whether a request may leave out `key`. */
type MayOmit<T, K extends keyof T> = Partial<Pick<T, K>> extends Pick<T, K> ? true : false

describe('the app type', () => {
  it('types the answers of routes from the domain functions they call', () => {
    expectTypeOf<InferResponseType<Api['jobs'][':id']['$get']>>().toEqualTypeOf<JobWithSegments>()
    expectTypeOf<InferResponseType<Api['jobs']['$get']>>().toEqualTypeOf<{ jobs: JobListItem[]; total: number }>()
    expectTypeOf<InferResponseType<Api['presets']['$get']>>().toEqualTypeOf<{ presets: Preset[] }>()
    expectTypeOf<InferResponseType<Api['queue']['stop']['$post']>>().toEqualTypeOf<QueueStatus>()
    expectTypeOf<InferResponseType<Api['settings']['$get']>>().toEqualTypeOf<Settings>()
    expectTypeOf<InferResponseType<Api['jobs'][':id']['segments'][':idx']['takes']['$post'], 201>>().toEqualTypeOf<NewTakesAnswer>()
  })

  it('types what a request sends: path parameters as text, the body and the query from the zod schemas', () => {
    type Create = InferRequestType<Api['jobs']['$post']>
    expectTypeOf<Create['json']['name']>().toEqualTypeOf<string>()
    expectTypeOf<Create['json']['input_image']>().toEqualTypeOf<string | null>()
    expectTypeOf<InferRequestType<Api['jobs'][':id']['finalize']['$post']>['param']>().toEqualTypeOf<{ id: string }>()
    expectTypeOf<InferRequestType<Api['jobs']['$get']>['query']['limit']>().toEqualTypeOf<string | number | undefined>()
    expectTypeOf<InferRequestType<Api['gallery']['$get']>['query']['filter']>().toEqualTypeOf<
      'all' | 'images' | 'videos' | 'favourites' | 'long_videos' | 'hidden' | undefined
    >()
    // An empty body reads as {}: a body whose fields are all optional may be left out, unless the route is an update.
    expectTypeOf<MayOmit<InferRequestType<Api['jobs'][':id']['finalize']['$post']>, 'json'>>().toEqualTypeOf<true>()
    expectTypeOf<MayOmit<Create, 'json'>>().toEqualTypeOf<false>()
    expectTypeOf<MayOmit<InferRequestType<Api['settings']['$put']>, 'json'>>().toEqualTypeOf<false>()
    // A route that does not exist is a type error, not a 404 at run time.
    // @ts-expect-error no such route
    expectTypeOf<Api['jobs'][':id']['finalise']>().not.toBeNever()
  })
})

describe('a client derived from the app type', () => {
  let world: World
  beforeAll(async () => {
    world = await startWorld()
  })
  afterAll(async () => {
    await world.close()
  })

  it('creates a job, reads it back and gets a typed 4xx naming the field', async () => {
    const api = hc<AppType>(world.sidecar.url, { headers: world.sidecar.authHeaders }).api
    const created = await api.jobs.$post({ json: { ...smallJob(), name: 'typed', input_image: 'start.png', prompt: 'a walk', start: false } })
    expect(created.status).toBe(201)
    const job = await created.json()
    const read = await api.jobs[':id'].$get({ param: { id: String(job.id) } })
    expect((await read.json()).segments).toHaveLength(1)
    const list = await api.jobs.$get({ query: { limit: 5 } })
    expect((await list.json()).jobs.map((j) => j.id)).toContain(job.id)
    const bad = await api.jobs[':id'].$get({ param: { id: '01' } })
    expect(bad.status).toBe(400)
    expect(await bad.json()).toMatchObject({ error: { code: 'bad_request', field: 'id' } })
  })

  it('has a no-op route that answers 204 and nothing else (the benchmark anchor)', async () => {
    const api = hc<AppType>(world.sidecar.url, { headers: world.sidecar.authHeaders }).api
    const ping = await api.ping.$get()
    expect([ping.status, await ping.text()]).toEqual([204, ''])
  })
})

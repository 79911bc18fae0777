import { beforeEach, describe, expect, it } from 'vitest'
import { installFakeHost } from '../testing/fakeHost'
import type { FakeHost } from '../testing/fakeHost'
import { useAsyncAction } from './useAsyncAction'
import { SidecarError } from './useSidecarApi'

let host: FakeHost

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined
  let reject: (e: unknown) => void = () => undefined
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('useAsyncAction', () => {
  beforeEach(() => {
    host = installFakeHost()
  })

  it('names the action under way and gives back its result', async () => {
    const { busy, run } = useAsyncAction<'save'>()
    const answer = deferred<number>()
    const running = run('save', () => answer.promise)
    expect(busy.value).toBe('save')
    answer.resolve(7)
    expect(await running).toBe(7)
    expect(busy.value).toBeNull()
  })

  it('toasts a failure under the given title instead of throwing', async () => {
    const { busy, error, run } = useAsyncAction()
    const result = await run('retry', () => Promise.reject(new SidecarError(409, 'conflict', 'job 3 is running', 'status')), { failure: 'Could not retry' })
    expect(result).toBeUndefined()
    expect(host.toasts).toMatchObject([{ severity: 'error', summary: 'Could not retry', detail: 'job 3 is running' }])
    expect(error.value).toBeNull()
    expect(busy.value).toBeNull()
  })

  it('keeps a failure without a toast title for the form, with the field the sidecar named, until the next run', async () => {
    const { error, field, run } = useAsyncAction()
    await run('create', () => Promise.reject(new SidecarError(400, 'bad_request', 'input_image: not an image', 'input_image')))
    expect([error.value, field.value]).toEqual(['input_image: not an image', 'input_image'])
    expect(host.toasts).toHaveLength(0)
    await run('create', () => Promise.reject(new Error('offline')))
    expect([error.value, field.value]).toEqual(['offline', null])
    await run('create', async () => 'ok')
    expect([error.value, field.value]).toEqual([null, null])
  })

  it('leaves the indicator of an action started meanwhile alone', async () => {
    const { busy, run } = useAsyncAction<'cancel' | 'delete'>()
    const cancel = deferred<void>()
    const del = deferred<void>()
    const cancelling = run('cancel', () => cancel.promise)
    const deleting = run('delete', () => del.promise)
    cancel.resolve()
    await cancelling
    expect(busy.value).toBe('delete')
    del.resolve()
    await deleting
    expect(busy.value).toBeNull()
  })
})

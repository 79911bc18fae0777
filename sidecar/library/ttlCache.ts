// A value loaded on demand and kept for a short time, so the panel's repeated calls stay fast while
// changes on the ComfyUI side still show up within `ttlMs`. Concurrent callers share one load.
export class TtlCache<T> {
  private value: { at: number; data: T } | null = null
  private loading: Promise<T> | null = null

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now
  ) {}

  async get(load: () => Promise<T>, refresh = false): Promise<T> {
    if (!refresh && this.value && this.now() - this.value.at < this.ttlMs) return this.value.data
    if (this.loading && !refresh) return this.loading
    const loading = load().then(
      (data) => {
        this.value = { at: this.now(), data }
        if (this.loading === loading) this.loading = null
        return data
      },
      (err: unknown) => {
        if (this.loading === loading) this.loading = null
        throw err
      }
    )
    this.loading = loading
    return loading
  }

  clear(): void {
    this.value = null
  }
}

// Prepared statements kept per database connection.
import type { Db } from './database'

const caches = new WeakMap<Db, Pick<Db, 'prepare'>>()

/**
 * The database with its prepared statements kept: every engine event loads and saves a whole job
 * (dozens of statements), and preparing each one again cost more than running it.
 */
export function statements(db: Db): Pick<Db, 'prepare'> {
  let cache = caches.get(db)
  if (!cache) {
    const bySql = new Map<string, ReturnType<Db['prepare']>>()
    const prepare = (sql: string) => {
      let s = bySql.get(sql)
      if (!s) {
        s = db.prepare(sql)
        bySql.set(sql, s)
      }
      return s
    }
    cache = { prepare: prepare as Db['prepare'] }
    caches.set(db, cache)
  }
  return cache
}

// Test support: node:sqlite's DatabaseSync API on top of better-sqlite3, so the node:sqlite adapter
// runs the database tests on Node.js versions without node:sqlite. It reproduces what differs:
// rows without a prototype, all()/get() allowed on statements that return nothing, named values the
// statement does not use refused ("Unknown named parameter"), no pragma() and no transaction() helper.
import Database from 'better-sqlite3'
import type { NodeSqliteDatabase, NodeSqliteModule, NodeSqliteStatement, RunResult } from './database'

function bare(row: unknown): unknown {
  return row && typeof row === 'object' ? Object.assign(Object.create(null) as object, row) : row
}

class DatabaseSync implements NodeSqliteDatabase {
  private readonly db: Database.Database

  constructor(file: string) {
    this.db = new Database(file)
  }

  prepare(sql: string): NodeSqliteStatement {
    const s = this.db.prepare(sql)
    const used = new Set([...sql.replace(/'(?:[^']|'')*'/g, "''").matchAll(/[@:$](\w+)/g)].map((m) => m[1]))
    const check = (params: unknown[]): unknown[] => {
      const first = params[0]
      if (first && typeof first === 'object' && !Array.isArray(first) && !ArrayBuffer.isView(first)) {
        for (const key of Object.keys(first)) if (!used.has(key)) throw new Error(`Unknown named parameter '${key}'`)
      }
      return params
    }
    return {
      run: (...params: unknown[]): RunResult => s.run(...check(params)),
      get: (...params: unknown[]) => (s.reader ? bare(s.get(...check(params))) : (s.run(...check(params)), undefined)),
      all: (...params: unknown[]) => (s.reader ? s.all(...check(params)).map(bare) : (s.run(...check(params)), [])),
    }
  }

  exec(sql: string): void {
    this.db.exec(sql)
  }

  close(): void {
    this.db.close()
  }
}

export const fakeNodeSqlite: NodeSqliteModule = { DatabaseSync }

// The write seam: observers hear a transaction's changes once, after its outermost commit, and
// never the changes of a part that rolled back.
import Database from 'better-sqlite3-multiple-ciphers'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/main/db/connection'
import { WriteSeam, type RowChange } from '../../../src/main/db/write-seam'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir()

function setup() {
  const db = openDatabase(join(tempDir(), 'seam.db'))
  db.exec('CREATE TABLE notes (id TEXT PRIMARY KEY) STRICT')
  const seam = new WriteSeam(db)
  const heard: (readonly RowChange[])[] = []
  seam.observe((batch) => heard.push(batch))
  const add = (id: string) =>
    seam.write((record) => {
      db.prepare('INSERT INTO notes (id) VALUES (?)').run(id)
      record({ table: 'notes', id, op: 'insert' })
    })
  return { db, seam, heard, add }
}

describe('the write seam', () => {
  it('keeps a nested part that failed out of the batch and out of the file', () => {
    const { db, seam, heard, add } = setup()
    seam.write(() => {
      add('a')
      try {
        seam.write(() => {
          add('b')
          throw new Error('refused')
        })
      } catch {
        // The caller carries on without b.
      }
      add('c')
    })
    expect(heard).toEqual([
      [
        { table: 'notes', id: 'a', op: 'insert' },
        { table: 'notes', id: 'c', op: 'insert' },
      ],
    ])
    expect(db.prepare('SELECT id FROM notes ORDER BY id').pluck().all()).toEqual(['a', 'c'])
    db.close()
  })

  it('stops telling an observer once it has stopped observing', () => {
    const { db, seam, add } = setup()
    const late: RowChange[] = []
    const stop = seam.observe((batch) => late.push(...batch))
    add('a')
    stop()
    add('b')
    expect(late.map((c) => c.id)).toEqual(['a'])
    db.close()
  })

  it("holds the write lock from the start, so another connection's commit cannot fail a save that read first", () => {
    const { db, seam } = setup()
    // Team sync writes the same file from its own connection (docs/desktop-sync.md).
    const other = new Database(db.name)
    other.pragma('busy_timeout = 0')
    seam.write((record) => {
      db.prepare('SELECT count(*) FROM notes').get()
      expect(() => other.prepare("INSERT INTO notes (id) VALUES ('from-sync')").run()).toThrow(/locked|busy/i)
      db.prepare("INSERT INTO notes (id) VALUES ('saved')").run()
      record({ table: 'notes', id: 'saved', op: 'insert' })
    })
    other.prepare("INSERT INTO notes (id) VALUES ('from-sync')").run()
    expect(db.prepare('SELECT id FROM notes ORDER BY id').pluck().all()).toEqual(['from-sync', 'saved'])
    other.close()
    db.close()
  })
})

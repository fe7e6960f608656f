import Database from 'better-sqlite3-multiple-ciphers'
import { randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { checkOffThread, copyOffThread } from '../../../src/main/db/check-off-thread'
import { openDatabaseFile } from '../../../src/main/db/cipher'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir()

it('answers ok for a sound file and names the damage in a broken one, from a worker thread', async () => {
  const file = join(tempDir(), 'copy.db')
  const db = new Database(file)
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)')
  const insert = db.prepare('INSERT INTO notes (text) VALUES (?)')
  db.transaction(() => {
    for (let i = 0; i < 2000; i++) insert.run(`第${i}条：${'客户问发货时间'.repeat(10)}`)
  })()
  db.close()
  expect(await checkOffThread(file)).toEqual({ result: 'ok', ranIn: 'worker' })
  const bytes = readFileSync(file)
  const pageSize = bytes.readUInt16BE(16)
  randomBytes(pageSize - 8).copy(bytes, 3 * pageSize + 8)
  writeFileSync(file, bytes)
  const damaged = await checkOffThread(file)
  expect(damaged.ranIn).toBe('worker')
  expect(damaged.result).not.toBe('ok')
  expect((await checkOffThread(file, 'integrity_check(20)')).result).not.toBe('ok')
})

it('checks and copies an encrypted file in the worker with its key; the copy stays encrypted', async () => {
  const dir = tempDir()
  const file = join(dir, 'live.db')
  const key = randomBytes(32).toString('hex')
  const db = openDatabaseFile(file, key)
  db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL); INSERT INTO notes (text) VALUES ('顾客电话 13900001111')")
  db.close()
  expect(await checkOffThread(file, 'quick_check', key)).toEqual({ result: 'ok', ranIn: 'worker' })
  expect((await checkOffThread(file, 'quick_check', randomBytes(32).toString('hex'))).result).toBe('SQLITE_NOTADB')
  const copy = join(dir, 'copy.db')
  expect(await copyOffThread(file, copy, key)).toBe('worker')
  expect(readFileSync(copy).includes(Buffer.from('13900001111'))).toBe(false)
  const reader = openDatabaseFile(copy, key, { readonly: true })
  expect(reader.prepare('SELECT text FROM notes').pluck().get()).toBe('顾客电话 13900001111')
  reader.close()
})

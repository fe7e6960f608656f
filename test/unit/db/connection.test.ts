import { join } from 'node:path'
import { expect, it } from 'vitest'
import { openDatabase } from '../../../src/main/db/connection'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir()

it('opens with WAL, synchronous=FULL, foreign keys and a busy timeout so saves survive a power cut', () => {
  const db = openDatabase(join(tempDir(), 'pragmas.db'))
  expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
  expect(db.pragma('synchronous', { simple: true })).toBe(2)
  expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
  expect(db.pragma('busy_timeout', { simple: true })).toBe(5000)
  db.close()
})

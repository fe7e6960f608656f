// Recovery keeps working on encrypted files (issue 16, 1.1 with 3.1/3.2): a damaged encrypted
// database is set aside and the newest encrypted backup takes its place, read with the same key;
// rows the set-aside file still yields are salvaged through the key; a wrong key is never taken
// for damage (nothing is moved or replaced).
import { randomBytes } from 'node:crypto'
import { copyFileSync, existsSync, openSync, readdirSync, writeSync, closeSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/main/db/connection'
import { salvageInto } from '../../src/main/db/salvage'
import { startupErrorText } from '../../src/main/startup-messages'
import { openTestContext } from '../helpers/app-context'
import { useTempDir } from '../helpers/temp-dir'

const tempDir = useTempDir()

async function agentWithBackup(dir: string, key: string, before: number, after: number): Promise<void> {
  const ctx = openTestContext(dir, { databaseKey: key })
  const mei = ctx.services.profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' }).id
  ctx.services.session.switchTo(mei)
  for (let i = 0; i < before; i++) ctx.services.issueRegister.create({ kind: 'question', text: `备份前第${i}条：顾客问发票` })
  await ctx.services.backups.backUpNow()
  for (let i = 0; i < after; i++) ctx.services.issueRegister.create({ kind: 'question', text: `备份后第${i}条：顾客问发票` })
  ctx.close()
}

const count = (db: { prepare(sql: string): { pluck(): { get(): unknown } } }) => db.prepare('SELECT count(*) FROM register_entries').pluck().get() as number

describe('an encrypted database', () => {
  it('damaged at its first page is set aside and replaced by the newest encrypted backup, read with the key', async () => {
    const dir = tempDir()
    const key = randomBytes(32).toString('hex')
    await agentWithBackup(dir, key, 12, 3)
    const fd = openSync(join(dir, 'shiftdesk.db'), 'r+')
    writeSync(fd, randomBytes(2000), 0, 2000, 200)
    closeSync(fd)
    const ctx = openTestContext(dir, { databaseKey: key })
    expect(ctx.services.notices.list().map((n) => n.code)).toContain('database-restored')
    expect(count(ctx.services.db)).toBe(12)
    ctx.close()
    expect(readdirSync(dir).some((name) => name.startsWith('shiftdesk.db.corrupt-'))).toBe(true)
  })

  it('yields its rows to salvage through the key', async () => {
    const dir = tempDir()
    const key = randomBytes(32).toString('hex')
    await agentWithBackup(dir, key, 12, 3)
    const [backup] = readdirSync(join(dir, 'backups')).filter((n) => n.endsWith('.db'))
    const restored = join(dir, 'restored.db')
    copyFileSync(join(dir, 'backups', backup!), restored)
    const db = openDatabase(restored, key)
    expect(count(db)).toBe(12)
    const salvage = salvageInto(db, join(dir, 'shiftdesk.db'), key)
    expect(salvage.tables.register_entries).toBe(3)
    expect(count(db)).toBe(15)
    db.close()
  })

  it('opened with a wrong key is refused untouched, never treated as damage', async () => {
    const dir = tempDir()
    await agentWithBackup(dir, randomBytes(32).toString('hex'), 2, 1)
    expect(() => openTestContext(dir, { databaseKey: randomBytes(32).toString('hex') })).toThrow(expect.objectContaining({ code: 'storage-failed', params: expect.objectContaining({ reason: 'database-key-mismatch' }) }))
    expect(readdirSync(dir).filter((name) => name.includes('corrupt'))).toEqual([])
    expect(existsSync(join(dir, 'shiftdesk.db'))).toBe(true)
    const said = startupErrorText({ code: 'storage-failed', message: '', params: { reason: 'database-key-mismatch', file: 'shiftdesk.db' } }, 'zh-CN')
    expect(said.body).toContain('keyring.json')
  })
})

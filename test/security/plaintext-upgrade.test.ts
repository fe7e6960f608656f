// Existing data moves over (issue 16, 1.5): turning protection on encrypts the plaintext database
// and its backups in steps that cannot lose data. The upgrade is stopped after each step, as a
// crash would stop it, and the next start (with the key) must finish or undo it with every saved
// note present, nothing left in plaintext and no plaintext copy lying about.
import { randomBytes } from 'node:crypto'
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AppContext } from '../../src/main/app-context'
import { checkDatabaseFile, listBackups } from '../../src/main/db/backup-files'
import { encryptDataFolder, PLAINTEXT_SUFFIX, type EncryptStage } from '../../src/main/db/encrypt-upgrade'
import { openTestContext } from '../helpers/app-context'
import { useTempDir } from '../helpers/temp-dir'

const tempDir = useTempDir()
const MARKER = '顾客阿花的订单 5820019937461 地址杭州'
const NOTES = 30
const STAGES: EncryptStage[] = ['copied', 'verified', 'plaintext-moved', 'swapped', 'reverified', 'removed']

function entryCount(ctx: AppContext): number {
  return ctx.services.db.prepare('SELECT count(*) FROM register_entries').pluck().get() as number
}

/** A plaintext data folder with NOTES notes (the last few only in the write-ahead log) and a backup. */
async function plaintextFolder(): Promise<{ dir: string; file: string; backupsDir: string }> {
  const dir = tempDir()
  const ctx = openTestContext(dir)
  const mei = ctx.services.profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' }).id
  ctx.services.session.switchTo(mei)
  for (let i = 0; i < NOTES - 5; i++) ctx.services.issueRegister.create({ kind: 'question', text: `${MARKER} 第${i}条` })
  await ctx.services.backups.backUpNow()
  for (let i = NOTES - 5; i < NOTES; i++) ctx.services.issueRegister.create({ kind: 'question', text: `${MARKER} 第${i}条` })
  // The folder as a crash leaves it (copied while open), so the last notes are still only in the -wal.
  const crashed = tempDir()
  cpSync(dir, crashed, { recursive: true })
  ctx.close()
  expect(statSync(join(crashed, 'shiftdesk.db-wal')).size).toBeGreaterThan(0)
  return { dir: crashed, file: join(crashed, 'shiftdesk.db'), backupsDir: join(crashed, 'backups') }
}

function plaintextLeft(dir: string): string[] {
  const hits: string[] = []
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (readFileSync(path).includes(Buffer.from('顾客阿花', 'utf8'))) hits.push(path)
    }
  }
  walk(dir)
  return hits
}

describe('turning protection on for existing data', () => {
  it('encrypts the database, its log and every backup at the next start, with every note kept', async () => {
    const { dir, backupsDir } = await plaintextFolder()
    const key = randomBytes(32).toString('hex')
    const ctx = openTestContext(dir, { databaseKey: key })
    expect(entryCount(ctx)).toBe(NOTES)
    ctx.close()
    expect(plaintextLeft(dir)).toEqual([])
    const [backup] = listBackups(backupsDir)
    expect(checkDatabaseFile(join(backupsDir, backup!.name), null, key)).toMatchObject({ ok: true })
    expect(readdirSync(dir).filter((n) => n.includes(PLAINTEXT_SUFFIX))).toEqual([])
  })

  it.each(STAGES)('stopped after "%s" in the database, finishes or rolls back at the next start without losing a note', async (stopAt) => {
    const { dir, file, backupsDir } = await plaintextFolder()
    const key = randomBytes(32).toString('hex')
    const crash = new Error(`stopped after ${stopAt}`)
    expect(() =>
      encryptDataFolder(file, backupsDir, key, {
        afterStage: (stage, at) => {
          if (stage === stopAt && at === file) throw crash
        },
      }),
    ).toThrow(crash)
    // The database is always either the plaintext file or the verified encrypted one.
    expect(existsSync(file) || existsSync(`${file}${PLAINTEXT_SUFFIX}`)).toBe(true)
    const ctx = openTestContext(dir, { databaseKey: key })
    expect(entryCount(ctx)).toBe(NOTES)
    ctx.close()
    expect(plaintextLeft(dir)).toEqual([])
  })

  it.each(['plaintext-moved', 'swapped'] as const)('stopped after "%s" in a backup, keeps that backup and encrypts it at the next start', async (stopAt) => {
    const { dir, file, backupsDir } = await plaintextFolder()
    const key = randomBytes(32).toString('hex')
    const [backup] = listBackups(backupsDir)
    const backupFile = join(backupsDir, backup!.name)
    expect(() =>
      encryptDataFolder(file, backupsDir, key, {
        afterStage: (stage, at) => {
          if (stage === stopAt && at === backupFile) throw new Error('stopped')
        },
      }),
    ).toThrow('stopped')
    openTestContext(dir, { databaseKey: key }).close()
    expect(listBackups(backupsDir).map((b) => b.name)).toEqual([backup!.name])
    expect(checkDatabaseFile(backupFile, null, key)).toMatchObject({ ok: true, tables: expect.arrayContaining([{ table: 'register_entries', rows: NOTES - 5 }]) })
    expect(plaintextLeft(dir)).toEqual([])
  })
})

import Database from 'better-sqlite3-multiple-ciphers'
import { copyFileSync, existsSync, readdirSync, renameSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DATABASE_FILE } from '../../../src/main/app-context'
import { startBackgroundWork } from '../../../src/main/background-work'
import { LATEST_VERSION } from '../../../src/main/db/migrations'
import { dispatch } from '../../../src/main/ipc/dispatch'
import type { FakePorts } from '../../helpers/fake-ports'
import { useTempDir } from '../../helpers/temp-dir'
import { noteTexts, openAgent, writeNotes, type Agent } from './fixture'

const tempDir = useTempDir('shiftdesk-backups-')
const DAY = 24 * 60 * 60 * 1000
const quiet = () => undefined
const ports = (agent: Agent) => agent.ctx.services.ports as FakePorts

function notesIn(file: string): string[] {
  const db = new Database(file, { readonly: true })
  try {
    return (db.prepare('SELECT text FROM register_entries').pluck().all() as string[]).sort()
  } finally {
    db.close()
  }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('automatic backups', () => {
  it('are taken once per day, shortly after start, as self-contained files', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval'] })
    const dir = tempDir()
    const agent = openAgent(dir)
    writeNotes(agent, ['发什么快递'])
    const stopBackgroundWork = startBackgroundWork(agent.ctx.services)
    vi.advanceTimersByTime(5_000)
    // Serialized behind the backup the timer started: it finds today's backup and takes none.
    expect(await agent.ctx.services.backups.runDailyIfDue()).toBeNull()
    const [daily] = agent.ctx.services.backups.status().backups
    expect(daily).toMatchObject({ kind: 'auto', at: agent.clock.now() })
    const file = join(dir, 'backups', daily!.name)
    expect(notesIn(file)).toEqual(['发什么快递'])
    expect(existsSync(`${file}-wal`)).toBe(false)
    const check = new Database(file, { readonly: true })
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete')
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok')
    check.close()

    agent.clock.advance(DAY)
    expect(await agent.ctx.services.backups.runDailyIfDue()).toMatchObject({ kind: 'auto', at: agent.clock.now() })
    expect(agent.ctx.services.backups.status().backups).toHaveLength(2)
    stopBackgroundWork()
    agent.ctx.close()
  })

  it('are kept for the retention period (14 days unless changed), the newest one always kept', async () => {
    const dir = tempDir()
    const agent = openAgent(dir)
    const { backups } = agent.ctx.services
    expect(backups.status().retentionDays).toBe(14)
    for (let day = 0; day < 20; day++) {
      await backups.runDailyIfDue()
      agent.clock.advance(DAY)
    }
    const ages = backups.status().backups.map((b) => Math.round((agent.clock.now() - b.at) / DAY))
    expect(ages).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14])

    expect(backups.setRetention(3).backups.map((b) => Math.round((agent.clock.now() - b.at) / DAY))).toEqual([1, 2])
    agent.clock.advance(30 * DAY)
    backups.prune()
    expect(backups.status().backups).toHaveLength(1)
    agent.ctx.close()

    // The setting lives outside the database and survives a restart.
    const reopened = openAgent(dir)
    expect(reopened.ctx.services.backups.status().retentionDays).toBe(3)
    reopened.ctx.close()
  })

  it('tell the agent when the backup could not be written', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'backups'), 'a file where the backups folder should be')
    const agent = openAgent(dir)
    expect(await agent.ctx.services.backups.runDailyIfDue()).toBeNull()
    expect(agent.ctx.services.notices.list()).toEqual([expect.objectContaining({ level: 'warning', code: 'backup-failed' })])
    agent.ctx.close()
  })

  it('leave no half-written file behind when a copy is interrupted, and the next start clears it', async () => {
    const dir = tempDir()
    const agent = openAgent(dir)
    const done = await agent.ctx.services.backups.backUpNow()
    agent.ctx.close()
    copyFileSync(join(dir, 'backups', done.name), join(dir, 'backups', 'shiftdesk-2026-11-23T00-00-00.000Z-auto.db.partial'))
    const reopened = openAgent(dir)
    expect(readdirSync(join(dir, 'backups'))).toEqual([done.name])
    expect(reopened.ctx.services.backups.status().backups.map((b) => b.name)).toEqual([done.name])
    reopened.ctx.close()
  })
})

describe('back up now', () => {
  it('copies the database as it is at that moment, over IPC', async () => {
    const agent = openAgent(tempDir())
    writeNotes(agent, ['七天无理由退换'])
    const answer = await dispatch(agent.ctx.handlers, 'backups:backUpNow', {}, quiet)
    expect(answer).toMatchObject({ ok: true, value: { kind: 'manual' } })
    writeNotes(agent, ['备份之后'])
    const status = agent.ctx.services.backups.status()
    expect(status.lastBackupAt).toBe(agent.clock.now())
    expect(notesIn(join(status.folder, status.backups[0]!.name))).toEqual(['七天无理由退换'])
    agent.ctx.close()
  })
})

describe('restoring', () => {
  it('shows what a listed backup holds, then swaps it in at restart after saving the current state as a backup', async () => {
    const dir = tempDir()
    const agent = openAgent(dir)
    writeNotes(agent, ['少发一件', '换尺码'])
    const backup = await agent.ctx.services.backups.backUpNow()
    agent.clock.advance(3_600_000)
    writeNotes(agent, ['备份之后写的'])

    const summary = await dispatch(agent.ctx.handlers, 'backups:inspect', { name: backup.name }, quiet)
    expect(summary).toMatchObject({ ok: true, value: { source: 'backup', takenAt: backup.at, version: LATEST_VERSION } })
    const tables = Object.fromEntries((summary as { value: { tables: { table: string; rows: number }[] } }).value.tables.map((t) => [t.table, t.rows]))
    expect(tables).toMatchObject({ profiles: 1, register_entries: 2 })

    expect(await dispatch(agent.ctx.handlers, 'backups:restore', { name: backup.name }, quiet)).toEqual({ ok: true, value: { restarting: true } })
    expect(ports(agent).lifecycle.restarts).toBe(1)
    // Until the restart, the running app keeps its own database.
    expect(noteTexts(agent)).toEqual(['备份之后写的', '少发一件', '换尺码'].sort())
    agent.ctx.close()

    const restarted = openAgent(dir)
    expect(noteTexts(restarted)).toEqual(['少发一件', '换尺码'].sort())
    const before = restarted.ctx.services.backups.status().backups.find((b) => b.kind === 'before-restore')!
    expect(notesIn(join(dir, 'backups', before.name))).toEqual(['备份之后写的', '少发一件', '换尺码'].sort())
    expect(restarted.ctx.services.notices.list()).toEqual([expect.objectContaining({ level: 'info', code: 'backup-restored', params: { backup: join(dir, 'backups', backup.name), previous: join(dir, 'backups', before.name) } })])
    expect(restarted.ctx.services.db.pragma('integrity_check', { simple: true })).toBe('ok')

    // The restore can itself be undone from the backup it made.
    await restarted.ctx.services.backups.restore({ name: before.name })
    restarted.ctx.close()
    const undone = openAgent(dir)
    expect(noteTexts(undone)).toEqual(['备份之后写的', '少发一件', '换尺码'].sort())
    undone.ctx.close()
  })

  it('restores a file the agent picks (e.g. from a USB stick) after showing its date and counts', async () => {
    const dir = tempDir()
    const agent = openAgent(dir)
    writeNotes(agent, ['U盘里的记录'])
    const backup = await agent.ctx.services.backups.backUpNow()
    const usb = tempDir()
    const picked = join(usb, '小美的备份.db')
    copyFileSync(join(dir, 'backups', backup.name), picked)
    writeNotes(agent, ['本机新写的'])

    expect(await dispatch(agent.ctx.handlers, 'backups:restore', { chosenFile: true }, quiet)).toMatchObject({ ok: false, error: { code: 'not-found' } })
    ports(agent).dialog.openPath = null
    expect(await dispatch(agent.ctx.handlers, 'backups:chooseFile', {}, quiet)).toEqual({ ok: true, value: null })
    ports(agent).dialog.openPath = picked
    const chosen = await dispatch(agent.ctx.handlers, 'backups:chooseFile', {}, quiet)
    expect(chosen).toMatchObject({ ok: true, value: { source: 'file', file: picked, tables: expect.arrayContaining([{ table: 'register_entries', rows: 1 }]) } })
    expect(await dispatch(agent.ctx.handlers, 'backups:restore', { chosenFile: true }, quiet)).toMatchObject({ ok: true })
    agent.ctx.close()

    const restarted = openAgent(dir)
    expect(noteTexts(restarted)).toEqual(['U盘里的记录'])
    restarted.ctx.close()
  })

  it('refuses files it cannot restore, saying why, and changes nothing', async () => {
    const dir = tempDir()
    const agent = openAgent(dir)
    writeNotes(agent, ['不能丢的记录'])
    const other = tempDir()
    const text = join(other, 'notes.txt')
    writeFileSync(text, '这不是备份文件')
    const foreign = join(other, 'foreign.db')
    new Database(foreign).exec('CREATE TABLE t (x)').close()
    const newer = join(other, 'newer.db')
    const newerDb = new Database(newer)
    newerDb.exec('CREATE TABLE profiles (id TEXT)')
    newerDb.pragma(`user_version = ${LATEST_VERSION + 1}`)
    newerDb.close()
    const cut = join(other, 'cut.db')
    copyFileSync(join(dir, 'backups', (await agent.ctx.services.backups.backUpNow()).name), cut)
    truncateSync(cut, 8192)

    const reasons: Record<string, unknown> = {}
    for (const [label, file] of Object.entries({ text, foreign, newer, cut })) {
      ports(agent).dialog.openPath = file
      const answer = await dispatch(agent.ctx.handlers, 'backups:chooseFile', {}, quiet)
      reasons[label] = answer.ok ? 'accepted' : answer.error.params?.reason
    }
    expect(reasons).toEqual({ text: 'not-a-database', foreign: 'not-shiftdesk', newer: 'backup-too-new', cut: 'damaged' })
    expect(await dispatch(agent.ctx.handlers, 'backups:restore', { chosenFile: true }, quiet)).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await dispatch(agent.ctx.handlers, 'backups:inspect', { name: 'shiftdesk-2020-01-01T00-00-00.000Z-auto.db' }, quiet)).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await dispatch(agent.ctx.handlers, 'backups:inspect', { name: '../shiftdesk.db' }, quiet)).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(ports(agent).lifecycle.restarts).toBe(0)
    expect(existsSync(join(dir, `${DATABASE_FILE}.restore-pending`))).toBe(false)
    agent.ctx.close()
  })

  it('finishes a swap that a power cut interrupted, and ignores a staged copy that was never completed', async () => {
    const dir = tempDir()
    const agent = openAgent(dir)
    writeNotes(agent, ['备份里的'])
    const backup = await agent.ctx.services.backups.backUpNow()
    writeNotes(agent, ['当前的'])
    await agent.ctx.services.backups.restore({ name: backup.name })
    agent.ctx.close()
    // Power cut right after the current database was moved to backups, before the swap.
    renameSync(join(dir, DATABASE_FILE), join(dir, 'backups', 'shiftdesk-2026-11-22T02-30-00.000Z-before-restore.db'))
    const restarted = openAgent(dir)
    expect(noteTexts(restarted)).toEqual(['备份里的'])
    restarted.ctx.close()

    // A staging copy cut short never replaces the database.
    copyFileSync(join(dir, 'backups', backup.name), join(dir, `${DATABASE_FILE}.restore-pending.partial`))
    const again = openAgent(dir)
    writeNotes(again, ['之后写的'])
    again.ctx.close()
    const last = openAgent(dir)
    expect(noteTexts(last)).toEqual(['之后写的', '备份里的'].sort())
    expect(existsSync(join(dir, `${DATABASE_FILE}.restore-pending.partial`))).toBe(false)
    last.ctx.close()
  })
})

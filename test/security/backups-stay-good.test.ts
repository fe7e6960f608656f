// Damage deep inside a notebook table is not noticed at start (only the newest pages are probed),
// and a daily backup would copy it. Backups are checked before they count, and pruning never
// removes the newest one that is still good.
import { randomBytes } from 'node:crypto'
import { copyFileSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATABASE_FILE } from '../../src/main/app-context'
import type { FakePorts } from '../helpers/fake-ports'
import { garbleLeafPage } from '../helpers/sqlite-files'
import { useTempDir } from '../helpers/temp-dir'
import { openAgent, writeNotes } from '../unit/reliability/fixture'

const tempDir = useTempDir()
const DAY = 24 * 60 * 60 * 1000

const many = Array.from({ length: 400 }, (_, i) => `第${i}位客户：${'问什么时候发货'.repeat(20)}`)

describe('backups that stay good', () => {
  it('refuses to keep a copy of a database damaged deep inside, tells the agent, and keeps the earlier backups', async () => {
    const dir = tempDir()
    const agent = openAgent(dir)
    writeNotes(agent, many)
    const good = await agent.ctx.services.backups.backUpNow()
    agent.ctx.close()
    const file = join(dir, DATABASE_FILE)
    garbleLeafPage(file, 'register_entries', 'left', 8)

    const reopened = openAgent(dir)
    // Start-up did not notice: the damaged file is still the live one.
    expect(reopened.ctx.services.notices.list().map((n) => n.code)).not.toContain('database-restored')
    reopened.clock.advance(DAY)
    await expect(reopened.ctx.services.backups.backUpNow()).rejects.toMatchObject({ code: 'storage-failed', params: { reason: 'backup-check-failed' } })
    expect(reopened.ctx.services.notices.list().map((n) => n.code)).toContain('database-check-failed')
    expect(reopened.ctx.services.backups.status().backups.map((b) => b.name)).toEqual([good.name])
    reopened.ctx.close()
  })

  it('never prunes the newest backup that passes the check, however old', async () => {
    const dir = tempDir()
    const agent = openAgent(dir)
    writeNotes(agent, ['第一天的记录'])
    const good = await agent.ctx.services.backups.backUpNow()
    const later: string[] = []
    for (let day = 1; day <= 3; day++) {
      agent.clock.advance(DAY)
      writeNotes(agent, [`第${day + 1}天的记录`])
      later.push((await agent.ctx.services.backups.backUpNow()).name)
    }
    // The later copies went bad on disk (as copies of a damaged file once did).
    for (const name of later) truncateSync(join(dir, 'backups', name), 4096)
    agent.clock.advance(10 * DAY)
    agent.ctx.services.backups.setRetention(1)
    const left = agent.ctx.services.backups.status().backups.map((b) => b.name)
    expect(left).toContain(good.name)
    expect(left).toContain(later.at(-1))
    expect(left).toHaveLength(2)
    agent.ctx.close()
  })
})

describe('salvage after a damaged database was replaced by its backup', () => {
  it('adds back the rows written after the backup that the damaged file still yields, searchable, and says how many', async () => {
    const dir = tempDir()
    const agent = openAgent(dir)
    writeNotes(agent, ['备份里就有的一条'])
    await agent.ctx.services.backups.backUpNow()
    agent.clock.advance(60_000)
    const after = Array.from({ length: 30 }, (_, i) => `备份之后确认保存的第${i}条`)
    writeNotes(agent, after)
    agent.ctx.close()
    // Page 2 holds part of the schema's tables: start-up cannot read the file and swaps in the backup.
    const file = join(dir, DATABASE_FILE)
    const bytes = readFileSync(file)
    const pageSize = bytes.readUInt16BE(16)
    randomBytes(pageSize).copy(bytes, pageSize)
    writeFileSync(file, bytes)

    const reopened = openAgent(dir)
    const codes = reopened.ctx.services.notices.list().map((n) => n.code)
    expect(codes[0]).toMatch(/^database-(restored|recreated)$/)
    const salvaged = reopened.ctx.services.notices.list().find((n) => n.code === 'database-salvaged')
    expect(salvaged?.params.count).toBeGreaterThanOrEqual(30)
    const texts = reopened.ctx.services.db.prepare('SELECT text FROM register_entries').pluck().all() as string[]
    for (const text of after) expect(texts).toContain(text)
    expect(reopened.ctx.services.searchIndex.search('确认保存').total).toBeGreaterThanOrEqual(30)
    reopened.ctx.close()
  })
})

describe('a deleted write-ahead log', () => {
  /** The folder as a power cut leaves it: database, log and shared-memory index copied while open. */
  function crashedCopy(from: string): string {
    const to = join(tempDir(), 'after-crash')
    mkdirSync(to)
    for (const suffix of ['', '-wal', '-shm']) copyFileSync(join(from, `${DATABASE_FILE}${suffix}`), join(to, `${DATABASE_FILE}${suffix}`))
    return to
  }

  it('is noticed at start when saves were still only in it, and the agent is told', () => {
    const dir = tempDir()
    const agent = openAgent(dir)
    writeNotes(agent, ['早上确认保存的一条', '中午确认保存的一条'])
    const crashed = crashedCopy(dir)
    const intact = crashedCopy(dir)
    agent.ctx.close()
    rmSync(join(crashed, `${DATABASE_FILE}-wal`))

    const lost = openAgent(crashed)
    const notice = lost.ctx.services.notices.list().find((n) => n.code === 'database-log-missing')
    expect(notice?.level).toBe('error')
    expect(notice?.params.frames).toBeGreaterThan(0)
    lost.ctx.close()

    // The same crash with the log in place loses nothing and says nothing.
    const kept = openAgent(intact)
    expect(kept.ctx.services.notices.list().map((n) => n.code)).not.toContain('database-log-missing')
    expect(kept.ctx.services.db.prepare('SELECT count(*) FROM register_entries').pluck().get()).toBe(2)
    kept.ctx.close()
  })
})

describe('the weekly full check', () => {
  it('runs once a week when the PC is idle, and tells the agent about damage start-up could not see', async () => {
    const dir = tempDir()
    const agent = openAgent(dir)
    writeNotes(agent, many)
    agent.ctx.close()
    const file = join(dir, DATABASE_FILE)
    garbleLeafPage(file, 'register_entries', 'left', 8)

    const reopened = openAgent(dir)
    const backups = reopened.ctx.services.backups
    const idle = (reopened.ctx.services.ports as FakePorts).idle
    const checkFailures = () => reopened.ctx.services.notices.list().filter((n) => n.code === 'database-check-failed').length
    idle.set(5)
    expect(await backups.runFullCheckIfDue()).toBe(false) // the agent is at the keyboard
    idle.set(600)
    expect(await backups.runFullCheckIfDue()).toBe(true)
    expect(checkFailures()).toBe(1)
    reopened.clock.advance(DAY)
    expect(await backups.runFullCheckIfDue()).toBe(false) // not due again before a week
    reopened.clock.advance(7 * DAY)
    expect(await backups.runFullCheckIfDue()).toBe(true)
    expect(checkFailures()).toBe(2)
    reopened.ctx.close()
  })

  it('finds nothing to say about a healthy database', async () => {
    const agent = openAgent(tempDir())
    writeNotes(agent, ['好好的一条'])
    ;(agent.ctx.services.ports as FakePorts).idle.set(600)
    expect(await agent.ctx.services.backups.runFullCheckIfDue()).toBe(true)
    expect(agent.ctx.services.notices.list()).toEqual([])
    agent.ctx.close()
  })
})

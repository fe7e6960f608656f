import Database from 'better-sqlite3-multiple-ciphers'
import { randomBytes } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATABASE_FILE } from '../../../src/main/app-context'
import { checkWal } from '../../../src/main/db/sqlite-file'
import { DeskError } from '../../../src/shared/contract'
import { openTestContext } from '../../helpers/app-context'
import { fileSha, garbleLeafPage, thrownBy, writeNewerDatabase } from '../../helpers/sqlite-files'
import { useTempDir } from '../../helpers/temp-dir'
import { filesLike, noteTexts, openAgent, snapshotLive, writeNotes } from './fixture'

const tempDir = useTempDir('shiftdesk-corruption-')
const STAMP = /^shiftdesk\.db\.corrupt-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z$/

/** A data folder with notes and one backup holding `backedUp`; `later` notes are written after it. */
async function folderWithBackup(backedUp: string[], later: string[] = []): Promise<string> {
  const dir = tempDir()
  const agent = openAgent(dir)
  writeNotes(agent, backedUp)
  await agent.ctx.services.backups.backUpNow()
  agent.clock.advance(60_000)
  writeNotes(agent, later)
  agent.ctx.close()
  return dir
}


function integrity(file: string): string {
  const db = new Database(file, { readonly: true })
  try {
    return db.pragma('integrity_check', { simple: true }) as string
  } finally {
    db.close()
  }
}

describe('a damaged database at start', () => {
  it('is set aside with the time in its name, a fresh database starts and the agent is told where the bad file is', () => {
    const dir = tempDir()
    const garbage = randomBytes(64 * 1024)
    writeFileSync(join(dir, DATABASE_FILE), garbage)

    const ctx = openTestContext(dir)
    const [kept] = filesLike(dir, /^shiftdesk\.db\.corrupt-/)
    expect(kept).toMatch(STAMP)
    expect(readFileSync(join(dir, kept!))).toEqual(garbage)
    expect(ctx.services.profiles.list()).toEqual([])
    expect(ctx.services.notices.list()).toEqual([expect.objectContaining({ level: 'error', code: 'database-recreated', params: { file: join(dir, kept!) } })])
    ctx.close()
    expect(integrity(join(dir, DATABASE_FILE))).toBe('ok')
  })

  it('is replaced by the latest backup when it was cut short, keeping the truncated file', async () => {
    const dir = await folderWithBackup(['退款进度怎么查', '赠品漏发了'], ['备份之后写的'])
    const file = join(dir, DATABASE_FILE)
    truncateSync(file, Math.floor(statSync(file).size / 2))
    const truncated = fileSha(file)

    const agent = openAgent(dir)
    expect(noteTexts(agent)).toEqual(['赠品漏发了', '退款进度怎么查'])
    const [kept] = filesLike(dir, /^shiftdesk\.db\.corrupt-/)
    expect(fileSha(join(dir, kept!))).toBe(truncated)
    const [backup] = agent.ctx.services.backups.status().backups
    expect(agent.ctx.services.notices.list()).toEqual([
      expect.objectContaining({ level: 'warning', code: 'database-restored', params: { file: join(dir, kept!), backup: backup!.name, backupAt: backup!.at } }),
    ])
    agent.ctx.close()
  })

  it('skips a damaged newest backup and restores the newest good one', async () => {
    const dir = tempDir()
    const agent = openAgent(dir)
    writeNotes(agent, ['第一份备份里的'])
    const good = await agent.ctx.services.backups.backUpNow()
    agent.clock.advance(60_000)
    writeNotes(agent, ['第二份备份里的'])
    const bad = await agent.ctx.services.backups.backUpNow()
    agent.ctx.close()
    const badFile = join(dir, 'backups', bad.name)
    truncateSync(badFile, 4096)
    writeFileSync(join(dir, DATABASE_FILE), 'not a database at all')

    const reopened = openAgent(dir)
    expect(noteTexts(reopened)).toEqual(['第一份备份里的'])
    expect(reopened.ctx.services.notices.list()[0]).toMatchObject({ code: 'database-restored', params: { backup: good.name } })
    reopened.ctx.close()
  })

  it('is detected when the newest page of a notebook table is garbage (the right-edge probe reads it)', async () => {
    const dir = await folderWithBackup(['只有这一条在备份里'], Array.from({ length: 400 }, (_, i) => `备份之后的第${i}条：${'客户问发货时间'.repeat(20)}`))
    const file = join(dir, DATABASE_FILE)
    garbleLeafPage(file, 'register_entries', 'right')

    const agent = openAgent(dir)
    expect(agent.ctx.services.notices.list().map((n) => n.code)).toEqual(['database-restored', 'database-salvaged'])
    // The notes on the undamaged pages are salvaged from the set-aside file; the garbage page's are lost.
    const texts = noteTexts(agent)
    expect(texts).toContain('只有这一条在备份里')
    expect(texts.length).toBeGreaterThan(1)
    expect(texts.length).toBeLessThan(401)
    agent.ctx.close()
  })

  it('starts fresh without a notice from an empty file left by a first start cut short', () => {
    const dir = tempDir()
    writeFileSync(join(dir, DATABASE_FILE), '')
    const ctx = openTestContext(dir)
    expect(ctx.services.notices.list()).toEqual([])
    expect(filesLike(dir, /corrupt/)).toEqual([])
    ctx.close()
  })

  it('treats an emptied file as lost when backups exist, and restores the latest', async () => {
    const dir = await folderWithBackup(['清空之前的记录'])
    writeFileSync(join(dir, DATABASE_FILE), '')
    const agent = openAgent(dir)
    expect(noteTexts(agent)).toEqual(['清空之前的记录'])
    expect(agent.ctx.services.notices.list().map((n) => n.code)).toEqual(['database-restored'])
    agent.ctx.close()
  })

  it('from a newer ShiftDesk is not damage: it is refused without changing a byte or moving it', () => {
    const dir = tempDir()
    const file = join(dir, DATABASE_FILE)
    writeNewerDatabase(file)
    const before = fileSha(file)
    const thrown = thrownBy(() => openTestContext(dir))
    expect(thrown).toBeInstanceOf(DeskError)
    expect((thrown as DeskError).params).toMatchObject({ reason: 'db-too-new' })
    expect(fileSha(file)).toBe(before)
    expect(filesLike(dir, /corrupt/)).toEqual([])
  })
})

describe('the write-ahead log after a crash', () => {
  /** 小美's notes: `checkpointed` are in the main file, `inLog` only in the -wal of a crashed copy. */
  function crashedFolder(checkpointed: string[], inLog: string[]): string {
    const live = tempDir()
    const first = openAgent(live)
    writeNotes(first, checkpointed)
    first.ctx.close()
    const second = openAgent(live)
    writeNotes(second, inLog)
    const crashed = tempDir()
    snapshotLive(live, crashed)
    second.ctx.close()
    expect(existsSync(join(crashed, `${DATABASE_FILE}-wal`))).toBe(true)
    return crashed
  }

  it('is replayed in full when intact, with no notice (a crash is not damage)', () => {
    const dir = crashedFolder(['关机前保存的'], ['断电前刚保存的', '另一条'])
    expect(checkWal(join(dir, DATABASE_FILE))).toMatchObject({ state: 'ok' })
    const agent = openAgent(dir)
    expect(noteTexts(agent)).toEqual(['关机前保存的', '另一条', '断电前刚保存的'].sort())
    expect(agent.ctx.services.notices.list()).toEqual([])
    agent.ctx.close()
  })

  it('with a torn last frame (a write cut off mid-way) opens with every committed note and no notice', () => {
    const dir = crashedFolder(['甲'], ['乙', '丙'])
    const wal = join(dir, `${DATABASE_FILE}-wal`)
    writeFileSync(wal, Buffer.concat([readFileSync(wal), randomBytes(1000)]))
    const agent = openAgent(dir)
    expect(noteTexts(agent)).toEqual(['丙', '乙', '甲'])
    expect(agent.ctx.services.notices.list()).toEqual([])
    agent.ctx.close()
  })

  it('with a garbage header is kept under a dated name and the agent is told; the database opens as last saved to its main file', () => {
    const dir = crashedFolder(['已写入主文件的'], ['只在日志里的'])
    const wal = join(dir, `${DATABASE_FILE}-wal`)
    const garbage = randomBytes(statSync(wal).size)
    writeFileSync(wal, garbage)

    const agent = openAgent(dir)
    const [kept] = filesLike(dir, /^shiftdesk\.db-wal\.corrupt-/)
    expect(readFileSync(join(dir, kept!))).toEqual(garbage)
    expect(agent.ctx.services.notices.list()).toEqual([expect.objectContaining({ level: 'warning', code: 'database-log-damaged', params: { file: join(dir, kept!) } })])
    expect(noteTexts(agent)).toEqual(['已写入主文件的'])
    agent.ctx.close()
    expect(integrity(join(dir, DATABASE_FILE))).toBe('ok')
  })

  it('with a damaged frame before later commits is reported, and what precedes the damage is kept', () => {
    const dir = crashedFolder(['主文件里的'], ['日志第一批'])
    // Append two more committed transactions to the crashed copy's log, then damage the first of them.
    const agent = openAgent(dir)
    const walSizeBefore = statSync(join(dir, `${DATABASE_FILE}-wal`)).size
    writeNotes(agent, ['日志第二批'])
    writeNotes(agent, ['日志第三批'])
    const crashed = tempDir()
    snapshotLive(dir, crashed)
    agent.ctx.close()
    const wal = join(crashed, `${DATABASE_FILE}-wal`)
    const bytes = readFileSync(wal)
    bytes.writeUInt8(bytes.readUInt8(walSizeBefore + 24 + 100) ^ 0xff, walSizeBefore + 24 + 100)
    writeFileSync(wal, bytes)

    expect(checkWal(join(crashed, DATABASE_FILE))).toEqual({ state: 'damaged', why: 'broken-chain' })
    const reopened = openAgent(crashed)
    expect(reopened.ctx.services.notices.list().map((n) => n.code)).toEqual(['database-log-damaged'])
    expect(noteTexts(reopened)).toEqual(['主文件里的', '日志第一批'].sort())
    reopened.ctx.close()
  })

  it('whose main file is damaged too is set aside with its log, and the backup restored', async () => {
    const dir = await folderWithBackup(['备份里的'])
    const live = openAgent(dir)
    writeNotes(live, ['日志里的'])
    const crashed = tempDir()
    mkdirSync(join(crashed, 'backups'))
    snapshotLive(dir, crashed)
    for (const b of live.ctx.services.backups.status().backups) copyFileSync(join(dir, 'backups', b.name), join(crashed, 'backups', b.name))
    live.ctx.close()
    writeFileSync(join(crashed, DATABASE_FILE), randomBytes(8192))

    const agent = openAgent(crashed)
    expect(noteTexts(agent)).toEqual(['备份里的'])
    const [kept] = filesLike(crashed, STAMP)
    expect(existsSync(join(crashed, `${kept}-wal`))).toBe(true)
    agent.ctx.close()
  })
})

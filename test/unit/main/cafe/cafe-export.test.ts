// A café export (the whole copy, encrypted with the agent's café key) is imported only by its
// agent, only where she has no copy left at that PC, and never saved where the sign-out deletes it.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { exportCopy, importCopy, refuseInsideCafe } from '../../../../src/main/services/cafe/cafe-export'
import { TeamLinks } from '../../../../src/main/services/team/team-links'
import { openTestContext } from '../../../helpers/app-context'

const reasonOf = (work: () => void) => {
  try {
    work()
    return null
  } catch (error) {
    return (error as { params?: { reason?: string } }).params?.reason ?? String(error)
  }
}

describe('café exports', () => {
  const dirs: string[] = []
  const temp = () => {
    const dir = mkdtempSync(join(tmpdir(), 'cafe-export-'))
    dirs.push(dir)
    return dir
  }
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })

  /** Amy's café copy with one entry, exported with her key. */
  function amysExport(key: string): string {
    const ctx = openTestContext(temp(), { databaseKey: key })
    const profile = ctx.services.profiles.create({ displayName: 'Amy', agentId: '', chatAccounts: [], language: 'zh-CN' })
    const session = { agentId: 'agent-amy', shopId: 'shop', role: 'agent' as const, displayName: 'Amy', token: 't', tokenExpiresAt: 0, refreshToken: 'r'.repeat(20), powersyncUrl: 'http://127.0.0.1:1' }
    new TeamLinks(ctx.services.db, ctx.services.vault).save({ profileId: profile.id, serverUrl: 'https://team.example.cn', login: 'amy', session, cafe: true, joinedAt: 0 })
    ctx.services.session.switchTo(profile.id)
    ctx.services.issueRegister.create({ kind: 'question', text: 'EXPORT-MARKER 顾客要发票', answer: '' })
    const file = join(temp(), 'amy.sdcafe')
    exportCopy(ctx.services.db, key, file)
    ctx.close()
    return file
  }

  it('writes one encrypted file that only her key and her account import', () => {
    const key = randomBytes(32).toString('hex')
    const file = amysExport(key)
    expect(readFileSync(file).includes('EXPORT-MARKER')).toBe(false)
    const folder = join(temp(), 'cafe', 'agent-amy')
    expect(reasonOf(() => importCopy(file, randomBytes(32).toString('hex'), 'agent-amy', folder, 'shiftdesk.db'))).toBe('cafe-import-not-yours')
    expect(reasonOf(() => importCopy(file, key, 'agent-bob', folder, 'shiftdesk.db'))).toBe('cafe-import-not-yours')
    expect(existsSync(folder)).toBe(false)
    importCopy(file, key, 'agent-amy', folder, 'shiftdesk.db')
    const opened = openTestContext(folder, { databaseKey: key })
    expect(opened.services.db.prepare('SELECT text FROM register_entries').pluck().all()).toEqual(['EXPORT-MARKER 顾客要发票'])
    opened.close()
  })

  it('refuses to import over a copy she still has at this PC', () => {
    const key = randomBytes(32).toString('hex')
    const folder = join(temp(), 'cafe', 'agent-amy')
    mkdirSync(folder, { recursive: true })
    expect(reasonOf(() => importCopy(amysExport(key), key, 'agent-amy', folder, 'shiftdesk.db'))).toBe('cafe-import-copy-exists')
  })

  it('refuses a target inside the café folder, which sign-out deletes', () => {
    const dataDir = temp()
    expect(reasonOf(() => refuseInsideCafe(dataDir, join(dataDir, 'cafe', 'agent-amy', 'exports', 'amy.sdcafe')))).toBe('cafe-export-inside')
    expect(reasonOf(() => refuseInsideCafe(dataDir, join(dataDir, 'cafe')))).toBe('cafe-export-inside')
    expect(reasonOf(() => refuseInsideCafe(dataDir, join(dataDir, 'amy.sdcafe')))).toBeNull()
    expect(reasonOf(() => refuseInsideCafe(dataDir, '/media/usb/amy.sdcafe'))).toBeNull()
  })
})

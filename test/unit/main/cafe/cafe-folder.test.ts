// A café copy's removal survives being cut short: the marker written first tells the next café
// sign-in at this PC to finish it, and a copy without the marker (changes maybe still queued) stays.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { cafeFolder, finishCutShortSignOuts, removeCafeCopy, SIGNED_OUT_MARKER } from '../../../../src/main/services/cafe/cafe-folder'

describe('café copies on disk', () => {
  const dirs: string[] = []
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'cafe-folder-'))
    dirs.push(dir)
    return dir
  }
  const copyWithFiles = (root: string, agentId: string) => {
    const folder = cafeFolder(root, agentId)
    mkdirSync(join(folder, 'backups'), { recursive: true })
    for (const file of ['shiftdesk.db', 'shiftdesk.db-wal', 'preferences.json', 'backups/2026-12-07.db']) writeFileSync(join(folder, file), 'encrypted pages')
    return folder
  }
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })

  it('removes a copy whole, and the cafe folder once it is empty', () => {
    const root = dataDir()
    removeCafeCopy(copyWithFiles(root, '0193a1b2-0000-7000-8000-000000000001'))
    expect(readdirSync(root)).toEqual([])
  })

  it('finishes a removal cut short after the marker, and leaves a copy without one for its agent', () => {
    const root = dataDir()
    const cutShort = copyWithFiles(root, 'agent-a')
    writeFileSync(join(cutShort, SIGNED_OUT_MARKER), '')
    rmSync(join(cutShort, 'shiftdesk.db'))
    const queued = copyWithFiles(root, 'agent-b')
    expect(finishCutShortSignOuts(root)).toEqual([cutShort])
    expect(existsSync(cutShort)).toBe(false)
    expect(readdirSync(queued).sort()).toEqual(['backups', 'preferences.json', 'shiftdesk.db', 'shiftdesk.db-wal'])
  })

  it('refuses an agent id that would leave the cafe folder', () => {
    expect(() => cafeFolder(dataDir(), '../shiftdesk')).toThrow(/cannot name a folder/)
  })
})

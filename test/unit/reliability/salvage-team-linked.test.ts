// Start-up salvage on a team-linked PC: the stand-in backup carries team sync's upload triggers,
// which call functions the salvage connection does not have. The register entry written after
// the backup must still come back, and the triggers stay as they were.
import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATABASE_FILE } from '../../../src/main/app-context'
import { openDatabase } from '../../../src/main/db/connection'
import { salvageInto } from '../../../src/main/db/salvage'
import { registerEntriesTable } from '../../../src/main/services/sync/tables/register-entries'
import { openTestContext } from '../../helpers/app-context'
import { useTempDir } from '../../helpers/temp-dir'
import { mapTable } from '../main/sync/team-rows'

const tempDir = useTempDir()
const syncTriggers = "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'sync\\_%' ESCAPE '\\' ORDER BY name"

describe('salvage on a team-linked PC', () => {
  it('adds back the register entries written after the backup, and keeps the upload triggers', () => {
    const dir = tempDir()
    const ctx = openTestContext(dir)
    const mei = ctx.services.profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' }).id
    ctx.services.session.switchTo(mei)
    mapTable(ctx.services.db, registerEntriesTable, { agentId: 'team-mei', profileId: mei })
    ctx.services.issueRegister.create({ kind: 'idea', text: '备份里就有的' })
    ctx.services.db.pragma('wal_checkpoint(TRUNCATE)')
    const backup = tempDir()
    copyFileSync(join(dir, DATABASE_FILE), join(backup, DATABASE_FILE))
    const after = ctx.services.issueRegister.create({ kind: 'idea', text: '备份之后确认保存的' })
    ctx.close()

    const standIn = openDatabase(join(backup, DATABASE_FILE))
    const triggers = standIn.prepare(syncTriggers).pluck().all()
    expect(triggers.length).toBeGreaterThan(0)
    expect(salvageInto(standIn, join(dir, DATABASE_FILE)).tables).toMatchObject({ register_entries: 1 })
    expect(standIn.prepare('SELECT text FROM register_entries WHERE id = ?').pluck().get(after.id)).toBe('备份之后确认保存的')
    expect(standIn.prepare(syncTriggers).pluck().all()).toEqual(triggers)
    standIn.close()
  })
})

// One settings service: every section is read through it, every save of any section arrives on
// its one change event, and each section stays where the written rule puts it, in the format
// existing files and rows already have.
import Conf from 'conf'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SETTINGS_HOMES, type SettingsChange, type SettingsSection } from '../../../../src/main/services/settings/settings-service'
import { openTestContext } from '../../../helpers/app-context'
import { useTempDir } from '../../../helpers/temp-dir'

const tempDir = useTempDir()

function agentAt(dir: string) {
  const ctx = openTestContext(dir)
  const { profiles, session } = ctx.services
  session.switchTo(profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' }).id)
  return ctx
}

describe('the settings service', () => {
  it('reads every section, and reports every save of any section on its one change event', async () => {
    const ctx = agentAt(tempDir())
    const { settings, serviceStats, quickReplies, presence, lockSettings, backups, prefs } = ctx.services
    const sections = Object.keys(SETTINGS_HOMES) as SettingsSection[]
    for (const section of sections) expect(settings.get(section)).toBeDefined()
    const changes: SettingsChange[] = []
    settings.onChange((change) => void changes.push(change))

    prefs.update({ language: 'en' })
    presence.updateSettings({ idleLimitMinutes: 12 })
    serviceStats.updateSettings({ hotkeysEnabled: false })
    backups.setRetention(7)
    quickReplies.updateSettings({ extraPhrases: ['最便宜'] })
    lockSettings.update({ sharedPc: true })

    expect(changes.map((c) => c.section)).toEqual(['preferences', 'presence', 'stats', 'backups', 'replies', 'sharedPc'])
    expect(settings.get('preferences').language).toBe('en')
    expect(settings.get('presence').idleLimitMinutes).toBe(12)
    expect(settings.get('stats').hotkeysEnabled).toBe(false)
    expect(settings.get('backups').retentionDays).toBe(7)
    expect(settings.get('replies').extraPhrases).toEqual(['最便宜'])
    expect(settings.get('sharedPc').sharedPc).toBe(true)
    ctx.close()
  })

  it('keeps per-PC sections in files and data sections in the database, in the formats they always had', () => {
    const dir = tempDir()
    const ctx = agentAt(dir)
    const { presence, backups, quickReplies, lockSettings, db } = ctx.services
    presence.updateSettings({ idleLimitMinutes: 12 })
    backups.setRetention(7)
    quickReplies.updateSettings({ extraPhrases: ['最便宜'] })
    lockSettings.update({ idleLockMinutes: 9 })

    expect(JSON.parse(readFileSync(join(dir, 'preferences.json'), 'utf8')).presence.idleLimitMinutes).toBe(12)
    expect(JSON.parse(readFileSync(join(dir, 'backup-settings.json'), 'utf8')).retentionDays).toBe(7)
    expect(JSON.parse(db.prepare("SELECT value FROM replies_meta WHERE key = 'settings'").pluck().get() as string).extraPhrases).toEqual(['最便宜'])
    expect(db.prepare('SELECT idle_lock_minutes FROM shared_pc_settings WHERE id = 1').pluck().get()).toBe(9)
    ctx.close()
  })

  it('reads files written before it existed', () => {
    const dir = tempDir()
    new Conf({ cwd: dir, configName: 'backup-settings', projectName: 'shiftdesk-test' }).store = { retentionDays: 21 }
    const ctx = openTestContext(dir)
    expect(ctx.services.settings.get('backups')).toEqual({ retentionDays: 21, lastFullCheckAt: null })
    ctx.close()
  })
})

// A profile with a personal passphrase (issue 16, 1.2): the customer nickname she gives a tally
// is sealed in the file; her counts, and the lead's, are figures and stay as they were.
import { describe, expect, it } from 'vitest'
import type { AppContext } from '../../../../src/main/app-context'
import { dispatch } from '../../../../src/main/ipc/dispatch'
import { openTestContext } from '../../../helpers/app-context'
import { useTempDir } from '../../../helpers/temp-dir'
import { FAST_KDF as atRestKdf, tableAsStored, PERSONAL_PASSPHRASE as PASSPHRASE } from '../../../helpers/personal-passphrase'

const tempDir = useTempDir()
const quiet = () => undefined

async function tally(ctx: AppContext, customer: string): Promise<void> {
  expect(await dispatch(ctx.handlers, 'stats:tally', { outcome: 'not-effective', customer, source: 'keypad' }, quiet)).toMatchObject({ ok: true })
}

describe('a sealing profile’s tallies', () => {
  it('keeps her customers’ nicknames out of a raw read of the file and lists them to her, also after a restart and her passphrase', async () => {
    const dir = tempDir()
    let n = 0
    const first = openTestContext(dir, { atRestKdf, newId: () => `first-${++n}` })
    const mei = first.services.profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' }).id
    const qiang = first.services.profiles.create({ displayName: '阿强', agentId: 'KF020', chatAccounts: [], language: 'zh-CN' }).id
    first.services.session.switchTo(mei)
    await tally(first, '买家王女士1380')
    expect(await dispatch(first.handlers, 'profiles:setPassphrase', { passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true })
    await tally(first, 'tb_李先生2026')
    expect(tableAsStored(first, 'stats_tallies')).not.toMatch(/王女士|李先生/)
    const current = await dispatch(first.handlers, 'stats:current', {}, quiet)
    expect(current).toMatchObject({ ok: true, value: { recent: [{ customer: 'tb_李先生2026' }, { customer: '买家王女士1380' }] } })
    first.close()

    let m = 0
    const ctx = openTestContext(dir, { atRestKdf, newId: () => `second-${++m}` })
    ctx.services.session.switchTo(qiang)
    expect(JSON.stringify(await dispatch(ctx.handlers, 'stats:current', {}, quiet))).not.toMatch(/王女士|李先生/)
    expect(await dispatch(ctx.handlers, 'session:switch', { profileId: mei, passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true })
    expect(await dispatch(ctx.handlers, 'stats:current', {}, quiet)).toMatchObject({ ok: true, value: { recent: [{ customer: 'tb_李先生2026' }, { customer: '买家王女士1380' }] } })
    ctx.close()
  })
})

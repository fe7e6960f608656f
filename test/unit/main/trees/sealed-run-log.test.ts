// A profile with a personal passphrase (issue 16, 1.2): what she types into a run's log (a
// follow-up's note) is sealed in the file, while the path she took stays counted for everyone's
// branch figures. She reads her log as before, also after a restart and her passphrase.
import { describe, expect, it } from 'vitest'
import type { AppContext } from '../../../../src/main/app-context'
import { dispatch } from '../../../../src/main/ipc/dispatch'
import { openTestContext } from '../../../helpers/app-context'
import { useTempDir } from '../../../helpers/temp-dir'
import { PAID_FAILED_REFUND } from './fixture'
import { FAST_KDF as atRestKdf, tableAsStored, PERSONAL_PASSPHRASE as PASSPHRASE } from '../../../helpers/personal-passphrase'

const tempDir = useTempDir()
const quiet = () => undefined

function followUp(ctx: AppContext, note: string): void {
  const runs = ctx.services.orderTreeRuns
  const { runId } = runs.start('topup-not-credited', 1)
  runs.record({ runId, choices: PAID_FAILED_REFUND }, 'follow-up', note)
  runs.finish({ runId, choices: PAID_FAILED_REFUND })
}

describe('a sealing profile’s run log', () => {
  it('keeps her follow-up notes out of a raw read of the file and shows them to her, before and after a restart', async () => {
    const dir = tempDir()
    let n = 0
    const first = openTestContext(dir, { atRestKdf, newId: () => `first-${++n}` })
    const mei = first.services.profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' }).id
    const qiang = first.services.profiles.create({ displayName: '阿强', agentId: 'KF020', chatAccounts: [], language: 'zh-CN' }).id
    first.services.session.switchTo(mei)
    followUp(first, '王女士 13800138000 明天回电')
    expect(await dispatch(first.handlers, 'profiles:setPassphrase', { passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true })
    followUp(first, '订单 2026120712345678 补发')
    expect(tableAsStored(first, 'tree_runs')).not.toMatch(/13800138000|2026120712345678|王女士/)
    expect(first.services.orderTreeRuns.recent(2).map((r) => r.actions[0]?.detail)).toEqual(['订单 2026120712345678 补发', '王女士 13800138000 明天回电'])
    first.close()

    let m = 0
    const ctx = openTestContext(dir, { atRestKdf, newId: () => `second-${++m}` })
    ctx.services.session.switchTo(qiang)
    expect(ctx.services.orderTreeRuns.recent(10)).toEqual([])
    // Her paths still count for everyone's branch figures.
    expect(ctx.services.orderTreeRuns.branchCounts('topup-not-credited').runs).toBe(2)
    expect(await dispatch(ctx.handlers, 'session:switch', { profileId: mei, passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true })
    expect(ctx.services.orderTreeRuns.recent(2).map((r) => r.actions[0]?.detail)).toEqual(['订单 2026120712345678 补发', '王女士 13800138000 明天回电'])
    ctx.close()
  })
})

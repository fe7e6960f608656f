// A team sign-in is a key to her data on the team server: with her refresh token a colleague could
// sign in as her and download her private entries. For a profile with a personal passphrase
// (issue 16, 1.2) it is sealed with her own key, and nothing can use it while her key is closed.
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../../../src/main/ipc/dispatch'
import { syncOff } from '../../../../src/main/services/sync/sync-port'
import { TeamLinks } from '../../../../src/main/services/team/team-links'
import { openTestContext } from '../../../helpers/app-context'
import { useTempDir } from '../../../helpers/temp-dir'
import { FAST_KDF as atRestKdf, PERSONAL_PASSPHRASE as PASSPHRASE } from '../../../helpers/personal-passphrase'

const tempDir = useTempDir()
const quiet = () => undefined
const REFRESH = 'AMY-REFRESH-TOKEN-0123456789'
const session = { agentId: 'agent-amy', shopId: 'shop', role: 'agent' as const, displayName: 'Amy', token: 'AMY-ACCESS-TOKEN', tokenExpiresAt: 0, refreshToken: REFRESH, powersyncUrl: 'http://127.0.0.1:1' }
const link = (profileId: string, cafe = false) => ({ profileId, serverUrl: 'https://team.example.cn', login: 'amy', session, cafe, joinedAt: 0 })
const stored = (ctx: ReturnType<typeof openTestContext>, profileId: string) => ctx.services.db.prepare('SELECT session_json FROM team_links WHERE profile_id = ?').pluck().get(profileId) as string

describe('a sealing profile’s team sign-in', () => {
  it('is sealed when she sets her passphrase and on every renewal, and unusable after a restart until she opens her key', async () => {
    const dir = tempDir()
    const first = openTestContext(dir, { atRestKdf })
    const mei = first.services.profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' }).id
    const links = new TeamLinks(first.services.db, first.services.vault)
    links.save(link(mei))
    expect(stored(first, mei)).toContain(REFRESH)
    first.services.session.switchTo(mei)
    expect(await dispatch(first.handlers, 'profiles:setPassphrase', { passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true })
    expect(stored(first, mei)).not.toContain(REFRESH)
    expect(links.get(mei)?.session).toEqual(session)
    links.renew(mei, { ...session, refreshToken: `${REFRESH}-renewed` })
    expect(stored(first, mei)).not.toContain('AMY-REFRESH')
    first.close()

    const ctx = openTestContext(dir, { atRestKdf })
    const again = new TeamLinks(ctx.services.db, ctx.services.vault)
    expect(again.sealedShut(mei)).toBe(true)
    expect(await dispatch(ctx.handlers, 'session:switch', { profileId: mei, passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true })
    expect(again.sealedShut(mei)).toBe(false)
    expect(again.get(mei)?.session.refreshToken).toBe(`${REFRESH}-renewed`)
    ctx.close()
  })

  it('stays as it is for a profile without a passphrase and for a café link', async () => {
    const ctx = openTestContext(tempDir(), { atRestKdf })
    const qiang = ctx.services.profiles.create({ displayName: '阿强', agentId: 'KF020', chatAccounts: [], language: 'zh-CN' }).id
    const cafe = ctx.services.profiles.create({ displayName: '网吧的小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' }).id
    const links = new TeamLinks(ctx.services.db, ctx.services.vault)
    links.save(link(qiang))
    links.save(link(cafe, true))
    ctx.services.session.switchTo(cafe)
    expect(await dispatch(ctx.handlers, 'profiles:setPassphrase', { passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true })
    expect(stored(ctx, qiang)).toContain(REFRESH)
    expect(stored(ctx, cafe)).toContain(REFRESH)
    expect(links.sealedShut(qiang)).toBe(false)
    ctx.close()
  })

  it('does not start her sync from a closed sign-in at start-up, and starts it once her passphrase opens her key', async () => {
    const dir = tempDir()
    const first = openTestContext(dir, { atRestKdf })
    const mei = first.services.profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' }).id
    new TeamLinks(first.services.db, first.services.vault).save(link(mei))
    first.services.session.switchTo(mei)
    expect(await dispatch(first.handlers, 'profiles:setPassphrase', { passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true })
    first.close()

    const started: string[] = []
    const ctx = openTestContext(dir, { atRestKdf, sync: () => ({ ...syncOff(), start: async (link) => void started.push(link.localProfileId) }) })
    // She was the last at this PC: the app starts locked on her profile, and the start-up resume finds her sign-in closed.
    expect(ctx.services.session.state()).toMatchObject({ locked: true, profile: { id: mei } })
    await ctx.services.team.resume()
    expect(started).toEqual([])
    expect(ctx.services.team.status()).toMatchObject({ joined: false })
    expect(await dispatch(ctx.handlers, 'session:switch', { profileId: mei, passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true })
    await expect.poll(() => started).toEqual([mei])
    expect(ctx.services.team.status()).toMatchObject({ joined: true, login: 'amy' })
    ctx.close()
  })
})

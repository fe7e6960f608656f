// A profile's personal passphrase (个人口令) and the key it opens (issue 16, 1.2): what the vault
// seals opens only with that profile's key, the key opens only with her passphrase after each
// start, and her PIN is a quick unlock once it is open.
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/ipc/dispatch'
import { CLOSED_TEXT, SEALED_PREFIX } from '../../src/main/services/at-rest/private-vault'
import { openTestContext } from '../helpers/app-context'
import { useTempDir } from '../helpers/temp-dir'
import { FAST_KDF as atRestKdf, PERSONAL_PASSPHRASE as PASSPHRASE } from '../helpers/personal-passphrase'

const tempDir = useTempDir()
const quiet = () => undefined

function twoAgents(dir: string) {
  const ctx = openTestContext(dir, { atRestKdf })
  const mei = ctx.services.profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' })
  const qiang = ctx.services.profiles.create({ displayName: '阿强', agentId: 'KF020', chatAccounts: [], language: 'zh-CN' })
  return { ctx, mei, qiang }
}

describe('the private vault', () => {
  it('seals text so that only its own profile reveals it, and shared rows pass as they are', async () => {
    const { ctx, mei, qiang } = twoAgents(tempDir())
    ctx.services.session.switchTo(mei.id)
    expect(await dispatch(ctx.handlers, 'profiles:setPassphrase', { passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true, value: { passphrase: 'open' } })
    const vault = ctx.services.vault

    const sealed = vault.seal(mei.id, '顾客电话 13800138000')
    expect(sealed.startsWith(SEALED_PREFIX)).toBe(true)
    expect(sealed).not.toContain('13800138000')
    expect(vault.reveal(mei.id, sealed)).toBe('顾客电话 13800138000')
    // Read as another profile's value it is never shown as if it were theirs.
    expect(vault.reveal(qiang.id, sealed)).toBe(CLOSED_TEXT)
    expect(vault.seal(qiang.id, '阿强的笔记')).toBe('阿强的笔记')
    expect(vault.seal(null, '共享话术')).toBe('共享话术')
    expect(vault.seal(mei.id, '')).toBe('')
    // Her search words are keyed hashes, the same each time and different from the word.
    expect(vault.token(mei.id, 'ab')).toMatch(/^h[0-9a-f]{24}$/)
    expect(vault.token(mei.id, 'ab')).toBe(vault.token(mei.id, 'ab'))
    expect(vault.token(qiang.id, 'ab')).toBe('ab')
    // Inside SQLite too, for the team upload triggers.
    expect(ctx.services.db.prepare('SELECT reveal_private(?, ?)').pluck().get(mei.id, sealed)).toBe('顾客电话 13800138000')
    ctx.close()
  })

  it('after a restart her notebooks stay closed until her personal passphrase, then her PIN is enough', async () => {
    const dir = tempDir()
    const first = twoAgents(dir)
    const { mei, qiang } = first
    await first.ctx.services.pins.change(mei.id, undefined, '2468')
    await first.ctx.services.session.signIn(mei.id, '2468')
    expect(await dispatch(first.ctx.handlers, 'profiles:setPassphrase', { passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true })
    const sealed = first.ctx.services.vault.seal(mei.id, '订单 2026120712345678')
    first.ctx.close()

    const ctx = openTestContext(dir, { atRestKdf })
    ctx.services.session.switchTo(qiang.id)
    expect(ctx.services.profiles.get(mei.id).passphrase).toBe('closed')
    expect(ctx.services.vault.reveal(mei.id, sealed)).toBe(CLOSED_TEXT)
    expect(() => ctx.services.vault.seal(mei.id, '新的')).toThrow(/closed/)
    // Her PIN alone does not open the notebooks; a wrong passphrase counts like a wrong PIN.
    expect(await dispatch(ctx.handlers, 'session:switch', { profileId: mei.id, pin: '2468' }, quiet)).toMatchObject({ ok: false, error: { code: 'forbidden', params: { reason: 'passphrase-required' } } })
    expect(await dispatch(ctx.handlers, 'session:switch', { profileId: mei.id, passphrase: 'not her passphrase at all' }, quiet)).toMatchObject({
      ok: false,
      error: { code: 'forbidden', params: { reason: 'wrong-passphrase', attemptsLeft: 4 } },
    })
    expect(() => ctx.services.session.switchTo(mei.id)).toThrow(/passphrase/)
    expect(ctx.services.session.current()?.id).toBe(qiang.id)

    expect(await dispatch(ctx.handlers, 'session:switch', { profileId: mei.id, passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true, value: { passphrase: 'open' } })
    expect(ctx.services.vault.reveal(mei.id, sealed)).toBe('订单 2026120712345678')
    expect(ctx.services.profiles.pinRecord(mei.id).failures).toBe(0)
    ctx.services.session.lock('manual')
    expect(await dispatch(ctx.handlers, 'session:switch', { profileId: mei.id, pin: '2468' }, quiet)).toMatchObject({ ok: true })
    ctx.close()
  })

  it('refuses a weak personal passphrase and changes nothing; a new passphrase keeps the same key', async () => {
    const dir = tempDir()
    const first = twoAgents(dir)
    first.ctx.services.session.switchTo(first.mei.id)
    expect(await dispatch(first.ctx.handlers, 'profiles:setPassphrase', { passphrase: '12345678' }, quiet)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', params: { reason: 'secret-too-guessable' } },
    })
    expect(first.ctx.services.profiles.get(first.mei.id).passphrase).toBeUndefined()
    expect(await dispatch(first.ctx.handlers, 'profiles:setPassphrase', { passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true })
    const sealed = first.ctx.services.vault.seal(first.mei.id, '旧口令时写的')
    // Someone at her unlocked screen cannot choose a passphrase of his own: the change needs hers.
    const change = (input: { passphrase: string; currentPassphrase?: string }) => dispatch(first.ctx.handlers, 'profiles:setPassphrase', input, quiet)
    expect(await change({ passphrase: 'correct horse battery staple' })).toMatchObject({ ok: false, error: { code: 'forbidden', params: { reason: 'passphrase-required' } } })
    expect(await change({ passphrase: 'correct horse battery staple', currentPassphrase: 'a guess at her passphrase' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', params: { reason: 'wrong-passphrase', attemptsLeft: 4 } },
    })
    // A weak new one is refused before her current one is checked: the count of wrong tries stays as it was.
    expect(await change({ passphrase: '12345678', currentPassphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(first.ctx.services.profiles.pinRecord(first.mei.id).failures).toBe(1)
    expect(await change({ passphrase: 'correct horse battery staple', currentPassphrase: PASSPHRASE })).toMatchObject({ ok: true })
    first.ctx.close()

    const ctx = openTestContext(dir, { atRestKdf })
    expect(await dispatch(ctx.handlers, 'session:switch', { profileId: first.mei.id, passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: false, error: { params: { reason: 'wrong-passphrase' } } })
    expect(await dispatch(ctx.handlers, 'session:switch', { profileId: first.mei.id, passphrase: 'correct horse battery staple' }, quiet)).toMatchObject({ ok: true })
    expect(ctx.services.vault.reveal(first.mei.id, sealed)).toBe('旧口令时写的')
    ctx.close()
  })

  it('runs every notebook sealer in the transaction that stores the key: one that fails leaves the profile unsealed', async () => {
    const { ctx, mei } = twoAgents(tempDir())
    ctx.services.session.switchTo(mei.id)
    ctx.services.vault.onFirstSeal(() => {
      throw new Error('disk went away')
    })
    expect(await dispatch(ctx.handlers, 'profiles:setPassphrase', { passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: false })
    expect(ctx.services.profiles.get(mei.id).passphrase).toBeUndefined()
    expect(ctx.services.vault.seal(mei.id, '还是明文')).toBe('还是明文')
    ctx.close()
  })

  it('runs a long first-seal pass in slices with main free in between, and finishes one cut short at her next passphrase sign-in', async () => {
    const dir = tempDir()
    const first = twoAgents(dir)
    first.ctx.services.session.switchTo(first.mei.id)
    // A pass of five steps; between them, other work on main gets its turn.
    const turns: string[] = []
    let steps = 0
    first.ctx.services.vault.onFirstSealInSlices(() => () => {
      turns.push(`step ${++steps}`)
      setImmediate(() => turns.push('main free'))
      // Each step takes longer than a slice, so each gets a slice of its own.
      const until = performance.now() + 50
      while (performance.now() < until);
      return steps === 5
    })
    expect(await dispatch(first.ctx.handlers, 'profiles:setPassphrase', { passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true })
    expect(turns.filter((t) => t.startsWith('step'))).toHaveLength(5)
    expect(turns.slice(0, 4)).toEqual(['step 1', 'main free', 'step 2', 'main free'])
    const sealing = (ctx: typeof first.ctx) => ctx.services.db.prepare('SELECT vault_sealing FROM profiles WHERE id = ?').pluck().get(first.mei.id)
    expect(sealing(first.ctx)).toBe(0)
    // As after a quit part-way: the mark is still set at the next start.
    first.ctx.services.db.prepare('UPDATE profiles SET vault_sealing = 1 WHERE id = ?').run(first.mei.id)
    first.ctx.close()

    const ctx = openTestContext(dir, { atRestKdf })
    let resumed = 0
    ctx.services.vault.onFirstSealInSlices(() => () => ++resumed >= 2)
    expect(await dispatch(ctx.handlers, 'session:switch', { profileId: first.mei.id, passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true })
    await expect.poll(() => sealing(ctx)).toBe(0)
    expect(resumed).toBe(2)
    ctx.close()
  })
})

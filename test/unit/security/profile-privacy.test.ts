// Privacy between profiles, over EVERY channel of the contract (channels added later are covered
// without touching this file): profile A writes private data through the channels themselves,
// then profile B calls every channel with A's ids and A's words, and must neither see nor change
// anything of A's, nor end up signed in as A.
import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { AppContext } from '../../../src/main/app-context'
import { dispatch } from '../../../src/main/ipc/dispatch'
import { channelPolicy } from '../../../src/main/ipc/policy'
import { CHANNELS, type Channel } from '../../../src/shared/contract'
import { craftInput, craftInputs } from '../../helpers/crafted-input'
import { openTestContext, testClock } from '../../helpers/app-context'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir()
const quiet = () => undefined

/** A's private words all start with this; B searches for it. */
const MARK = '甲机密'
const A_PIN = '80516'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/**
 * Channels A does not seed through: account and PC administration, and the ones whose purpose is
 * to share (what they write is meant for every profile). Add a channel here only for that reason.
 */
const NOT_SEEDED = (channel: Channel) =>
  channelPolicy(channel) !== 'unlocked' ||
  /^(session|profiles|backups):/.test(channel) ||
  ['handover:submit', 'shifts:saveSchedule'].includes(channel)

/** Private rows outside tables with a profile_id column (a record being written is its author's until submitted). */
const PRIVATE_ROWS_BY_AUTHOR = [
  "SELECT 'handover_items' AS t, * FROM handover_items WHERE author_id = @a AND state = 'draft'",
  "SELECT 'handover_records' AS t, * FROM handover_records WHERE author_id = @a AND submitted_at IS NULL",
]

type Row = Record<string, unknown> & { t: string }

function privateRowsOf(ctx: AppContext, profileId: string): Row[] {
  const db = ctx.services.db
  const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'profiles'").pluck().all() as string[]).filter(
    (name) => (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(name) as string[]).includes('profile_id'),
  )
  const rows: Row[] = []
  for (const t of tables) rows.push(...(db.prepare(`SELECT '${t}' AS t, * FROM "${t}" WHERE profile_id = ?`).all(profileId) as Row[]))
  for (const sql of PRIVATE_ROWS_BY_AUTHOR) rows.push(...(db.prepare(sql).all({ a: profileId }) as Row[]))
  return rows.map((row) => [JSON.stringify(row), row] as const).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, row]) => row)
}

/** Signs `profileId` back in if a call locked the screen or changed its PIN. */
async function restore(ctx: AppContext, profileId: string, pin: string | undefined) {
  const { session, profiles } = ctx.services
  if (pin === undefined && profiles.get(profileId).hasPin) profiles.setPin(profileId, null)
  if (pin !== undefined && !profiles.get(profileId).hasPin) await ctx.services.pins.change(profileId, undefined, pin)
  if (session.isLocked() || session.current()?.id !== profileId) await session.signIn(profileId, pin)
}

describe('privacy between profiles', () => {
  it("profile B cannot read, change or search profile A's private entries through any channel", async () => {
    const clock = testClock()
    const ctx = openTestContext(tempDir(), { clock, newId: randomUUID })
    const a = (await dispatch(ctx.handlers, 'profiles:create', { displayName: '甲', agentId: 'KF001', pin: A_PIN }, quiet)) as { ok: true; value: { id: string } }
    const b = ctx.services.profiles.create({ displayName: '乙', agentId: 'KF002', chatAccounts: [], language: 'zh-CN' })
    await ctx.services.session.signIn(a.value.id, A_PIN)

    // A writes through every channel it may, twice: the bare minimum and with every optional field.
    const seeded: string[] = []
    for (const channel of CHANNELS.filter((c) => !NOT_SEEDED(c))) {
      for (const includeOptional of [false, true]) {
        const { input } = craftInput(channel, { id: null, text: `${MARK}·${channel}·${includeOptional ? 'full' : 'min'}`, includeOptional, now: clock.now() })
        const answer = await dispatch(ctx.handlers, channel, input, quiet)
        if (answer.ok) seeded.push(channel)
        await restore(ctx, a.value.id, A_PIN)
      }
    }
    await ctx.services.session.signIn(b.id)

    const before = privateRowsOf(ctx, a.value.id)
    const tables = [...new Set(before.map((r) => r.t))]
    // The test means something only if A really has private data in several areas.
    expect(tables, `A's private data was seeded through: ${[...new Set(seeded)].join(', ')}`).toEqual(expect.arrayContaining(['handover_items', 'handover_records']))
    expect(tables.length).toBeGreaterThanOrEqual(3)
    const secrets = new Set<string>()
    const aIds = new Set<string>()
    for (const row of before) {
      for (const [column, value] of Object.entries(row)) {
        if (typeof value !== 'string' || value === a.value.id) continue
        if (value.includes(MARK) && value.length >= 6) secrets.add(value)
        if ((column === 'id' || column.endsWith('_id')) && UUID.test(value)) aIds.add(value)
      }
    }
    expect(aIds.size).toBeGreaterThan(2)
    const aProfile = () => ctx.services.db.prepare('SELECT display_name, agent_id, chat_accounts, language, pin_hash, pin_salt FROM profiles WHERE id = ?').get(a.value.id)
    const aProfileBefore = aProfile()

    // B tries every channel: once with nothing of A's, then with each of A's ids; text is A's mark.
    const leaks: string[] = []
    const probedWithIds = new Set<Channel>()
    const idChannels = new Set<Channel>()
    let calls = 0
    for (const channel of CHANNELS) {
      for (const id of [null, ...aIds]) {
        const variants = craftInputs(channel, { id, text: MARK, includeOptional: true, now: clock.now() })
        if (id !== null && !JSON.stringify(variants[0]!.input).includes(id)) break // no id field: the call without ids was enough
        if (id !== null) idChannels.add(channel)
        for (const { input, valid } of variants) {
          if (id !== null && valid) probedWithIds.add(channel)
          const answer = await dispatch(ctx.handlers, channel, input, quiet)
          calls++
          if (ctx.services.session.current()?.id !== b.id) leaks.push(`${channel} signed B in as ${ctx.services.session.current()?.displayName}`)
          if (answer.ok) {
            const text = JSON.stringify(answer.value)
            for (const secret of secrets) if (text.includes(secret)) leaks.push(`${channel} showed "${secret}"`)
            for (const aId of aIds) if (id !== aId && text.includes(aId)) leaks.push(`${channel} showed A's id ${aId}`)
          }
          await restore(ctx, b.id, undefined)
        }
      }
    }
    expect(calls).toBeGreaterThan(CHANNELS.length)

    expect(leaks).toEqual([])
    expect(privateRowsOf(ctx, a.value.id)).toEqual(before)
    expect(aProfile()).toEqual(aProfileBefore)
    // Every channel that takes an id was really called with each of A's ids, not refused as malformed.
    expect([...idChannels].filter((c) => !probedWithIds.has(c))).toEqual([])
    ctx.close()
  })

  it('answers every channel except the unlock ones with locked while the screen is locked', async () => {
    const ctx = openTestContext(tempDir(), { newId: randomUUID })
    const agent = ctx.services.profiles.create({ displayName: '阿强', agentId: '', chatAccounts: [], language: 'zh-CN' })
    ctx.services.session.switchTo(agent.id)
    ctx.services.session.lock('manual')
    const answered: Partial<Record<string, string>> = {}
    for (const channel of CHANNELS) {
      const { input } = craftInput(channel, { id: agent.id, text: '锁屏', includeOptional: false, now: Date.now() })
      const answer = await dispatch(ctx.handlers, channel, input, quiet)
      answered[channel] = answer.ok ? 'ok' : answer.error.code
      if (!ctx.services.session.isLocked()) ctx.services.session.lock('manual')
    }
    const served = CHANNELS.filter((c) => answered[c] !== 'locked').sort()
    // 网吧模式's entry (cafe:*) reveals nothing of the PC's data: the normal app answers "not a café session".
    expect(served).toEqual(['app:dismissNotice', 'app:info', 'app:notices', 'atRest:startupState', 'atRest:unlock', 'cafe:chooseImport', 'cafe:enter', 'cafe:signIn', 'cafe:status', 'prefs:get', 'prefs:update', 'profiles:list', 'session:current', 'session:lock', 'session:state', 'session:switch'])
    ctx.close()
  })

  it('answers no-profile before anyone has signed in, except for the first profile and app info', async () => {
    const ctx = openTestContext(tempDir(), { newId: randomUUID })
    const refused = []
    for (const channel of CHANNELS) {
      const { input } = craftInput(channel, { id: 'nobody', text: '新人', includeOptional: false, now: Date.now() })
      const answer = await dispatch(ctx.handlers, channel, input, quiet)
      if (channelPolicy(channel) === 'unlocked') refused.push(answer.ok ? `${channel}: ok` : `${channel}: ${answer.error.code}`)
    }
    expect(refused.filter((r) => !r.endsWith(': no-profile'))).toEqual([])
    expect(await dispatch(ctx.handlers, 'profiles:create', { displayName: '第一位客服' }, quiet)).toMatchObject({ ok: true })
    ctx.close()
  })
})

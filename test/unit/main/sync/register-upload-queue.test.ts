// What the register's upload triggers queue (services/sync/tables/register-entries.ts): the linked
// profile's entries only, as private entries in the team's columns; a follow-up's due time and
// after-sales check state go (the lead counts them), its customer details and reminders stay on the PC.
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../../../src/main/ipc/dispatch'
import { bringIn } from '../../../../src/main/services/sync/bring-in'
import { syncOff } from '../../../../src/main/services/sync/sync-port'
import { registerEntriesTable } from '../../../../src/main/services/sync/tables/register-entries'
import { openTestContext } from '../../../helpers/app-context'
import { useTempDir } from '../../../helpers/temp-dir'
import { openReplies, signIn } from '../replies/helpers'
import { mapTable } from './team-rows'

const tempDir = useTempDir()

describe('the register upload queue', () => {
  it("queues the linked profile's entries as private ones, and nothing of another profile's or of local-only fields", () => {
    const { ctx } = openReplies(tempDir())
    const bea = signIn(ctx, '小贝')
    const amy = signIn(ctx, '小美')
    const db = ctx.services.db
    const { queued } = mapTable(db, registerEntriesTable, { agentId: 'team-amy', profileId: amy })

    const entry = ctx.services.issueRegister.create({ kind: 'question', text: '能开发票吗', answer: '', tags: ['发票'] })
    ctx.services.issueRegister.update(entry.id, { kind: 'question', text: '能开发票吗', answer: '可以', tags: ['发票'] })
    db.prepare("UPDATE register_entries SET reminded_at = 1 WHERE id = ?").run(entry.id)
    const followUp = ctx.services.issueRegister.create({ kind: 'followup', text: '催发货', answer: '', tags: [], followUp: { customer: '花花', buyerWants: '改地址', dueAt: 1_800_000_000_000 } })
    ctx.services.issueRegister.setCheckState(followUp.id, 'verified')
    ctx.services.session.switchTo(bea)
    ctx.services.issueRegister.create({ kind: 'idea', text: 'BEA-ONLY', answer: '', tags: [] })

    expect(queued()).toEqual([
      {
        op: 'PUT', type: 'register_entries', id: entry.id,
        data: { owner_id: 'team-amy', visibility: 'private', kind: 'question', text: '能开发票吗', answer: '', tags: '["发票"]', status: null, resolution: '', due_at: null, check_state: null, deleted_at: null },
      },
      { op: 'PATCH', type: 'register_entries', id: entry.id, data: { answer: '可以' } },
      {
        op: 'PUT', type: 'register_entries', id: followUp.id,
        data: { owner_id: 'team-amy', visibility: 'private', kind: 'followup', text: '催发货', answer: '', tags: '[]', status: 'todo', resolution: '', due_at: 1_800_000_000_000, check_state: 'pending', deleted_at: null },
      },
      { op: 'PATCH', type: 'register_entries', id: followUp.id, data: { check_state: 'verified' } },
    ])
    expect(JSON.stringify(queued())).not.toMatch(/花花|改地址/)
    ctx.close()
  })

  it("sends a sealing profile's entries to the team as plain text, and main sealing them again queues nothing", async () => {
    const ctx = openTestContext(tempDir(), { atRestKdf: { N: 2 ** 10, r: 8, p: 1 } })
    const amy = signIn(ctx, '小美')
    expect(await dispatch(ctx.handlers, 'profiles:setPassphrase', { passphrase: '夜班小美的口令是蓝色月亮' }, () => undefined)).toMatchObject({ ok: true })
    const db = ctx.services.db
    const { queued } = mapTable(db, registerEntriesTable, { agentId: 'team-amy', profileId: amy })

    const entry = ctx.services.issueRegister.create({ kind: 'followup', text: '回电 13800138000', answer: '', tags: [], followUp: { customer: '花花', resolution: '补发', dueAt: 1_800_000_000_000 } })
    ctx.services.issueRegister.setCheckState(entry.id, 'verified')
    // A download lands plain (the same text the team has): main seals it as it takes it.
    db.prepare("UPDATE register_entries SET text = '回电 13800138000', resolution = '补发' WHERE id = ?").run(entry.id)
    ctx.services.issueRegister.indexArrived([entry.id])

    expect(db.prepare('SELECT text || resolution FROM register_entries WHERE id = ?').pluck().get(entry.id)).not.toMatch(/13800138000|补发/)
    expect(queued()).toEqual([
      {
        op: 'PUT', type: 'register_entries', id: entry.id,
        data: { owner_id: 'team-amy', visibility: 'private', kind: 'followup', text: '回电 13800138000', answer: '', tags: '[]', status: 'todo', resolution: '补发', due_at: 1_800_000_000_000, check_state: 'pending', deleted_at: null },
      },
      { op: 'PATCH', type: 'register_entries', id: entry.id, data: { check_state: 'verified' } },
    ])
    ctx.close()
  })

  it("brings in a sealing profile's earlier entries to the team as plain text when she joins", async () => {
    const ctx = openTestContext(tempDir(), { atRestKdf: { N: 2 ** 10, r: 8, p: 1 } })
    const amy = signIn(ctx, '小美')
    const entry = ctx.services.issueRegister.create({ kind: 'question', text: '顾客 13800138000 要发票', answer: '已开' })
    expect(await dispatch(ctx.handlers, 'profiles:setPassphrase', { passphrase: '夜班小美的口令是蓝色月亮' }, () => undefined)).toMatchObject({ ok: true })
    const { queued } = mapTable(ctx.services.db, registerEntriesTable, { agentId: 'team-amy', profileId: amy })

    const link = { agentId: 'team-amy', profileId: amy }
    expect(bringIn(ctx.services.db, syncOff(), { link, joinedAt: ctx.services.clock.now() }, { shared: false, personal: false, register: true }, ctx.services.clock.now())).toMatchObject({ register: 1 })
    expect(queued()).toEqual([{ op: 'PUT', type: 'register_entries', id: entry.id, data: expect.objectContaining({ text: '顾客 13800138000 要发票', answer: '已开' }) }])
    ctx.close()
  })
})

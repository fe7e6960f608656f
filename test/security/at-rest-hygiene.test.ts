// What a lock or a change of agent leaves on disk and on the clipboard for the next person at
// the PC, and the permissions of what ShiftDesk writes (POSIX systems; Windows relies on the
// profile folder's ACL).
import { statSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { dispatch } from '../../src/main/ipc/dispatch'
import type { AppContext } from '../../src/main/app-context'
import { openTestContext, testClock } from '../helpers/app-context'
import { fakePorts, type FakePorts } from '../helpers/fake-ports'
import { useTempDir } from '../helpers/temp-dir'

const tempDir = useTempDir()
const quiet = () => undefined
const mode = (path: string) => statSync(path).mode & 0o777
const DAY = 24 * 60 * 60 * 1000

function twoAgents(dir: string): { ctx: AppContext; ports: FakePorts; mei: string; qiang: string } {
  const ports = fakePorts()
  const ctx = openTestContext(dir, { ports })
  const mei = ctx.services.profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' }).id
  const qiang = ctx.services.profiles.create({ displayName: '阿强', agentId: 'KF020', chatAccounts: [], language: 'zh-CN' }).id
  ctx.services.session.switchTo(mei)
  return { ctx, ports, mei, qiang }
}

async function copyReply(ctx: AppContext, body: string): Promise<void> {
  const created = await dispatch(ctx.handlers, 'replies:create', { title: body.slice(0, 8), body }, quiet)
  expect(created, JSON.stringify(created)).toMatchObject({ ok: true })
  const id = (created as { value: { id: string } }).value.id
  expect(await dispatch(ctx.handlers, 'replies:copy', { id, values: {} }, quiet)).toMatchObject({ ok: true })
}

describe('at lock and switch', () => {
  it('clears the clipboard when it still holds what ShiftDesk copied', async () => {
    const { ctx, ports } = twoAgents(tempDir())
    await copyReply(ctx, '收件人张三，杭州市西湖区文三路 90 号')
    expect(ports.clipboard.text).toBe('收件人张三，杭州市西湖区文三路 90 号')
    ctx.services.session.lock('manual')
    await vi.waitFor(() => expect(ports.clipboard.text).toBe(''))
    ctx.close()
  })

  it('leaves alone what the agent copied from elsewhere afterwards', async () => {
    const { ctx, ports, qiang } = twoAgents(tempDir())
    await copyReply(ctx, '收件人张三，杭州市西湖区文三路 90 号')
    ports.clipboard.writeText('从聊天窗口复制的话')
    const writes = ports.clipboard.history.length
    ctx.services.session.switchTo(qiang)
    // The switch's tidy-up has read the clipboard and kept it.
    await vi.waitFor(() => expect(ports.clipboard.text).toBe('从聊天窗口复制的话'))
    expect(ports.clipboard.history.length).toBe(writes)
    ctx.close()
  })

  it("moves the write-ahead log's pages into the database and truncates the log", async () => {
    const dir = tempDir()
    const { ctx, mei, qiang } = twoAgents(dir)
    await copyReply(ctx, '发顺丰，今天发货')
    const wal = join(dir, 'shiftdesk.db-wal')
    expect(statSync(wal).size).toBeGreaterThan(0)
    ctx.services.session.lock('manual')
    await vi.waitFor(() => expect(statSync(wal).size).toBe(0))
    await ctx.services.session.signIn(mei)
    await copyReply(ctx, '明天再联系')
    expect(statSync(wal).size).toBeGreaterThan(0)
    ctx.services.session.switchTo(qiang)
    await vi.waitFor(() => expect(statSync(wal).size).toBe(0))
    ctx.close()
  })

  it('overwrites deleted content (secure_delete)', () => {
    const { ctx } = twoAgents(tempDir())
    expect(ctx.services.db.pragma('secure_delete', { simple: true })).toBe(1)
    ctx.close()
  })
})

describe.skipIf(process.platform === 'win32')('file permissions', () => {
  it('creates the data and backups folders 0700 and the database, its log, backups and preferences 0600', async () => {
    const dir = join(tempDir(), 'fresh')
    const { ctx } = twoAgents(dir)
    await copyReply(ctx, '任何一句')
    const backup = await dispatch(ctx.handlers, 'backups:backUpNow', {}, quiet)
    const name = (backup as { value: { name: string } }).value.name
    expect(mode(dir)).toBe(0o700)
    expect(mode(join(dir, 'backups'))).toBe(0o700)
    for (const file of ['shiftdesk.db', 'shiftdesk.db-wal', 'preferences.json', join('backups', name)]) {
      expect(existsSync(join(dir, file)), file).toBe(true)
      expect(mode(join(dir, file)).toString(8), file).toBe('600')
    }
    ctx.close()
  })
})

describe('deleted register entries', () => {
  it('stay restorable for 30 days, then their text leaves the database with the daily maintenance', () => {
    const clock = testClock()
    const ctx = openTestContext(tempDir(), { clock })
    const mei = ctx.services.profiles.create({ displayName: '小美', agentId: '', chatAccounts: [], language: 'zh-CN' }).id
    ctx.services.session.switchTo(mei)
    const entry = ctx.services.issueRegister.create({ kind: 'question', text: '客户 tb_阿花 的退款怎么走', answer: '', tags: [] })
    ctx.services.issueRegister.delete(entry.id)
    const count = () => ctx.services.db.prepare("SELECT count(*) FROM register_entries WHERE text LIKE '%tb_阿花%'").pluck().get()

    clock.advance(29 * DAY)
    expect(ctx.services.backups.purgeDeletedEntries()).toBe(0)
    expect(count()).toBe(1)
    expect(ctx.services.issueRegister.restore(entry.id).text).toBe('客户 tb_阿花 的退款怎么走')
    ctx.services.issueRegister.delete(entry.id)
    clock.advance(31 * DAY)
    expect(ctx.services.backups.purgeDeletedEntries()).toBe(1)
    expect(count()).toBe(0)
    ctx.close()
  })
})

describe('editing the signed-in profile', () => {
  it('is not a change of agent: the clipboard keeps what was just copied', async () => {
    const { ctx, ports } = twoAgents(tempDir())
    await copyReply(ctx, '亲，今天下午发货')
    expect(await dispatch(ctx.handlers, 'profiles:update', { agentId: 'KF099' }, quiet)).toMatchObject({ ok: true })
    // The tidy-up runs in microtasks; once the event loop turns, any clearing would have happened.
    await new Promise((resolve) => setImmediate(resolve))
    expect(ports.clipboard.text).toBe('亲，今天下午发货')
    // A real lock still clears it.
    ctx.services.session.lock('manual')
    await vi.waitFor(() => expect(ports.clipboard.text).toBe(''))
    ctx.close()
  })
})

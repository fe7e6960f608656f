// The sync host against a real team server: the SDK runs in a worker thread of ours over the
// app's own encrypted file, while main saves synchronously through the app's services with the
// app's normal busy_timeout. Main never drives the SDK's transactions, so a save that meets one
// waits for its commit instead of deadlocking with it (the spike's hazard 2), and every save is
// uploaded without any other nudge than the port's message to the host (hazard 1).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serverPrerequisites } from './helpers/prerequisites'
import { SyncedPc } from './helpers/synced-pc'
import { TeamDevice } from './helpers/team-device'
import { TeamStack } from './helpers/team-stack'

const prereq = serverPrerequisites()

describe.skipIf('skip' in prereq)('desktop sync host: main saves while the SDK downloads', () => {
  let stack: TeamStack
  let ben: TeamDevice
  let amy: SyncedPc

  beforeAll(async () => {
    if ('skip' in prereq) return
    stack = await TeamStack.start(prereq)
    const admin = await stack.signUpFirstAdmin()
    amy = SyncedPc.open('amy', () => stack.apiUrl, await stack.signUpInvited(admin, 'Amy'), { encrypted: true })
    ben = new TeamDevice(() => stack.apiUrl, await stack.signUpInvited(admin, 'Ben'), 'ben')
    await Promise.all([amy.start(), ben.connect()])
    await ben.db.waitForFirstSync()
  })

  afterAll(async () => {
    await amy?.close()
    await ben?.close()
    await stack?.stop()
  })

  const teamVersion = (id: string) => amy.services.db.prepare('SELECT team_version FROM replies WHERE id = ?').pluck().get(id) as number | null

  it('uploads a save made on main, and the server version comes back into the same row', async () => {
    const saved = amy.services.quickReplies.create({ title: '宿主测试', body: 'HOST-SHARED-MARK', shared: true })
    await ben.waitFor('SELECT body FROM replies WHERE id = ?', [saved.id], (rows) => rows[0]?.body === 'HOST-SHARED-MARK')
    await amy.until('the server version', () => teamVersion(saved.id) === 1)
    expect(amy.refusals).toEqual([])
  })

  it('keeps local-only columns out of the upload queue', async () => {
    const reply = amy.services.quickReplies.list().find((r) => r.title === '宿主测试')!
    amy.services.quickReplies.copy(reply.id, {}, false)
    amy.services.db.prepare("UPDATE replies SET title_pinyin = 'x' WHERE id = ?").run(reply.id)
    expect(await amy.services.sync.pendingUploads()).toBe(0)
  })

  it('never fails a save while the SDK applies a stream of downloads', async () => {
    // Ben floods Amy's PC with shared replies while Amy saves personal ones on main.
    const flood = (async () => {
      for (let batch = 0; batch < 10; batch++) {
        await ben.db.writeTransaction(async (tx) => {
          for (let i = 0; i < 20; i++) {
            await tx.execute("INSERT INTO replies (id, owner_id, scope, title, body, shortcut, category, grp) VALUES (?, ?, 'shop', ?, ?, '', '', '')", [`ben-${batch}-${i}`, ben.session.agentId, `本的回复 ${batch}-${i}`, `BEN-${batch}-${i}`])
          }
        })
      }
    })()
    const ids: string[] = []
    const saves = (async () => {
      for (let i = 0; i < 60; i++) {
        ids.push(amy.services.quickReplies.create({ title: `艾米的备忘 ${i}`, body: `AMY-PRIVATE-${i}`, shared: false }).id)
        // Let the host's messages through between saves, as IPC calls would.
        await new Promise((next) => setImmediate(next))
      }
    })()
    await Promise.all([flood, saves])
    await ben.waitForUploads()
    const arrived = () => amy.services.db.prepare("SELECT count(*) FROM replies WHERE id LIKE 'ben-%' AND title_pinyin <> ''").pluck().get() as number
    await amy.until("Ben's 200 replies, with their pinyin keys", () => arrived() === 200, 120_000)
    await amy.until("every one of Amy's saves back from the server", () => ids.every((id) => teamVersion(id) === 1), 120_000)
    expect(amy.refusals).toEqual([])
    // Amy's personal replies never reach Ben's PC.
    expect(ben.bytesOnDisk().includes('AMY-PRIVATE-')).toBe(false)
  })

  it('leaves no plain text of the replies in the encrypted file', () => {
    const bytes = Buffer.concat(readdirSync(amy.folder).filter((name) => name.startsWith('shiftdesk.db')).map((name) => readFileSync(join(amy.folder, name))))
    for (const marker of ['HOST-SHARED-MARK', 'AMY-PRIVATE-', 'BEN-0-0']) expect(bytes.includes(marker)).toBe(false)
  })
})

// The desktop's seam for writes to synced tables (src/main/services/sync/), against a real team
// server: the app's own encrypted connection writes, PowerSync's SDK shares the file through
// the keyed worker, and another PC receives the change with nothing else nudging the upload.
// The app connection runs with busy_timeout = 0, so a single collision with the SDK's writer
// would fail a write at once instead of hiding as a stall.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { PowerSyncDatabase, Schema } from '@powersync/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { keyedWorkerOpener } from '../../src/main/services/sync/keyed-worker'
import { loadPowerSyncExtension } from '../../src/main/services/sync/powersync-extension'
import { powerSyncWrites, type SyncedWrites } from '../../src/main/services/sync/synced-writes'
import { teamClientColumns } from '../../src/shared/team/client-columns'
import { invite, signUp } from './helpers/api-client'
import { serverPrerequisites } from './helpers/prerequisites'
import { TeamConnector, teamCall } from '../../src/main/services/sync/team-connector'
import { TeamDevice } from './helpers/team-device'
import { TeamStack } from './helpers/team-stack'

const prereq = serverPrerequisites()
const replyColumns = Object.keys(teamClientColumns.replies)

describe.skipIf('skip' in prereq)('desktop write seam: the app connection writes, PowerSync uploads', () => {
  let stack: TeamStack
  let ben: TeamDevice
  let folder: string
  let app: Database.Database
  let powersync: PowerSyncDatabase
  let connector: TeamConnector
  let writes: SyncedWrites
  let amyId: string

  beforeAll(async () => {
    if ('skip' in prereq) return
    stack = await TeamStack.start(prereq)
    const first = await stack.api.accounts.firstAdminInvite(stack.api.shopId)
    const admin = await signUp(stack.apiUrl, first!.code, 'Boss')
    const amy = await signUp(stack.apiUrl, await invite(stack.apiUrl, admin), 'Amy')
    amyId = amy.agentId
    ben = new TeamDevice(() => stack.apiUrl, await signUp(stack.apiUrl, await invite(stack.apiUrl, admin), 'Ben'), 'ben')

    // Amy's PC: the app's own encrypted file and table, with a column that never syncs.
    folder = mkdtempSync(join(tmpdir(), 'desktop-seam-'))
    const keyHex = randomBytes(32).toString('hex')
    app = new Database(join(folder, 'shiftdesk.db'))
    app.pragma(`key = "x'${keyHex}'"`)
    app.pragma('journal_mode = WAL')
    app.pragma('busy_timeout = 0')
    const types = teamClientColumns.replies as Record<string, string>
    app.exec(`CREATE TABLE replies (id TEXT PRIMARY KEY NOT NULL, ${replyColumns.map((name) => `${name} ${types[name] === 'text' ? 'TEXT' : 'INTEGER'}`).join(', ')}, local_uses INTEGER NOT NULL DEFAULT 0)`)
    loadPowerSyncExtension(app)

    const schema = new Schema({})
    schema.withRawTables({ replies: { schema: { tableName: 'replies', syncedColumns: replyColumns } } })
    powersync = new PowerSyncDatabase({
      schema,
      database: { dbFilename: 'shiftdesk.db', dbLocation: folder, readWorkerCount: 1, openWorker: keyedWorkerOpener(keyHex) },
    })
    await powersync.init()
    for (const write of ['INSERT', 'UPDATE', 'DELETE']) {
      await powersync.execute('SELECT powersync_create_raw_table_crud_trigger(?, ?, ?)', [JSON.stringify(Schema.rawTableToJson(schema.rawTables[0]!)), `replies_sync_${write.toLowerCase()}`, write])
    }
    connector = new TeamConnector(teamCall(() => stack.apiUrl), amy, { now: () => Date.now() })
    await Promise.all([powersync.connect(connector, { crudUploadThrottleMs: 0, retryDelayMs: 500 }), ben.connect()])
    await Promise.all([powersync.waitForFirstSync(), ben.db.waitForFirstSync()])
    writes = powerSyncWrites(powersync)
  })

  afterAll(async () => {
    await powersync?.disconnect().catch(() => undefined)
    await powersync?.close()
    app?.close()
    await ben?.close()
    await stack?.stop()
    if (folder) rmSync(folder, { recursive: true, force: true })
  })

  const insertReply = (id: string, scope: 'shop' | 'personal', body: string) =>
    app.prepare('INSERT INTO replies (id, owner_id, scope, title, body, version) VALUES (?, ?, ?, ?, ?, 0)').run(id, amyId, scope, 'Title', body)

  it('uploads a write made on the app connection, and the server version comes back into the same table', async () => {
    await writes.run(() => insertReply('seam-1', 'shop', 'SEAM-SHARED-MARK'))
    await ben.waitFor("SELECT body FROM replies WHERE id = 'seam-1'", [], (rows) => rows[0]?.body === 'SEAM-SHARED-MARK')
    for (let tries = 0; (app.prepare("SELECT version FROM replies WHERE id = 'seam-1'").get() as { version: number }).version !== 1; tries++) {
      if (tries > 600) throw new Error('the server version never came back to the app table')
      await new Promise((done) => setTimeout(done, 100))
    }
    expect(connector.refusals).toEqual([])
  })

  it('keeps local-only columns out of the upload queue', async () => {
    await writes.run(() => app.prepare("UPDATE replies SET local_uses = local_uses + 1 WHERE id = 'seam-1'").run())
    expect(await powersync.getUploadQueueStats()).toMatchObject({ count: 0 })
  })

  it('never meets a busy database while the SDK applies a stream of downloads', async () => {
    // Ben floods Amy's PC with shared replies while Amy saves personal ones through the seam.
    const flood = (async () => {
      for (let batch = 0; batch < 10; batch++) {
        await ben.db.writeTransaction(async (tx) => {
          for (let i = 0; i < 20; i++) await tx.execute("INSERT INTO replies (id, owner_id, scope, title, body) VALUES (?, ?, 'shop', 'From Ben', ?)", [`ben-${batch}-${i}`, ben.session.agentId, `BEN-${batch}-${i}`])
        })
      }
    })()
    const saves = (async () => {
      for (let i = 0; i < 60; i++) await writes.run(() => insertReply(`amy-${i}`, 'personal', `AMY-PRIVATE-${i}`))
    })()
    await Promise.all([flood, saves])
    await ben.waitForUploads()
    const arrived = async () => (app.prepare("SELECT count(*) AS n FROM replies WHERE id LIKE 'ben-%'").get() as { n: number }).n
    for (let tries = 0; (await arrived()) < 200; tries++) {
      if (tries > 1200) throw new Error(`only ${await arrived()} of Ben's 200 replies reached Amy's table`)
      await new Promise((done) => setTimeout(done, 100))
    }
    // Every one of Amy's saves was uploaded and came back stamped by the server.
    const stamped = () => (app.prepare("SELECT count(*) AS n FROM replies WHERE id LIKE 'amy-%' AND version = 1").get() as { n: number }).n
    for (let tries = 0; stamped() < 60; tries++) {
      if (tries > 1200) throw new Error(`only ${stamped()} of Amy's 60 saves came back from the server`)
      await new Promise((done) => setTimeout(done, 100))
    }
    expect(connector.refusals).toEqual([])
    // Amy's personal replies never reach Ben's PC.
    expect(ben.bytesOnDisk().includes('AMY-PRIVATE-')).toBe(false)
  })

  it('leaves no plain text of the replies in the shared file', async () => {
    const bytes = Buffer.concat(readdirSync(folder).map((name) => readFileSync(join(folder, name))))
    for (const marker of ['SEAM-SHARED-MARK', 'AMY-PRIVATE-', 'BEN-0-0']) expect(bytes.includes(marker)).toBe(false)
  })
})

// The sync engine's download log (ps_oplog) keeps what the team sent; once main has sealed her
// row, the log's copy of each sealed column is the same sealed value (issue 16, 1.2). The log
// table is made here with the engine's own columns: the real engine fills it in the server tests
// (test/server/desktop-sync-two-pcs.test.ts).
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../../../src/main/ipc/dispatch'
import { SEALED_PREFIX } from '../../../../src/main/services/at-rest/private-vault'
import { SealedDownloadLog } from '../../../../src/main/services/sync/sealed-download-log'
import { openTestContext } from '../../../helpers/app-context'
import { useTempDir } from '../../../helpers/temp-dir'
import { FAST_KDF as atRestKdf, PERSONAL_PASSPHRASE as PASSPHRASE } from '../../../helpers/personal-passphrase'

const tempDir = useTempDir()
const quiet = () => undefined
const PHONE = '13987654321'

const ENGINE_LOG = 'CREATE TABLE ps_oplog(bucket INTEGER NOT NULL, op_id INTEGER NOT NULL, row_type TEXT, row_id TEXT, key TEXT, data TEXT, hash INTEGER NOT NULL) STRICT'

function logRow(ctx: ReturnType<typeof openTestContext>, id: string, data: object, hash: number): void {
  ctx.services.db.prepare("INSERT INTO ps_oplog (bucket, op_id, row_type, row_id, key, data, hash) VALUES (1, ?, 'register_entries', ?, '', ?, ?)").run(hash, id, JSON.stringify(data), hash)
}
const logged = (ctx: ReturnType<typeof openTestContext>, id: string) => ctx.services.db.prepare('SELECT data, hash FROM ps_oplog WHERE row_id = ?').get(id) as { data: string; hash: number }

describe('the download log of a sealing profile', () => {
  it('takes the sealed value of each sealed column of her arrived rows, and leaves shared text, other fields and the hash alone', async () => {
    const ctx = openTestContext(tempDir(), { atRestKdf })
    ctx.services.db.exec(ENGINE_LOG)
    const log = new SealedDownloadLog(ctx.services.db, ctx.services.vault)
    const mei = ctx.services.profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' }).id
    ctx.services.session.switchTo(mei)
    expect(await dispatch(ctx.handlers, 'profiles:setPassphrase', { passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true })
    const plain = ctx.services.issueRegister.create({ kind: 'question', text: `顾客电话 ${PHONE}`, answer: '' })
    const hard = ctx.services.issueRegister.create({ kind: 'question', text: '组长也要看的难题', answer: '', hard: true })
    logRow(ctx, plain.id, { kind: 'question', text: `顾客电话 ${PHONE}`, answer: '', resolution: '', owner_id: 'amy' }, 11)
    logRow(ctx, hard.id, { kind: 'question', text: '组长也要看的难题', answer: '', resolution: '', owner_id: 'amy' }, 12)

    log.sealArrived('register_entries', [plain.id, hard.id])

    const stored = ctx.services.db.prepare('SELECT text FROM register_entries WHERE id = ?').pluck().get(plain.id) as string
    expect(stored.startsWith(SEALED_PREFIX)).toBe(true)
    expect(JSON.parse(logged(ctx, plain.id).data)).toEqual({ kind: 'question', text: stored, answer: '', resolution: '', owner_id: 'amy' })
    expect(logged(ctx, plain.id).hash).toBe(11)
    // Shared with her lead, so plain in her register and in the log alike.
    expect(JSON.parse(logged(ctx, hard.id).data)).toMatchObject({ text: '组长也要看的难题' })
    ctx.close()
  })

  it('a row that arrived while her key was closed is sealed in the log too when she signs in with her passphrase', async () => {
    const dir = tempDir()
    const first = openTestContext(dir, { atRestKdf })
    const mei = first.services.profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' }).id
    const qiang = first.services.profiles.create({ displayName: '阿强', agentId: 'KF020', chatAccounts: [], language: 'zh-CN' }).id
    first.services.session.switchTo(mei)
    expect(await dispatch(first.handlers, 'profiles:setPassphrase', { passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true })
    const entry = first.services.issueRegister.create({ kind: 'question', text: '先写的', answer: '' })
    first.close()

    const ctx = openTestContext(dir, { atRestKdf })
    ctx.services.db.exec(ENGINE_LOG)
    // As a download leaves it while she is closed: her register row and the log both as the team sent them.
    ctx.services.db.prepare('UPDATE register_entries SET text = ? WHERE id = ?').run(`顾客电话 ${PHONE}`, entry.id)
    logRow(ctx, entry.id, { kind: 'question', text: `顾客电话 ${PHONE}`, answer: '', resolution: '' }, 21)
    expect(await dispatch(ctx.handlers, 'session:switch', { profileId: qiang }, quiet)).toMatchObject({ ok: true })
    expect(logged(ctx, entry.id).data).toContain(PHONE)

    expect(await dispatch(ctx.handlers, 'session:switch', { profileId: mei, passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true })
    expect(logged(ctx, entry.id).data).not.toContain(PHONE)
    expect(ctx.services.issueRegister.get(entry.id).text).toBe(`顾客电话 ${PHONE}`)
    ctx.close()
  })
})

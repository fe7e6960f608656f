// Strangers read nothing (issue 16, 1.1): with protection on, known customer text, an order number
// and a phone number are written through every notebook of the real app context, a backup is
// taken, the PC is locked and ShiftDesk closed; then every byte of every file in the data folder
// is searched for them (UTF-8 and UTF-16). A plaintext run of the same script is the control:
// it must find them, or the scan proves nothing. The same holds when the start-up passphrase, not
// a key handed in, protects the folder.
import { randomBytes } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/ipc/dispatch'
import type { Channel, Input } from '../../src/shared/contract'
import { decideStartup } from '../../src/main/services/at-rest/startup-passphrase'
import { StartupGate } from '../../src/main/startup-gate'
import { openTestContext, testClock } from '../helpers/app-context'
import { useTempDir } from '../helpers/temp-dir'

const tempDir = useTempDir()
const quiet = () => undefined

const CUSTOMER = '买家花生酱说快递盒子压坏了'
const ORDER_NO = '3958271046682913'
const PHONE = '13987654321'
const MARKERS = [CUSTOMER, ORDER_NO, PHONE]
const PASSPHRASE = '夜班小美的口令是蓝色月亮'
/** Cheaper than the app's N=2^17 (the wrap stores its parameters). */
const FAST = { N: 2 ** 12, r: 8, p: 1 }

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

/** Every file and marker where the marker's bytes (UTF-8 or UTF-16LE) occur. */
function scan(dir: string): string[] {
  const hits: string[] = []
  for (const file of filesUnder(dir)) {
    const bytes = readFileSync(file)
    for (const marker of MARKERS) {
      if (bytes.includes(Buffer.from(marker, 'utf8')) || bytes.includes(Buffer.from(marker, 'utf16le'))) hits.push(`${file.slice(dir.length + 1)}: ${marker}`)
    }
  }
  return hits
}

/**
 * Writes the markers through every notebook an agent writes into, over IPC as the renderer does;
 * answers what a scan found while ShiftDesk was still open (log and shared memory in use).
 */
async function writeEverywhere(dir: string, databaseKey: string | null): Promise<string[]> {
  const ctx = openTestContext(dir, { databaseKey })
  const ok = async <C extends Channel>(channel: C, input: Input<C>) => {
    const answer = await dispatch(ctx.handlers, channel, input, quiet)
    expect(answer, `${channel}: ${JSON.stringify(answer)}`).toMatchObject({ ok: true })
    return (answer as { value: unknown }).value
  }
  const mei = ctx.services.profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' }).id
  ctx.services.session.switchTo(mei)
  const remark = `${CUSTOMER}，订单 ${ORDER_NO}，电话 ${PHONE}`
  await ok('register:create', { entry: { kind: 'question', text: remark, answer: `回复：${PHONE}` } })
  await ok('register:create', { entry: { kind: 'followup', text: remark, followUp: { customer: CUSTOMER, orderNo: ORDER_NO, promised: PHONE } } })
  const deleted = (await ok('register:create', { entry: { kind: 'idea', text: remark } })) as { id: string }
  await ok('register:delete', { id: deleted.id })
  await ok('drafts:save', { form: 'register:new', payload: JSON.stringify({ text: remark }) })
  // The reply checker refuses phone numbers in replies (they would reach customers).
  const reply = `${CUSTOMER}，订单 ${ORDER_NO}`
  await ok('replies:create', { title: CUSTOMER.slice(0, 6), body: reply })
  await ok('replies:create', { title: '共享', body: reply, shared: true })
  await ok('handover:saveItem', { customer: CUSTOMER.slice(0, 8), orderNo: ORDER_NO, situation: remark, promised: PHONE })
  await ok('handover:saveNotes', { notes: remark, cashCents: 100, itemCount: 1 })
  await ok('search:query', { query: ORDER_NO.slice(0, 6) })
  await ok('backups:backUpNow', {})
  const whileOpen = scan(dir)
  ctx.services.session.lock('manual')
  ctx.close()
  return whileOpen
}

describe('with protection on', () => {
  it('no file in the data folder holds customer text, an order number or a phone number, backups included', async () => {
    const dir = tempDir()
    expect(await writeEverywhere(dir, randomBytes(32).toString('hex'))).toEqual([])
    expect(filesUnder(dir).some((f) => f.includes('backups'))).toBe(true)
    expect(scan(dir)).toEqual([])
  })

  it('with the start-up passphrase (no keystore): what was written before it was set is encrypted at the next start, and later writes too', async () => {
    const dir = tempDir()
    await writeEverywhere(dir, null)
    const before = openTestContext(dir, { atRestKdf: FAST })
    before.services.session.switchTo(before.services.profiles.list()[0]!.id)
    expect(await dispatch(before.handlers, 'atRest:setPassphrase', { passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true, value: { state: 'next-start' } })
    before.close()

    const gate = new StartupGate(await decideStartup(dir, null, testClock()), (shopKey) => Promise.resolve(openTestContext(dir, { databaseKey: shopKey.key, atRest: shopKey.status })))
    expect(await dispatch(gate.handlers(), 'atRest:unlock', { passphrase: PASSPHRASE }, quiet)).toMatchObject({ ok: true })
    const ctx = await gate.whenOpen()
    ctx.services.session.switchTo(ctx.services.profiles.list()[0]!.id)
    const remark = `${CUSTOMER}，订单 ${ORDER_NO}，电话 ${PHONE}`
    expect(await dispatch(ctx.handlers, 'register:create', { entry: { kind: 'question', text: remark } }, quiet)).toMatchObject({ ok: true })
    expect(await dispatch(ctx.handlers, 'backups:backUpNow', {}, quiet)).toMatchObject({ ok: true })
    expect(scan(dir)).toEqual([])
    ctx.services.session.lock('manual')
    ctx.close()
    expect(scan(dir)).toEqual([])
  })

  it('(control) the same script without protection leaves them readable, so the scan can see them', async () => {
    const dir = tempDir()
    expect((await writeEverywhere(dir, null)).length).toBeGreaterThan(0)
    expect(scan(dir).length).toBeGreaterThan(0)
  })
})

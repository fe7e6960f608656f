// The start-up passphrase (issue 16, 1.3 on a PC with no keystore or one shared OS account): the
// PC owner sets it in Settings; from the next start the database stays closed until it is typed;
// wrong passphrases are limited like the PIN (also across restarts and under a burst of guesses);
// the recovery code typed in its place opens the data too. Start-up goes through the same gate
// main/index.ts and the e2e server use (main/startup-gate.ts).
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AppContext } from '../../src/main/app-context'
import { dispatch } from '../../src/main/ipc/dispatch'
import { KEYRING_FILE, readKeyring, type KeyStorePort } from '../../src/main/services/at-rest/keyring'
import { decideStartup, PASSPHRASE_HOLDER, UNLOCK_ATTEMPTS_FILE } from '../../src/main/services/at-rest/startup-passphrase'
import { StartupGate } from '../../src/main/startup-gate'
import type { Channel, Input } from '../../src/shared/contract'
import { openTestContext, testClock, type TestClock } from '../helpers/app-context'
import { keystoreOf, signInMei, startWithKeystore } from '../helpers/keystore-stand-in'
import { useTempDir } from '../helpers/temp-dir'

const tempDir = useTempDir()
const quiet = () => undefined
/** Cheaper than the app's N=2^17 so the suite stays quick (the wrap stores its parameters). */
const FAST = { N: 2 ** 12, r: 8, p: 1 }
const PASSPHRASE = '夜班小美的口令是蓝色月亮'
const MARKER = '买家花生酱说快递盒子压坏了'
const database = (dir: string) => join(dir, 'shiftdesk.db')

async function call<C extends Channel>(handlers: AppContext['handlers'], channel: C, input: Input<C>) {
  return dispatch(handlers, channel, input, quiet)
}

/** A plaintext folder (no keystore) where 小美, the PC owner, wrote MARKER and set the passphrase. */
async function protectedFolder(passphrase = PASSPHRASE): Promise<string> {
  const dir = tempDir()
  const ctx = openTestContext(dir, { atRestKdf: FAST })
  signInMei(ctx)
  expect(await call(ctx.handlers, 'register:create', { entry: { kind: 'question', text: MARKER } })).toMatchObject({ ok: true })
  expect(await call(ctx.handlers, 'atRest:setPassphrase', { passphrase })).toEqual({ ok: true, value: { state: 'next-start', keptBy: 'passphrase' } })
  expect(await call(ctx.handlers, 'atRest:status', {})).toEqual({ ok: true, value: { state: 'next-start', keptBy: 'passphrase' } })
  ctx.close()
  return dir
}

/** What main/index.ts does at start-up, with the keystore it found; the gate opens the test context. */
async function startGate(dir: string, keystore: KeyStorePort | null, clock: TestClock) {
  const startup = await decideStartup(dir, keystore, clock)
  return new StartupGate(startup, (shopKey) => Promise.resolve(openTestContext(dir, { databaseKey: shopKey.key, atRest: shopKey.status, clock, atRestKdf: FAST })))
}

describe('the start-up passphrase', () => {
  it('keeps the database closed until it is typed; then the data is encrypted and opens with everything in it', async () => {
    const dir = await protectedFolder()
    const before = statSync(database(dir)).mtimeMs
    const gate = await startGate(dir, null, testClock())
    expect(await call(gate.handlers(), 'atRest:startupState', {})).toEqual({ ok: true, value: { state: 'locked', attemptsLeft: 5, lockedUntil: null, language: 'zh-CN' } })
    // Nothing else is served, and the database file is not even opened.
    expect(await call(gate.handlers(), 'profiles:list', {})).toMatchObject({ ok: false, error: { code: 'locked', params: { reason: 'startup-locked' } } })
    expect(await call(gate.handlers(), 'register:list', {})).toMatchObject({ ok: false, error: { code: 'locked' } })
    expect(statSync(database(dir)).mtimeMs).toBe(before)
    expect(readFileSync(database(dir)).includes(Buffer.from(MARKER))).toBe(true)

    expect(await call(gate.handlers(), 'atRest:unlock', { passphrase: '夜班小美的口令是红色太阳' })).toMatchObject({ ok: false, error: { code: 'forbidden', params: { reason: 'passphrase-wrong', attemptsLeft: 4 } } })
    expect(await call(gate.handlers(), 'atRest:unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: true, value: { state: 'opening' } })
    const ctx = await gate.whenOpen()
    expect(await call(gate.handlers(), 'atRest:startupState', {})).toEqual({ ok: true, value: { state: 'ready' } })
    expect(await call(gate.handlers(), 'atRest:status', {})).toEqual({ ok: true, value: { state: 'on', keptBy: 'passphrase' } })
    signInMei(ctx)
    const listed = await call(gate.handlers(), 'register:list', {})
    expect(JSON.stringify(listed)).toContain(MARKER)
    ctx.close()
    // Encrypted by the upgrade as it opened: no SQLite header, no marker.
    const bytes = readFileSync(database(dir))
    expect(bytes.toString('latin1', 0, 15)).not.toBe('SQLite format 3')
    expect(bytes.includes(Buffer.from(MARKER))).toBe(false)
    // A right passphrase clears the count.
    expect(JSON.parse(readFileSync(join(dir, UNLOCK_ATTEMPTS_FILE), 'utf8'))).toMatchObject({ failures: 0, lockedUntil: null })
  })

  it('is refused below the stated strength, and nothing is written', async () => {
    const dir = tempDir()
    const ctx = openTestContext(dir, { atRestKdf: FAST })
    signInMei(ctx)
    expect(await call(ctx.handlers, 'atRest:setPassphrase', { passphrase: '12345678' })).toMatchObject({ ok: false, error: { code: 'invalid-input', params: { reason: 'secret-too-guessable' } } })
    expect(await call(ctx.handlers, 'atRest:setPassphrase', { passphrase: 'aB3$' })).toMatchObject({ ok: false, error: { code: 'invalid-input', params: { reason: 'secret-too-short' } } })
    expect(readKeyring(dir)).toBeNull()
    expect(await call(ctx.handlers, 'atRest:status', {})).toEqual({ ok: true, value: { state: 'off', reason: 'no-keystore' } })
    ctx.close()
  })

  it('is set by the PC owner only', async () => {
    const dir = tempDir()
    const ctx = openTestContext(dir, { atRestKdf: FAST })
    signInMei(ctx)
    const other = ctx.services.profiles.create({ displayName: '阿强', agentId: 'KF020', chatAccounts: [], language: 'zh-CN' }).id
    ctx.services.session.switchTo(other)
    expect(await call(ctx.handlers, 'atRest:setPassphrase', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'forbidden', params: { reason: 'pc-owner-only' } } })
    expect(readKeyring(dir)).toBeNull()
    ctx.close()
  })

  it('on a keystore PC, replaces the keystore seal: the same OS account then needs the passphrase too', async () => {
    const dir = tempDir()
    const keystore = keystoreOf(Buffer.alloc(32, 7))
    const first = await startWithKeystore(dir, keystore)
    signInMei(first)
    expect(await call(first.handlers, 'register:create', { entry: { kind: 'question', text: MARKER } })).toMatchObject({ ok: true })
    // startWithKeystore opens with the app's KDF: 0.5 s or more per wrap here, once.
    expect(await call(first.handlers, 'atRest:setPassphrase', { passphrase: PASSPHRASE })).toEqual({ ok: true, value: { state: 'on', keptBy: 'passphrase' } })
    first.close()
    const keyring = readKeyring(dir)!
    expect(keyring.osKeystore).toBeNull()
    expect(Object.keys(keyring.secrets)).toEqual([PASSPHRASE_HOLDER])
    expect(readFileSync(join(dir, KEYRING_FILE), 'utf8')).not.toContain(PASSPHRASE)

    const gate = await startGate(dir, keystore, testClock())
    expect(await call(gate.handlers(), 'atRest:startupState', {})).toMatchObject({ ok: true, value: { state: 'locked' } })
    expect(await call(gate.handlers(), 'atRest:unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: true })
    const ctx = await gate.whenOpen()
    signInMei(ctx)
    expect(JSON.stringify(await call(gate.handlers(), 'register:list', {}))).toContain(MARKER)
    ctx.close()
  }, 60_000)

  it('opens with the recovery code typed in place of a forgotten passphrase', async () => {
    const dir = await protectedFolder()
    const gate = await startGate(dir, null, testClock())
    expect(await call(gate.handlers(), 'atRest:unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: true })
    const ctx = await gate.whenOpen()
    signInMei(ctx)
    const made = await call(gate.handlers(), 'atRest:createRecoveryCode', {})
    const code = (made as { value: { code: string } }).value.code
    ctx.close()

    const next = await startGate(dir, null, testClock())
    expect(await call(next.handlers(), 'atRest:unlock', { passphrase: code.toLowerCase().replace(/-/g, ' ') })).toMatchObject({ ok: true })
    const reopened = await next.whenOpen()
    signInMei(reopened)
    expect(JSON.stringify(await call(next.handlers(), 'register:list', {}))).toContain(MARKER)
    reopened.close()
  })
})

describe('wrong start-up passphrases', () => {
  it('lock further tries after five, even the right one, across a restart, until the wait is over', async () => {
    const dir = await protectedFolder()
    const clock = testClock()
    const gate = await startGate(dir, null, clock)
    for (let i = 4; i >= 1; i--) {
      expect(await call(gate.handlers(), 'atRest:unlock', { passphrase: `猜一猜第${i}个长口令啊` })).toMatchObject({ ok: false, error: { params: { reason: 'passphrase-wrong', attemptsLeft: i } } })
    }
    expect(await call(gate.handlers(), 'atRest:unlock', { passphrase: '最后一个猜错的长口令' })).toMatchObject({ ok: false, error: { code: 'locked', params: { reason: 'passphrase-lockout', seconds: 60 } } })
    expect(await call(gate.handlers(), 'atRest:unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'locked' } })

    // Restarting ShiftDesk gives no fresh tries.
    const restarted = await startGate(dir, null, clock)
    expect(await call(restarted.handlers(), 'atRest:startupState', {})).toEqual({ ok: true, value: { state: 'locked', attemptsLeft: 5, lockedUntil: clock.now() + 60_000, language: 'zh-CN' } })
    expect(await call(restarted.handlers(), 'atRest:unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'locked' } })

    clock.advance(60_001)
    expect(await call(restarted.handlers(), 'atRest:unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: true })
    ;(await restarted.whenOpen()).close()
  })

  it('fired 40 at once with the clock frozen: none opens the data and the lockout holds', async () => {
    const dir = await protectedFolder()
    const clock = testClock()
    const gate = await startGate(dir, null, clock)
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => call(gate.handlers(), 'atRest:unlock', { passphrase: `并发猜测的长口令第${i}号` })))
    expect(answers.filter((a) => a.ok)).toEqual([])
    expect(answers.filter((a) => !a.ok && a.error.code === 'forbidden')).toHaveLength(4)
    expect(await call(gate.handlers(), 'atRest:startupState', {})).toMatchObject({ ok: true, value: { state: 'locked', lockedUntil: clock.now() + 60_000 } })
    expect(await call(gate.handlers(), 'atRest:unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'locked' } })
  })
})

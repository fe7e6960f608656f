// 网吧模式 against the real team server: a café session leaves no file of the agent at the PC, a
// SIGKILL during sign-out loses nothing (the next sign-in there uploads and finishes), and a wiped
// PC gets everything back at the next sign-in (issue 18, item 5). When the network stays down,
// the agent exports what is queued to a file and imports it at her next café sign-in elsewhere.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppContext } from '../../src/main/app-context'
import type { CafeSignInInput } from '../../src/shared/ipc/cafe'
import type { SessionResponse } from '../../src/shared/team/api'
import { callApi, invite } from './helpers/api-client'
import type { CafeChildMessage } from './helpers/cafe-child'
import { CafePc } from './helpers/cafe-pc'
import { serverPrerequisites } from './helpers/prerequisites'
import { TeamStack } from './helpers/team-stack'

const prereq = serverPrerequisites()
const skip = 'skip' in prereq

const ENTRY = 'CAFE-REGISTER-MARKER 顾客要改收货地址'
const REPLY = 'CAFE-REPLY-MARKER 我的私人话术'
const NOTE = 'CAFE-TALLY-MARKER 嫌运费贵'
const KILLED = 'CAFE-KILLED-MARKER 断电前的登记'
const EXPORTED = 'CAFE-EXPORTED-MARKER 断网时导出的登记'

/** Resolves once `check` holds in this copy, checked after each arrival of synced rows. */
function until<T>(context: AppContext, what: string, check: () => T | undefined | false, timeoutMs = 90_000): Promise<T> {
  const first = check()
  if (first) return Promise.resolve(first)
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      stop()
      reject(new Error(`timed out waiting for ${what}`))
    }, timeoutMs)
    const stop = context.services.sync.onArrived(() => {
      const value = check()
      if (!value) return
      clearTimeout(timer)
      stop()
      resolve(value)
    })
  })
}

describe.skipIf(skip)('desktop: café mode (网吧模式) against the team server', () => {
  let stack: TeamStack
  let signIn: CafeSignInInput
  const folders: string[] = []
  const folder = (label: string) => {
    const dir = mkdtempSync(join(tmpdir(), `cafe-pc-${label}-`))
    folders.push(dir)
    return dir
  }

  beforeAll(async () => {
    if ('skip' in prereq) return
    stack = await TeamStack.start(prereq)
    const lead: SessionResponse = await stack.signUpFirstAdmin('Lea')
    const code = await invite(stack.apiUrl, lead)
    const password = 'amy cafe password'
    const accepted = await callApi(stack.apiUrl, '/api/invites/accept', { code, login: 'amy-cafe', displayName: 'Amy', password })
    expect(accepted.status).toBe(200)
    signIn = { serverUrl: stack.apiUrl, login: 'amy-cafe', password }
  })
  afterAll(async () => {
    await stack?.stop()
    if (!process.env.KEEP_TEAM_STACK) for (const dir of folders) rmSync(dir, { recursive: true, force: true })
  })

  it('signs in, works, signs out: no file of hers is left, and the clipboard is cleared', async () => {
    const pc = new CafePc(folder('first'))
    const { services } = await pc.signIn(signIn)
    expect(services.team.status()).toMatchObject({ joined: true, cafe: true, displayName: 'Amy' })
    expect(services.atRest.status()).toEqual({ state: 'on', keptBy: 'team-server' })
    // The team's library, not the default one a new PC starts with (this team has no replies yet).
    expect(services.quickReplies.list()).toEqual([])
    services.issueRegister.create({ kind: 'question', text: ENTRY, answer: '' })
    services.quickReplies.create({ title: '我的话术', body: REPLY, shared: false })
    const tally = services.serviceStats.tally({ outcome: 'effective', source: 'keypad' }).tally
    services.serviceStats.setLostReason(tally.id, 'price', NOTE)
    // She copies her reply for a customer: it sits on the PC's clipboard until she signs out.
    services.quickReplies.copy(services.quickReplies.list().find((reply) => reply.body === REPLY)!.id, {}, false)
    expect(pc.ports.clipboard.text).toBe(REPLY)

    let answer = await pc.signOut(0)
    while (answer.state === 'waiting') answer = await pc.signOut(10_000)
    expect(answer).toEqual({ state: 'signed-out' })
    expect(pc.files()).toEqual([])
    expect(existsSync(join(pc.dataDir, 'cafe'))).toBe(false)
    const left = pc.bytesOnDisk()
    for (const marker of [ENTRY, REPLY, NOTE]) expect(left.includes(marker)).toBe(false)
    expect(pc.ports.clipboard.text).toBe('')
    // The gate is back on the café sign-in screen.
    expect(await pc.gate.handlers()['atRest:startupState']({})).toMatchObject({ state: 'cafe' })

    const server = await stack.api.pool.query<{ text: string; answer: string }>('SELECT text, answer FROM register_entries WHERE deleted_at IS NULL')
    expect(server.rows.map((row) => row.text)).toContain(ENTRY)
    expect(server.rows.map((row) => row.answer)).toContain(NOTE)
    const replies = await stack.api.pool.query<{ body: string }>("SELECT body FROM replies WHERE scope = 'personal'")
    expect(replies.rows.map((row) => row.body)).toContain(REPLY)
  })

  it('loses nothing to a SIGKILL during sign-out: the next sign-in at that PC uploads it and finishes', async () => {
    const dataDir = folder('killed')
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'helpers', 'cafe-child.ts'), JSON.stringify({ dataDir, signIn, text: KILLED })], {
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      cwd: process.cwd(),
    })
    const message = await new Promise<CafeChildMessage>((resolve, reject) => {
      child.once('message', (m: CafeChildMessage) => resolve(m))
      child.once('exit', (code) => reject(new Error(`the café child exited with ${code}`)))
    })
    expect(message.step).toBe('waiting-to-sign-out')
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGKILL')
    await exited
    const before = await stack.api.pool.query('SELECT 1 FROM register_entries WHERE text = $1', [KILLED])
    expect(before.rowCount).toBe(0)
    const pc = new CafePc(dataDir)
    // What the kill left: her copy with the queued entry, readable only with the server's key.
    expect(pc.files().length).toBeGreaterThan(0)
    expect(pc.bytesOnDisk().includes(KILLED)).toBe(false)

    const { services } = await pc.signIn(signIn)
    // Her copy from the killed session, opened with the server's key: the entry is there and uploads.
    expect(services.issueRegister.list('all', 1, 50).items.map((item) => item.text)).toContain(KILLED)
    let answer = await pc.signOut(0)
    while (answer.state === 'waiting') answer = await pc.signOut(10_000)
    expect(pc.files()).toEqual([])
    const after = await stack.api.pool.query('SELECT 1 FROM register_entries WHERE text = $1', [KILLED])
    expect(after.rowCount).toBe(1)
  })

  it('exports the queue to an encrypted file when the network stays down; the next sign-in elsewhere imports and uploads it', async () => {
    const away = new CafePc(folder('export'))
    const { services } = await away.signIn(signIn)
    await services.team.pause()
    services.issueRegister.create({ kind: 'question', text: EXPORTED, answer: '' })
    // Electron's default export folder is inside the copy: a file there would go with it.
    away.ports.dialog.savePath = join(away.dataDir, 'cafe', 'exports', 'amy.sdcafe')
    await expect(away.signOut(0, true)).rejects.toMatchObject({ params: { reason: 'cafe-export-inside' } })
    const file = join(folder('usb'), 'amy.sdcafe')
    away.ports.dialog.savePath = file
    expect(await away.signOut(0, true)).toEqual({ state: 'signed-out', exportedTo: file })
    expect(away.files()).toEqual([])
    expect(readFileSync(file).includes(EXPORTED)).toBe(false)
    expect((await stack.api.pool.query('SELECT 1 FROM register_entries WHERE text = $1', [EXPORTED])).rowCount).toBe(0)

    const next = new CafePc(folder('import'))
    next.ports.dialog.openPath = file
    expect(await next.gate.handlers()['cafe:chooseImport']({})).toEqual({ file: 'amy.sdcafe' })
    const context = await next.signIn(signIn)
    expect(context.services.issueRegister.list('all', 1, 50).items.map((item) => item.text)).toContain(EXPORTED)
    let answer = await next.signOut(0)
    while (answer.state === 'waiting') answer = await next.signOut(10_000)
    expect(next.files()).toEqual([])
    expect((await stack.api.pool.query('SELECT 1 FROM register_entries WHERE text = $1', [EXPORTED])).rowCount).toBe(1)
  })

  it('brings everything back at the next sign-in after the PC was wiped', async () => {
    const pc = new CafePc(folder('wiped'))
    const context = await pc.signIn(signIn)
    const texts = () => context.services.issueRegister.list('all', 1, 50).items.map((item) => item.text)
    await until(context, 'her register entries', () => [ENTRY, KILLED, EXPORTED].every((text) => texts().includes(text)))
    await until(context, 'her personal reply', () => context.services.quickReplies.list().some((reply) => reply.body === REPLY))
    let answer = await pc.signOut(0)
    while (answer.state === 'waiting') answer = await pc.signOut(10_000)
    expect(pc.files()).toEqual([])
  })
})

// Blank names that every JavaScript object already answers to ({{constructor}}, {{toString}},
// {{__proto__}}…) can sit in a shared reply, a tree's script or a presence hook. Filling them must
// treat them as ordinary blanks: never an `internal` error, never an inherited value.
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/ipc/dispatch'
import type { AppContext } from '../../src/main/app-context'
import type { Channel, Input } from '../../src/shared/contract'
import { fillPlaceholders, listPlaceholders } from '../../src/shared/domain/placeholders'
import { missingInputs, startRun } from '../../src/shared/domain/trees/run'
import { openTestContext } from '../helpers/app-context'
import { useTempDir } from '../helpers/temp-dir'

const tempDir = useTempDir()
const quiet = () => undefined
const call = <C extends Channel>(ctx: AppContext, channel: C, input: Input<C>) => dispatch(ctx.handlers, channel, input, quiet)

/** Every name Object.prototype answers to, and a few that once mattered elsewhere. */
const HOSTILE = [...Object.getOwnPropertyNames(Object.prototype), 'prototype', 'length', 'name', 'then', 'toJSON']

/** A small deterministic generator, so a failing case can be replayed from its seed. */
function random(seed: number) {
  let s = seed >>> 0
  return () => ((s = (s * 1664525 + 1013904223) >>> 0), s / 2 ** 32)
}

/** JSON.parse keeps a "__proto__" key as data, as a renderer's structured clone does. */
const ownValues = (entries: [string, string][]) => JSON.parse(JSON.stringify(Object.fromEntries(entries))) as Record<string, string>

describe('placeholders named like built-in properties', () => {
  it('fill as blanks in 2,000 random templates: missing when not given, the given value when given', () => {
    const next = random(1603)
    for (let round = 0; round < 2000; round++) {
      const names = Array.from({ length: 1 + Math.floor(next() * 4) }, () => HOSTILE[Math.floor(next() * HOSTILE.length)]!)
      const template = names.map((n, i) => `第${i}段{{${n}}}`).join('，')
      const unique = listPlaceholders(template)
      const empty = fillPlaceholders(template, {})
      expect(empty.missing.sort()).toEqual([...unique].sort())
      expect(empty.text).toBe(template)
      const given = ownValues(unique.map((n, i) => [n, `值${i}`]))
      const filled = fillPlaceholders(template, given)
      expect(filled.missing).toEqual([])
      expect(filled.text).not.toMatch(/\{\{|function|\[object/)
    }
  })

  it('a tree input keyed like a built-in is never taken as entered, and stays data when it is', () => {
    const tree = { inputs: HOSTILE.map((key) => ({ key, label: key, required: true })) } as Parameters<typeof missingInputs>[0]
    expect(missingInputs(tree, {}).sort()).toEqual([...HOSTILE].sort())
    const run = startRun(tree, ownValues(HOSTILE.map((k) => [k, `v-${k}`])))
    expect(Object.getPrototypeOf(run.inputs)).toBe(Object.prototype)
    expect(Object.keys(run.inputs).sort()).toEqual([...HOSTILE].sort())
  })
})

describe('over IPC', () => {
  function signedIn(): AppContext {
    const ctx = openTestContext(tempDir())
    const mei = ctx.services.profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' })
    ctx.services.session.switchTo(mei.id)
    return ctx
  }

  it('replies:copy refuses the unfilled blanks by name, then copies with them filled', async () => {
    const ctx = signedIn()
    const body = '亲，{{constructor}}，{{toString}}，{{__proto__}}，{{hasOwnProperty}}'
    const reply = await call(ctx, 'replies:create', { title: '奇怪的空', body, shared: true })
    expect(reply).toMatchObject({ ok: true })
    const id = (reply as { value: { id: string } }).value.id
    const refused = await call(ctx, 'replies:copy', { id, values: {} })
    expect(refused.ok).toBe(false)
    expect(refused).not.toMatchObject({ error: { code: 'internal' } })
    const names = ['constructor', 'toString', '__proto__', 'hasOwnProperty']
    const copied = await call(ctx, 'replies:copy', { id, values: ownValues(names.map((n, i) => [n, `空${i}`])) })
    expect(copied).toMatchObject({ ok: true, value: { text: '亲，空0，空1，空2，空3' } })
    ctx.close()
  })

  it("trees:copyScript fills a script's built-in-named blanks from the run's values", async () => {
    const ctx = signedIn()
    const tree = {
      id: 'odd-blanks',
      version: 1,
      title: '奇怪的空',
      description: '',
      inputs: [{ key: 'constructor', label: '构造', required: false }],
      root: 'o',
      nodes: [{ id: 'o', kind: 'outcome', title: '结果', script: '{{constructor}} / {{valueOf}} / {{__proto__}}' }],
    }
    expect(await call(ctx, 'trees:import', { text: JSON.stringify(tree), dryRun: false })).toMatchObject({ ok: true, value: { ok: true } })
    const started = await call(ctx, 'trees:startRun', { treeId: 'odd-blanks', version: 1 })
    const runId = (started as { value: { runId: string } }).value.runId
    const refused = await call(ctx, 'trees:copyScript', { runId, choices: [], values: {} })
    expect(refused.ok).toBe(false)
    expect(refused).not.toMatchObject({ error: { code: 'internal' } })
    const values = ownValues([['constructor', 'A'], ['valueOf', 'B'], ['__proto__', 'C']])
    expect(await call(ctx, 'trees:copyScript', { runId, choices: [], values })).toMatchObject({ ok: true, value: { text: 'A / B / C' } })
    ctx.close()
  })

  it('presence:updateSettings refuses a hook address with a built-in-named blank as an unknown placeholder', async () => {
    const ctx = signedIn()
    for (const name of ['constructor', 'toString', '__proto__']) {
      const answer = await call(ctx, 'presence:updateSettings', { hooks: { url: { enabled: true, url: `https://status.example/?s={{${name}}}` }, command: { enabled: false, path: '', args: [] } } })
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input', params: { reason: 'url-placeholder' } } })
    }
    ctx.close()
  })
})

describe('a huge values object', () => {
  it('is refused as invalid-input (counted before it is read), and an honest one still copies', async () => {
    const ctx = openTestContext(tempDir())
    const mei = ctx.services.profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' })
    ctx.services.session.switchTo(mei.id)
    const reply = await call(ctx, 'replies:create', { title: '发货', body: '亲，{{days}} 天内发货' })
    const id = (reply as { value: { id: string } }).value.id
    // Under the payload budget (big-payloads.test.ts has the 100 MB one): refused by the count of names.
    const huge = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, 'x']))
    expect(await call(ctx, 'replies:copy', { id, values: huge })).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(await call(ctx, 'replies:copy', { id, values: { days: '3' } })).toMatchObject({ ok: true, value: { text: '亲，3 天内发货' } })
    ctx.close()
  })
})

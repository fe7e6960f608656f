// 10,000 random and malformed payloads across every channel of the contract (channels added
// later are included automatically), through the same dispatch and policy-guarded handler map
// that Electron and the e2e server use. Seeded: the seed is printed; SEED=<n> replays a run.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it, onTestFailed } from 'vitest'
import { dispatch } from '../../../src/main/ipc/dispatch'
import { CHANNELS, contract, ERROR_CODES, type Channel, type Envelope } from '../../../src/shared/contract'
import { describe as show, jsonSchemaOf, mutate, MUTATIONS, validish, type IdPools } from '../../reliability/payloads'
import { prng, seedFrom } from '../../reliability/prng'
import type { FakePorts } from '../../helpers/fake-ports'
import { useTempDir } from '../../helpers/temp-dir'
import { openAgent } from './fixture'

const tempDir = useTempDir('shiftdesk-fuzz-')
const PAYLOADS = 10_000
/** Refusals that are themselves recorded, on purpose: a wrong PIN or personal passphrase counts toward the lockout. */
const RECORDED_REFUSALS = new Set(['wrong-pin', 'pin-lockout', 'wrong-passphrase'])
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort().join()

/** Ids of the records in an answer (fields named `id`; a text field may echo any string back). */
const idsIn = (value: unknown, out: string[] = [], depth = 0): string[] => {
  if (depth > 30 || !value || typeof value !== 'object') return out
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === 'string' && k === 'id') out.push(v)
    else idsIn(v, out, depth + 1)
  }
  return out
}

it(
  'answers 10,000 random and malformed payloads on every channel with a valid envelope, writing nothing when it refuses',
  async () => {
    const seed = seedFrom(process.env.SEED)
    console.warn(`ipc fuzz seed ${seed} (SEED=${seed} replays this run)`)
    onTestFailed(() => console.error(`ipc fuzz FAILED with seed ${seed}: replay with SEED=${seed}`))
    const r = prng(seed)
    const dir = tempDir()
    const agent = openAgent(dir)
    const { services, handlers } = agent.ctx
    const { db, profiles, session, issueRegister } = services
    // Durability is the kill test's subject; here fsync would only slow 10,000 calls down.
    db.pragma('synchronous = OFF')
    const ports = services.ports as FakePorts
    ports.dialog.savePath = join(dir, 'export-target')

    // Another agent on the same PC, with private notes whose ids the fuzzer aims at 小美's calls.
    const mei = agent.profileId
    const qiang = profiles.create({ displayName: '阿强', agentId: 'KF020', chatAccounts: [], language: 'zh-CN' }).id
    session.switchTo(qiang)
    const theirNotes = ['阿强的私人记录：客户电话13800000000', '阿强：答应明天退款'].map((text) => issueRegister.create({ kind: 'question', text }).id)
    session.switchTo(mei)
    const mine = ['小美的记录'].map((text) => issueRegister.create({ kind: 'question', text }).id)
    const ids: IdPools = { own: [mei, ...mine], others: [qiang, ...theirNotes] }

    // Every row any service inserts, updates or deletes moves this counter — even one a failed
    // transaction rolls back — so "a refused call wrote nothing" is checked strictly and cheaply.
    const totalChanges = db.prepare('SELECT total_changes()').pluck()
    // Files a call could write outside SQLite: preferences, settings, backups, a staged restore.
    const filesState = () => {
      const state: string[] = []
      const walk = (folder: string) => {
        for (const name of readdirSync(folder).sort()) {
          const path = join(folder, name)
          const stat = statSync(path)
          if (stat.isDirectory()) walk(path)
          else if (!name.startsWith('shiftdesk.db')) state.push(`${path.slice(dir.length)}:${name.endsWith('.json') ? createHash('sha256').update(readFileSync(path)).digest('hex') : stat.size}`)
        }
      }
      walk(dir)
      return state
    }
    /** Puts 小美 back in charge (a fuzzed call may sign in 阿强, lock the screen or set a PIN). */
    const resetSession = (): boolean => {
      const pin = profiles.get(mei).hasPin
      if (pin) profiles.setPin(mei, null)
      const away = session.current()?.id !== mei || session.isLocked()
      if (away) session.switchTo(mei)
      return pin || away
    }

    const schemas = new Map(CHANNELS.map((c) => [c, jsonSchemaOf(contract[c].input)]))
    const order: Channel[] = Array.from({ length: PAYLOADS }, (_, i) => CHANNELS[i % CHANNELS.length]!)
    const failures: string[] = []
    const counts = { ok: 0, refused: 0, byCode: {} as Record<string, number>, byMutation: {} as Record<string, number> }
    // What the data folder holds, refreshed after every call that was allowed to change it.
    let knownChanges: number
    let knownFiles = filesState()
    const quiet = () => undefined

    for (let i = 0; i < order.length && failures.length < 10; i++) {
      const channel = r.chance(0.01) ? r.pick(['__proto__', 'constructor', 'toString', 'fs:readFile', `${CHANNELS[0]} `]) : order[i]!
      const how = r.chance(0.25) ? 'none' : r.pick(MUTATIONS.slice(1))
      const payload = mutate(validish(schemas.get(channel as Channel) ?? {}, r, ids), how, r, ids)
      counts.byMutation[how] = (counts.byMutation[how] ?? 0) + 1
      if (resetSession()) knownFiles = filesState()
      knownChanges = totalChanges.get() as number
      const what = () => `#${i} ${channel} (${how}) ${show(payload)}`

      let answer: Envelope<unknown>
      try {
        answer = await dispatch(handlers, channel, payload, quiet)
      } catch (error) {
        failures.push(`${what()}: dispatch threw ${String(error)}`)
        continue
      }
      // Side effects that a handler starts without awaiting land before the next check.
      await new Promise((resolve) => setImmediate(resolve))

      if (Object.getOwnPropertyNames(Object.prototype).sort().join() !== PROTOTYPE_NAMES || ({} as Record<string, unknown>).polluted !== undefined) {
        failures.push(`${what()}: Object.prototype was polluted`)
        break
      }
      if (answer.ok) {
        counts.ok++
        const def = contract[channel as Channel]
        if (!def || !def.output.safeParse(answer.value).success) failures.push(`${what()}: ok answer outside the contract`)
        const leaked = idsIn(answer.value).filter((id) => theirNotes.includes(id))
        if (leaked.length > 0 && session.current()?.id === mei) failures.push(`${what()}: answered with 阿强's private record ${leaked[0]}`)
        for (const id of idsIn(answer.value)) if (!ids.others.includes(id) && !ids.own.includes(id)) ids.own.push(id)
        knownFiles = filesState()
        continue
      }
      counts.refused++
      counts.byCode[answer.error.code] = (counts.byCode[answer.error.code] ?? 0) + 1
      if (!ERROR_CODES.includes(answer.error.code) || typeof answer.error.message !== 'string') failures.push(`${what()}: malformed error ${show(answer.error)}`)
      if (answer.error.code === 'internal') failures.push(`${what()}: internal error "${answer.error.message}"`)
      if (RECORDED_REFUSALS.has(String(answer.error.params?.reason))) continue
      if ((totalChanges.get() as number) !== knownChanges) failures.push(`${what()}: refused (${answer.error.code}) but rows were written`)
      const filesAfter = filesState()
      const touched = [...filesAfter.filter((f) => !knownFiles.includes(f)), ...knownFiles.filter((f) => !filesAfter.includes(f))]
      if (touched.length > 0) failures.push(`${what()}: refused (${answer.error.code}) but files in the data folder changed: ${touched.join(', ')}`)
    }

    console.warn(`ipc fuzz: ${PAYLOADS} payloads, ${counts.ok} accepted, ${counts.refused} refused ${JSON.stringify(counts.byCode)}; mutations ${JSON.stringify(counts.byMutation)}`)
    expect(failures).toEqual([])
    expect(counts.ok + counts.refused).toBe(PAYLOADS)
    // The generator must reach the services, not only the schema check, for the run to mean much.
    expect(counts.ok).toBeGreaterThan(PAYLOADS / 10)
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    agent.ctx.close()
  },
  180_000,
)

// Encryption at rest is on by default wherever the OS keystore is real (issue 16, 1.3/1.5): the
// start-up path of main/index.ts (services/at-rest/keystore-key.ts, then the app context) makes
// the shop key on the first start, seals it with the keystore, encrypts what is already on disk
// with every row kept, and reopens on the next start. Without a keystore the data stays
// plaintext and Settings' channel says so. The keystore is a stand-in (test/helpers/keystore-stand-in.ts).
import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AppContext } from '../../src/main/app-context'
import { KEYRING_FILE, readKeyring, type KeyStorePort } from '../../src/main/services/at-rest/keyring'
import { openShopKey } from '../../src/main/services/at-rest/keystore-key'
import { DeskError } from '../../src/shared/contract'
import { keystoreOf, signInMei, startWithKeystore } from '../helpers/keystore-stand-in'
import { useTempDir } from '../helpers/temp-dir'

const tempDir = useTempDir()
const MARKER = '顾客阿花的手机 13912345678'
const SQLITE_MAGIC = 'SQLite format 3\0'


function writeNotes(ctx: AppContext, count: number): void {
  signInMei(ctx)
  for (let i = 0; i < count; i++) ctx.services.issueRegister.create({ kind: 'question', text: `${MARKER} 第${i}条` })
}

const entryCount = (ctx: AppContext) => ctx.services.db.prepare('SELECT count(*) FROM register_entries').pluck().get() as number

/** Files in the folder holding the marker, as UTF-8 or UTF-16. */
function filesWithMarker(dir: string): string[] {
  const needles = [Buffer.from('13912345678', 'utf8'), Buffer.from('13912345678', 'utf16le')]
  const hits: string[] = []
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (needles.some((n) => readFileSync(path).includes(n))) hits.push(path)
    }
  }
  walk(dir)
  return hits
}

const header = (dir: string) => readFileSync(join(dir, 'shiftdesk.db')).toString('latin1', 0, 16)

describe('encryption at rest at start-up', () => {
  it('with a working keystore, makes the key on the first start, keeps the database and its backups encrypted, and reopens on the next start', async () => {
    // A first start on a new PC: the data folder does not exist yet.
    const dir = join(tempDir(), 'ShiftDesk', 'data')
    const account = randomBytes(32)
    const first = await startWithKeystore(dir, keystoreOf(account))
    writeNotes(first, 12)
    await first.services.backups.backUpNow()
    expect(await first.handlers['atRest:status']({})).toEqual({ state: 'on', keptBy: 'os-keystore' })
    // A fresh folder has nothing to upgrade, so there is nothing to tell.
    expect(first.services.notices.list().map((n) => n.code)).not.toContain('database-encrypted')
    expect(filesWithMarker(dir)).toEqual([])
    first.close()

    const keyring = readKeyring(dir)!
    expect(keyring.osKeystore).toEqual(expect.any(String))
    expect(keyring.secrets).toEqual({})
    expect(header(dir)).not.toBe(SQLITE_MAGIC)
    expect(filesWithMarker(dir)).toEqual([])

    const next = await startWithKeystore(dir, keystoreOf(account))
    signInMei(next)
    expect(entryCount(next)).toBe(12)
    expect(next.services.issueRegister.list('all', 1, 50).items.some((e) => e.text.includes(MARKER))).toBe(true)
    next.close()
  })

  it('without a usable keystore, stays plaintext as before, writes no keyring and says so', async () => {
    for (const keystore of [null, keystoreOf(randomBytes(32), false)]) {
      const dir = tempDir()
      const ctx = await startWithKeystore(dir, keystore)
      writeNotes(ctx, 3)
      expect(await ctx.handlers['atRest:status']({})).toEqual({ state: 'off', reason: 'no-keystore' })
      ctx.close()
      expect(existsSync(join(dir, KEYRING_FILE))).toBe(false)
      expect(header(dir)).toBe(SQLITE_MAGIC)
      // The control: the same scan finds the marker when nothing is encrypted.
      expect(filesWithMarker(dir)).toContain(join(dir, 'shiftdesk.db'))
    }
  })

  it('upgrades an existing plaintext database on the first start with a keystore, every row kept, and tells the agent once', async () => {
    const dir = tempDir()
    const before = await startWithKeystore(dir, null)
    writeNotes(before, 40)
    await before.services.backups.backUpNow()
    before.close()
    expect(filesWithMarker(dir).length).toBeGreaterThan(0)

    const account = randomBytes(32)
    const upgraded = await startWithKeystore(dir, keystoreOf(account))
    signInMei(upgraded)
    expect(entryCount(upgraded)).toBe(40)
    expect(upgraded.services.notices.list().filter((n) => n.code === 'database-encrypted')).toHaveLength(1)
    upgraded.close()
    expect(header(dir)).not.toBe(SQLITE_MAGIC)
    expect(filesWithMarker(dir)).toEqual([])

    const after = await startWithKeystore(dir, keystoreOf(account))
    expect(after.services.notices.list().map((n) => n.code)).not.toContain('database-encrypted')
    signInMei(after)
    expect(entryCount(after)).toBe(40)
    after.close()
  })

  it('never falls back to plaintext for a protected folder: another OS account, or no keystore, stops start-up and changes nothing', async () => {
    const dir = tempDir()
    const account = randomBytes(32)
    const ctx = await startWithKeystore(dir, keystoreOf(account))
    writeNotes(ctx, 2)
    ctx.close()
    const keyringBefore = readFileSync(join(dir, KEYRING_FILE), 'utf8')
    const reasonOf = async (keystore: KeyStorePort | null) => {
      try {
        await openShopKey(dir, keystore)
      } catch (error) {
        return error instanceof DeskError ? error.toBody().params?.reason : String(error)
      }
      return 'opened'
    }
    expect(await reasonOf(keystoreOf(randomBytes(32)))).toBe('keyring-keystore-refused')
    expect(await reasonOf(null)).toBe('keyring-no-keystore')
    expect(await reasonOf(keystoreOf(account, false))).toBe('keyring-no-keystore')
    expect(readFileSync(join(dir, KEYRING_FILE), 'utf8')).toBe(keyringBefore)
    const again = await startWithKeystore(dir, keystoreOf(account))
    signInMei(again)
    expect(entryCount(again)).toBe(2)
    again.close()
  })
})

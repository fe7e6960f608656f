// Each profile's private notebooks sealed with a key of its own (issue 16, 1.2), so a colleague who
// knows the shop's secret, has her own PIN and copies every file still reads nothing of another
// agent's private text. The shop key (db/cipher.ts) encrypts the whole file against strangers;
// inside it, a profile that set a personal passphrase (个人口令) has its private text columns sealed
// with AES-256-GCM under a random key of its own. That key is stored only wrapped by the
// passphrase (scrypt, key-wrap.ts) in `profiles.vault_key`, opened when she signs in with the
// passphrase, and kept in memory until ShiftDesk quits, so her PIN stays a quick unlock.
//
// Sealed text is ordinary TEXT with a prefix no typed text carries, so the tables, their
// constraints and every query that does not read the sealed columns stay as they are. Notebooks
// seal on write and reveal on read through this service, or through the SQL function
// reveal_private(profile_id, text) inside the team upload triggers. Nothing seals inside SQLite:
// the sync engine's own connections apply downloads and hold no key, so main seals what arrives
// as it takes the arrivals. The search index keeps a sealed profile's words as keyed hashes (`token`).
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto'
import { DeskError } from '../../../shared/contract'
import type { Db } from '../../db/connection'
import { AT_REST_KDF, unwrapKey, wrapKey, type KdfParams, type WrappedKey } from './key-wrap'

/** What a profile's private text is protected by: the shop key only, or also its own key (closed until she signs in with the passphrase). */
export type VaultState = 'none' | 'closed' | 'open'

/** Starts every sealed value: a control character no cleaned text contains, then the format's version. */
export const SEALED_PREFIX = '\u0001s1:'

/** How long one slice of a long first-seal pass may hold main before it lets the event loop run. */
const SLICE_MS = 40

/** How many revealed texts are kept (a busy agent's year of register fields is about this many). */
const REVEALED_KEPT = 50_000

/** What a sealed value reads as while its profile's key is closed (never shown to that profile: she is signed in when her rows are read). */
export const CLOSED_TEXT = '🔒'

type OpenKey = { raw: Buffer; seal: Buffer; token: Buffer }

const wrapContext = (profileId: string) => `vault:${profileId}`

function vaultClosed(): DeskError {
  return new DeskError('locked', 'The private notebooks are closed; sign in with the personal passphrase first.', { reason: 'vault-closed' })
}

function expand(key: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), `shiftdesk ${purpose}`, 32))
}

export class PrivateVault {
  private readonly keys = new Map<string, OpenKey>()
  private readonly sealers: ((profileId: string) => void)[] = []
  private readonly openers: ((profileId: string) => void)[] = []
  private readonly slicers: ((profileId: string) => () => boolean)[] = []
  /**
   * Text already revealed, by profile and sealed value (each sealing draws a fresh IV, so a value
   * names one text). A register list re-reads the same rows on every visit; the plain text is in
   * this process anyway while her key is open. Oldest first, so the first key is the one to drop.
   */
  private readonly revealed = new Map<string, string>()
  /** Whether each profile has a wrapped key: asked on every private write, and it changes only here. */
  private readonly hasWrap = new Map<string, boolean>()

  constructor(
    private readonly db: Db,
    private readonly kdf: KdfParams = AT_REST_KDF,
  ) {
    // The upload triggers send plain text to the team.
    db.function('reveal_private', { deterministic: false }, (profileId: unknown, text: unknown) => this.revealValue(profileId, text))
  }

  state(profileId: string): VaultState {
    if (this.keys.has(profileId)) return 'open'
    return this.wrapOf(profileId) === null ? 'none' : 'closed'
  }

  /**
   * A notebook's pass that rewrites one profile's existing private rows sealed (and its search
   * words hashed). They all run in the one transaction that stores the new key, so a profile is
   * never half sealed.
   */
  onFirstSeal(sealer: (profileId: string) => void): void {
    this.sealers.push(sealer)
  }

  /**
   * A notebook's pass run each time a profile's key opens (she signs in with the passphrase): it
   * seals what team sync brought down for her while the key was closed. Passes must leave sealed
   * rows as they are, since they run at every opening.
   */
  onOpen(pass: (profileId: string) => void): void {
    this.openers.push(pass)
  }

  /**
   * A first-seal pass too long for one transaction (re-indexing a year of notes): `start` gives a
   * step that does one slice and answers true once nothing is left. Steps run after the key is
   * stored, each slice in its own transaction with main free in between, so ShiftDesk keeps
   * answering. Each step must be safe to start again: a quit part-way leaves `vault_sealing` set,
   * and her next sign-in with the passphrase runs the passes again from the start.
   */
  onFirstSealInSlices(start: (profileId: string) => () => boolean): void {
    this.slicers.push(start)
  }

  /**
   * Gives the profile its own key, wrapped by `passphrase`, and seals what it already wrote. A
   * profile that has a key keeps it: the new passphrase wraps the same key, so nothing is re-sealed.
   * The caller has checked the passphrase's strength and that the profile is signed in (so open).
   */
  async setPassphrase(profileId: string, passphrase: string): Promise<void> {
    const existing = this.keys.get(profileId)
    if (existing === undefined && this.wrapOf(profileId) !== null) throw vaultClosed()
    const key = existing === undefined ? randomBytes(32) : null
    const wrapped = await wrapKey(existing?.raw ?? key!, passphrase, wrapContext(profileId), this.kdf)
    const store = this.db.prepare('UPDATE profiles SET vault_key = ? WHERE id = ?')
    if (key === null) {
      store.run(JSON.stringify(wrapped), profileId)
      return
    }
    this.remember(profileId, key)
    try {
      this.db.transaction(() => {
        store.run(JSON.stringify(wrapped), profileId)
        this.db.prepare('UPDATE profiles SET vault_sealing = ? WHERE id = ?').run(this.slicers.length > 0 ? 1 : 0, profileId)
        this.hasWrap.set(profileId, true)
        for (const seal of this.sealers) seal(profileId)
      }).immediate()
    } catch (error) {
      this.hasWrap.delete(profileId)
      this.keys.delete(profileId)
      throw error
    }
    await this.finishSealing(profileId)
  }

  /** Runs the sliced first-seal passes to the end, a slice of about SLICE_MS at a time. */
  private async finishSealing(profileId: string): Promise<void> {
    for (const start of this.slicers) {
      const step = start(profileId)
      for (;;) {
        const done = this.db.transaction(() => {
          const until = performance.now() + SLICE_MS
          for (;;) {
            if (step()) return true
            if (performance.now() >= until) return false
          }
        }).immediate()
        if (done) break
        await new Promise<void>((resolve) => setImmediate(resolve))
      }
    }
    this.db.prepare('UPDATE profiles SET vault_sealing = 0 WHERE id = ?').run(profileId)
  }

  /** Opens the profile's key with its passphrase; false when the passphrase is wrong. A profile without a key opens trivially. */
  async unlock(profileId: string, passphrase: string): Promise<boolean> {
    if (this.keys.has(profileId)) return true
    const wrap = this.wrapOf(profileId)
    if (wrap === null) return true
    const key = await unwrapKey(wrap, passphrase, wrapContext(profileId))
    if (key === null) return false
    this.remember(profileId, key)
    try {
      this.db.transaction(() => {
        for (const pass of this.openers) pass(profileId)
      }).immediate()
    } catch {
      // The disk refused: what arrived stays as the team sent it, under the shop key, and the next opening seals it.
    }
    // A first sealing cut short (ShiftDesk quit part-way) finishes now, while she works.
    if (this.db.prepare('SELECT vault_sealing FROM profiles WHERE id = ?').pluck().get(profileId) === 1) {
      void this.finishSealing(profileId).catch((error: unknown) => console.error('[vault] could not finish sealing; the next sign-in tries again', error))
    }
    return true
  }

  /** True when `passphrase` opens the profile's stored key, whether or not it is open now (a change of passphrase proves the current one). */
  async opensWith(profileId: string, passphrase: string): Promise<boolean> {
    const wrap = this.wrapOf(profileId)
    return wrap !== null && (await unwrapKey(wrap, passphrase, wrapContext(profileId))) !== null
  }

  /** True when text written for this profile is sealed (it has its own key). */
  seals(profileId: string | null): boolean {
    return profileId !== null && this.state(profileId) !== 'none'
  }

  /** `text` sealed for the profile; unchanged for shared rows (null), a profile without a key, or ''. */
  seal(profileId: string | null, text: string): string {
    if (text === '' || profileId === null || text.startsWith(SEALED_PREFIX)) return text
    const key = this.keys.get(profileId)
    if (key === undefined) {
      if (this.wrapOf(profileId) === null) return text
      throw vaultClosed()
    }
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', key.seal, iv)
    cipher.setAAD(Buffer.from(profileId, 'utf8'))
    const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()])
    return SEALED_PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')
  }

  /** The text behind a sealed value; anything else as it is. CLOSED_TEXT while the profile's key is closed. */
  reveal(profileId: string | null, value: string): string {
    if (profileId === null || !value.startsWith(SEALED_PREFIX)) return value
    const key = this.keys.get(profileId)
    if (key === undefined) return CLOSED_TEXT
    const cacheKey = `${profileId}\u0000${value}`
    const known = this.revealed.get(cacheKey)
    if (known !== undefined) return known
    const text = this.decrypt(profileId, key, value)
    if (text === CLOSED_TEXT) return text
    this.revealed.set(cacheKey, text)
    if (this.revealed.size > REVEALED_KEPT) this.revealed.delete(this.revealed.keys().next().value!)
    return text
  }

  private decrypt(profileId: string, key: OpenKey, value: string): string {
    const bytes = Buffer.from(value.slice(SEALED_PREFIX.length), 'base64')
    const decipher = createDecipheriv('aes-256-gcm', key.seal, bytes.subarray(0, 12))
    decipher.setAAD(Buffer.from(profileId, 'utf8'))
    decipher.setAuthTag(bytes.subarray(12, 28))
    try {
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8')
    } catch {
      // Sealed for another profile or damaged: never shown as if it were hers.
      return CLOSED_TEXT
    }
  }

  /**
   * A search word as the index keeps it for this profile: a keyed hash (letters and digits, so
   * the index's ascii tokenizer keeps it whole) when the profile seals, else the word itself.
   */
  token(profileId: string | null, word: string): string {
    if (profileId === null) return word
    const key = this.keys.get(profileId)
    if (key === undefined) {
      if (this.wrapOf(profileId) === null) return word
      throw vaultClosed()
    }
    return 'h' + createHmac('sha256', key.token).update(word, 'utf8').digest('hex').slice(0, 24)
  }

  private remember(profileId: string, key: Buffer): void {
    this.keys.set(profileId, { raw: key, seal: expand(key, 'seal'), token: expand(key, 'search-token') })
  }

  private wrapOf(profileId: string): WrappedKey | null {
    if (this.hasWrap.get(profileId) === false) return null
    const json = this.db.prepare('SELECT vault_key FROM profiles WHERE id = ?').pluck().get(profileId) as string | null | undefined
    this.hasWrap.set(profileId, Boolean(json))
    return json ? (JSON.parse(json) as WrappedKey) : null
  }


  private revealValue(profileId: unknown, text: unknown): unknown {
    if (typeof text !== 'string') return text
    return this.reveal(typeof profileId === 'string' ? profileId : null, text)
  }
}

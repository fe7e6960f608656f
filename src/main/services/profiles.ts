// Agent profiles stored in SQLite: name, agent ID, chat accounts, language, and the PIN hash with
// its lockout state (the PIN itself is never stored).
import { DeskError, type Language, type Profile, type ProfileUpdate } from '../../shared/contract'
import type { PinAttemptState } from '../../shared/domain/profiles'
import type { Db } from '../db/connection'
import type { Clock, IdSource } from './clock'
import type { PinHash } from './pin-hash'
import type { VaultState } from './at-rest/private-vault'

type ProfileRow = {
  id: string
  display_name: string
  agent_id: string
  chat_accounts: string
  language: string
  pin_hash: string | null
  pin_salt: string | null
  pin_failures: number
  pin_lockouts: number
  pin_locked_until: number | null
  created_at: number
}

/** What a new profile needs (its optional PIN arrives already hashed). */
export type NewProfile = { displayName: string; agentId: string; chatAccounts: string[]; language: Language }

export type PinRecord = PinAttemptState & { pin: PinHash | null }

function toProfile(row: ProfileRow, vault: VaultState): Profile {
  return {
    id: row.id,
    displayName: row.display_name,
    agentId: row.agent_id,
    chatAccounts: JSON.parse(row.chat_accounts) as string[],
    language: row.language === 'en' ? 'en' : 'zh-CN',
    hasPin: row.pin_hash !== null,
    ...(vault === 'none' ? {} : { passphrase: vault }),
    createdAt: row.created_at,
  }
}

export class ProfileService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly newId: IdSource,
    private readonly vault: { state(profileId: string): VaultState },
  ) {}

  list(): Profile[] {
    const rows = this.db.prepare('SELECT * FROM profiles ORDER BY created_at, id').all() as ProfileRow[]
    return rows.map((row) => toProfile(row, this.vault.state(row.id)))
  }

  exists(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM profiles WHERE id = ?').get(id) !== undefined
  }

  get(id: string): Profile {
    const row = this.row(id)
    return toProfile(row, this.vault.state(row.id))
  }

  create(draft: NewProfile, pin: PinHash | null = null): Profile {
    this.refuseTakenName(draft.displayName, null)
    const now = this.clock.now()
    const id = this.newId()
    this.db
      .prepare(
        `INSERT INTO profiles (id, display_name, agent_id, chat_accounts, language, pin_hash, pin_salt, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, draft.displayName, draft.agentId, JSON.stringify(draft.chatAccounts), draft.language, pin?.hash ?? null, pin?.salt ?? null, now, now)
    return this.get(id)
  }

  update(id: string, patch: ProfileUpdate): Profile {
    const current = this.get(id)
    const next = { ...current, ...patch }
    if (next.displayName !== current.displayName) this.refuseTakenName(next.displayName, id)
    this.db
      .prepare('UPDATE profiles SET display_name = ?, agent_id = ?, chat_accounts = ?, language = ?, updated_at = ? WHERE id = ?')
      .run(next.displayName, next.agentId, JSON.stringify(next.chatAccounts), next.language, this.clock.now(), id)
    return this.get(id)
  }

  pinRecord(id: string): PinRecord {
    const row = this.row(id)
    return {
      pin: row.pin_hash !== null && row.pin_salt !== null ? { hash: row.pin_hash, salt: row.pin_salt } : null,
      failures: row.pin_failures,
      lockouts: row.pin_lockouts,
      lockedUntil: row.pin_locked_until,
    }
  }

  /** A new PIN (or none) starts with a clean slate of attempts. */
  setPin(id: string, pin: PinHash | null): Profile {
    this.row(id)
    this.db
      .prepare('UPDATE profiles SET pin_hash = ?, pin_salt = ?, pin_failures = 0, pin_lockouts = 0, pin_locked_until = NULL, updated_at = ? WHERE id = ?')
      .run(pin?.hash ?? null, pin?.salt ?? null, this.clock.now(), id)
    return this.get(id)
  }

  savePinAttempts(id: string, state: PinAttemptState): void {
    this.db.prepare('UPDATE profiles SET pin_failures = ?, pin_lockouts = ?, pin_locked_until = ? WHERE id = ?').run(state.failures, state.lockouts, state.lockedUntil, id)
  }

  /** Counts one wrong PIN: the stored state is read and replaced in one IMMEDIATE transaction. */
  recordPinFailure(id: string, next: (state: PinAttemptState) => PinAttemptState): PinAttemptState {
    return this.db.transaction(() => {
      const { pin: _pin, ...state } = this.pinRecord(id)
      const after = next(state)
      this.savePinAttempts(id, after)
      return after
    }).immediate()
  }

  private row(id: string): ProfileRow {
    const row = this.db.prepare('SELECT * FROM profiles WHERE id = ?').get(id) as ProfileRow | undefined
    if (!row) throw new DeskError('not-found', `No profile ${id}.`, { what: 'profile' })
    return row
  }

  private refuseTakenName(displayName: string, exceptId: string | null): void {
    const taken = this.db.prepare('SELECT 1 FROM profiles WHERE display_name = ? AND id IS NOT ?').get(displayName, exceptId)
    if (taken) throw new DeskError('conflict', `A profile named ${displayName} exists.`, { name: displayName })
  }
}

// Agent profiles stored in SQLite. PIN handling arrives with the shared-PC lock.
import { DeskError, type Profile, type ProfileDraft } from '../../shared/contract'
import type { Db } from '../db/connection'
import type { Clock, IdSource } from './clock'

type ProfileRow = {
  id: string
  display_name: string
  agent_id: string
  chat_accounts: string
  language: string
  pin_hash: string | null
  created_at: number
}

function toProfile(row: ProfileRow): Profile {
  return {
    id: row.id,
    displayName: row.display_name,
    agentId: row.agent_id,
    chatAccounts: JSON.parse(row.chat_accounts) as string[],
    language: row.language === 'en' ? 'en' : 'zh-CN',
    hasPin: row.pin_hash !== null,
    createdAt: row.created_at,
  }
}

export class ProfileService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly newId: IdSource,
  ) {}

  list(): Profile[] {
    const rows = this.db.prepare('SELECT * FROM profiles ORDER BY created_at, id').all() as ProfileRow[]
    return rows.map(toProfile)
  }

  exists(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM profiles WHERE id = ?').get(id) !== undefined
  }

  get(id: string): Profile {
    const row = this.db.prepare('SELECT * FROM profiles WHERE id = ?').get(id) as ProfileRow | undefined
    if (!row) throw new DeskError('not-found', `No profile ${id}.`, { what: 'profile' })
    return toProfile(row)
  }

  create(draft: Required<ProfileDraft>): Profile {
    const taken = this.db.prepare('SELECT 1 FROM profiles WHERE display_name = ?').get(draft.displayName)
    if (taken) throw new DeskError('conflict', `A profile named ${draft.displayName} exists.`, { name: draft.displayName })
    const now = this.clock.now()
    const id = this.newId()
    this.db
      .prepare(
        `INSERT INTO profiles (id, display_name, agent_id, chat_accounts, language, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, draft.displayName, draft.agentId, JSON.stringify(draft.chatAccounts), draft.language, now, now)
    return this.get(id)
  }
}

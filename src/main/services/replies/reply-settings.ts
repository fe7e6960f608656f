// The quick-reply settings of this PC (the shop's extra forbidden phrases, the link allow-list,
// the quick-search hotkey), kept in the database's replies_meta table: they belong to the
// shop's reply library, which lives there too, and travel with a copied data folder.
import { DEFAULT_ALLOWED_DOMAINS } from '../../../shared/domain'
import { DEFAULT_QUICK_SEARCH_HOTKEY, replySettingsSchema, type ReplySettings } from '../../../shared/ipc/replies'
import type { Db } from '../../db/connection'
import type { SettingsService } from '../settings/settings-service'

const KEY = 'settings'

export const DEFAULT_REPLY_SETTINGS: ReplySettings = {
  hotkey: DEFAULT_QUICK_SEARCH_HOTKEY,
  extraPhrases: [],
  allowedDomains: [...DEFAULT_ALLOWED_DOMAINS],
}

export class ReplySettingsStore {
  private readonly changed: (settings: ReplySettings) => void

  constructor(
    private readonly db: Db,
    settings: SettingsService,
  ) {
    this.changed = settings.register('replies', () => this.get())
  }

  get(): ReplySettings {
    const raw = this.db.prepare('SELECT value FROM replies_meta WHERE key = ?').pluck().get(KEY) as string | undefined
    if (raw === undefined) return DEFAULT_REPLY_SETTINGS
    // A damaged value falls back to the defaults rather than stopping the replies screen.
    try {
      const parsed = replySettingsSchema.safeParse({ ...DEFAULT_REPLY_SETTINGS, ...(JSON.parse(raw) as object) })
      return parsed.success ? parsed.data : DEFAULT_REPLY_SETTINGS
    } catch {
      return DEFAULT_REPLY_SETTINGS
    }
  }

  update(patch: Partial<ReplySettings>): ReplySettings {
    const next = replySettingsSchema.parse({ ...this.get(), ...patch })
    const unique = { ...next, extraPhrases: [...new Set(next.extraPhrases)], allowedDomains: [...new Set(next.allowedDomains)] }
    this.db.prepare('INSERT INTO replies_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(unique))
    this.changed(unique)
    return unique
  }
}

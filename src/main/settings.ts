// Preferences (language, last profile, window bounds…) in electron-store. Everything an agent
// writes lives in SQLite instead. A damaged preferences file must never stop the app: it is
// kept beside the new one for inspection and the agent is told.
import { readFileSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import { languageSchema, preferencesSchema, type Language, type Preferences } from '../shared/ipc/app'

export const PREFERENCES_FILE = 'preferences'

export const DEFAULT_PREFERENCES: Preferences = { language: 'zh-CN', lastProfileId: null }

/** The subset of electron-store's (and its base, conf's) API that ShiftDesk uses. */
export interface KeyValueStore {
  store: Record<string, unknown>
  readonly path: string
}
export type KeyValueStoreClass = new (options: {
  cwd: string
  name: string
  configName: string
  defaults: Record<string, unknown>
  clearInvalidConfig: boolean
  /** Owner-only file permissions where the OS has them (the agent's last profile and language). */
  configFileMode?: number
}) => KeyValueStore

export interface PreferencesPort {
  get(): Preferences
  update(patch: Partial<Preferences>): Preferences
}

export type OpenedPreferences = { prefs: PreferencesPort; damagedFileKeptAt: string | null }

export function openPreferences(Store: KeyValueStoreClass, dir: string, now: () => number): OpenedPreferences {
  const options = { cwd: dir, name: PREFERENCES_FILE, configName: PREFERENCES_FILE, defaults: DEFAULT_PREFERENCES, clearInvalidConfig: false, configFileMode: 0o600 }
  let damagedFileKeptAt: string | null = null
  let store: KeyValueStore
  try {
    store = new Store(options)
    if (!preferencesSchema.safeParse(store.store).success) throw new Error('preferences do not match the schema')
  } catch {
    const file = join(dir, `${PREFERENCES_FILE}.json`)
    damagedFileKeptAt = join(dir, `${PREFERENCES_FILE}.damaged-${new Date(now()).toISOString().replace(/[:.]/g, '-')}.json`)
    renameSync(file, damagedFileKeptAt)
    store = new Store(options)
  }
  const prefs: PreferencesPort = {
    get: () => preferencesSchema.parse(store.store),
    update(patch) {
      const next = preferencesSchema.parse({ ...store.store, ...patch })
      store.store = next
      return next
    },
  }
  return { prefs, damagedFileKeptAt }
}

/**
 * The language of the last agent at this PC, read from the preferences file without opening it
 * as a store: the start-up passphrase screen asks before anything else opens. A missing or
 * damaged file answers the default (opening the store later deals with the damage).
 */
export function lastLanguage(dir: string): Language {
  try {
    const stored = JSON.parse(readFileSync(join(dir, `${PREFERENCES_FILE}.json`), 'utf8')) as { language?: unknown }
    return languageSchema.catch(DEFAULT_PREFERENCES.language).parse(stored.language)
  } catch {
    return DEFAULT_PREFERENCES.language
  }
}

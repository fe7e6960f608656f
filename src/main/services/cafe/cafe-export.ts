// When the network does not come back before the agent must leave a café PC: her whole copy (the
// upload queue inside it) goes to a file she picks, still encrypted with her café key, and her next
// café sign-in at any PC opens that file as her copy and uploads what the server lacks.
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs'
import { basename, isAbsolute, join, relative, resolve } from 'node:path'
import type { Db } from '../../db/connection'
import { copyDatabase, openDatabaseFile } from '../../db/cipher'
import { syncDir, syncFile } from '../../db/sqlite-file'
import { refusal } from '../team/team-sign-in'
import { CAFE_DIR } from './cafe-folder'

export const CAFE_EXPORT_EXTENSION = 'sdcafe'

/** The file name the save dialog proposes. */
export function cafeExportName(login: string, now: Date): string {
  const day = now.toISOString().slice(0, 10)
  return `ShiftDesk-网吧-${login.replace(/[^\w.-]/g, '_')}-${day}.${CAFE_EXPORT_EXTENSION}`
}

/** Refuses a target the sign-out would delete (Electron's default export folder is inside the copy). */
export function refuseInsideCafe(dataDir: string, target: string): void {
  const inside = relative(resolve(dataDir, CAFE_DIR), resolve(target))
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
    throw refusal('invalid-input', 'cafe-export-inside', 'That folder is removed with your café copy at sign-out. Save the file on a USB stick or in another folder.')
  }
}

/** Writes the copy to `target` (VACUUM INTO: one consistent file, same key), replacing an older file there. */
export function exportCopy(db: Db, key: string, target: string): void {
  if (existsSync(target)) rmSync(target)
  copyDatabase(db, target, key, key)
  syncFile(target)
}

/**
 * Puts an exported file in place as the agent's copy at `folder`, after checking that it opens with
 * her key and is hers. Refuses when she still has a copy at this PC (it uploads first).
 */
export function importCopy(file: string, key: string, agentId: string, folder: string, databaseFile: string): void {
  if (existsSync(folder)) throw refusal('conflict', 'cafe-import-copy-exists', 'Your copy from an earlier café session is still on this PC and uploads first. Sign out, then sign in again with the file.')
  let owner: string | undefined
  try {
    const check = openDatabaseFile(file, key, { readonly: true, fileMustExist: true })
    try {
      owner = (check.prepare('SELECT session_json FROM team_links WHERE cafe = 1').all() as { session_json: string }[])
        .map((row) => (JSON.parse(row.session_json) as { agentId?: string }).agentId)
        .find((id) => id === agentId)
    } finally {
      check.close()
    }
  } catch {
    owner = undefined
  }
  if (owner === undefined) throw refusal('forbidden', 'cafe-import-not-yours', `${basename(file)} is not a café export of this account: it does not open with your café key.`)
  mkdirSync(folder, { recursive: true, mode: 0o700 })
  const target = join(folder, databaseFile)
  copyFileSync(file, target)
  syncFile(target)
  syncDir(folder)
}

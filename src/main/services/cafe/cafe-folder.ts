// Where a café copy lives and how it goes: `<dataDir>/cafe/<team agent id>/`, everything of the
// session inside it (database, WAL, backups, preferences). Removal writes a marker first, so a
// sign-out cut short (power cut, SIGKILL) after the server had every change is finished by the
// next café sign-in at this PC, whoever signs in; a copy without the marker still holds changes
// the server may lack and is opened again by its agent, who keeps uploading.
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { syncDir } from '../../db/sqlite-file'

export const CAFE_DIR = 'cafe'
/** Written into a copy once the server acknowledged all of it: what is left may go. */
export const SIGNED_OUT_MARKER = 'signed-out'

/** The folder of one agent's café copy (her team agent id: a UUID the server made). */
export function cafeFolder(dataDir: string, agentId: string): string {
  if (!/^[0-9A-Za-z-]{1,64}$/.test(agentId)) throw new Error(`A team agent id cannot name a folder: ${agentId}`)
  return join(dataDir, CAFE_DIR, agentId)
}

/** Removes a copy whose every change the server has: marker, then the files, then the folder (and `cafe/` once empty). */
export function removeCafeCopy(folder: string): void {
  writeFileSync(join(folder, SIGNED_OUT_MARKER), '', { mode: 0o600 })
  syncDir(folder)
  for (const entry of readdirSync(folder)) if (entry !== SIGNED_OUT_MARKER) rmSync(join(folder, entry), { recursive: true, force: true })
  rmSync(folder, { recursive: true, force: true })
  removeIfEmpty(join(folder, '..'))
}

/** Finishes the sign-outs a kill cut short: every copy with the marker goes. Answers the folders removed. */
export function finishCutShortSignOuts(dataDir: string): string[] {
  const root = join(dataDir, CAFE_DIR)
  if (!existsSync(root)) return []
  const finished: string[] = []
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const folder = join(root, entry.name)
    if (entry.isDirectory() && existsSync(join(folder, SIGNED_OUT_MARKER))) {
      removeCafeCopy(folder)
      finished.push(folder)
    }
  }
  removeIfEmpty(root)
  return finished
}

function removeIfEmpty(dir: string): void {
  if (existsSync(dir) && readdirSync(dir).length === 0) rmSync(dir, { recursive: true, force: true })
}

// Where the database and preferences live: SHIFTDESK_DATA_DIR when set (tests, a portable
// folder), else Electron's userData.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DeskError } from '../shared/contract'
import type { StartupErrorReason } from '../shared/ipc/errors'

export function resolveDataDir(env: NodeJS.ProcessEnv, userDataDir: string): string {
  const override = env.SHIFTDESK_DATA_DIR?.trim()
  return override ? override : userDataDir
}

/** Creates the folder if needed and proves it can be written, naming it when it cannot. */
export function ensureWritableDir(dir: string): void {
  try {
    // Owner-only where the OS has permission bits: another account on a shared PC lists nothing.
    mkdirSync(dir, { recursive: true, mode: 0o700 })
    // A real write: permission bits say nothing on a read-only disk or for an administrator.
    const probe = join(dir, '.write-probe')
    writeFileSync(probe, '')
    rmSync(probe)
  } catch (cause) {
    throw new DeskError('storage-failed', `Cannot write to ${dir}: ${(cause as Error).message}`, { reason: 'dir-not-writable' satisfies StartupErrorReason, dir })
  }
}

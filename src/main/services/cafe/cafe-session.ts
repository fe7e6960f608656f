// One agent's café session (网吧模式): her copy of the team data opened from `<dataDir>/cafe/<agent>/`
// with the key the server gave, her one profile linked to the team and syncing; and the sign-out
// that removes the copy once the server acknowledged every change, then clears the clipboard.
import type { CafeSignOutState, CafeStatus } from '../../../shared/ipc/cafe'
import type { StartupState } from '../../../shared/ipc/at-rest'
import { DATABASE_FILE, type AppContext } from '../../app-context'
import type { ShopKey } from '../at-rest/keystore-key'
import { oneAtATime } from '../one-at-a-time'
import { CAFE_EXPORT_EXTENSION, cafeExportName, exportCopy, importCopy, refuseInsideCafe } from './cafe-export'
import { cafeFolder, finishCutShortSignOuts, removeCafeCopy } from './cafe-folder'
import type { CafeCredentials } from './cafe-sign-in'

/** Opens an app context on `dataDir` with `shopKey` (main/open-app.ts through the transport's own wiring). */
export type OpenCopy = (shopKey: ShopKey, progress: (state: StartupState) => void, dataDir: string) => Promise<AppContext>

export class CafeSession {
  private readonly serial = oneAtATime()
  private over = false

  private constructor(
    readonly context: AppContext,
    private readonly dataDir: string,
    readonly folder: string,
    private readonly credentials: CafeCredentials,
  ) {}

  /**
   * Finishes any sign-out a kill cut short, then opens this agent's copy: a new one, or the one
   * her last sign-out here left with changes still queued (they upload now), or the file she
   * exported at a sign-out elsewhere (`importFile`). Nothing of the PC's own data folder is opened
   * or written.
   */
  static async open(dataDir: string, credentials: CafeCredentials, openCopy: OpenCopy, progress: (state: StartupState) => void, importFile: string | null = null): Promise<CafeSession> {
    finishCutShortSignOuts(dataDir)
    const folder = cafeFolder(dataDir, credentials.session.agentId)
    if (importFile !== null) importCopy(importFile, credentials.key, credentials.session.agentId, folder, DATABASE_FILE)
    const context = await openCopy({ key: credentials.key, status: { state: 'on', keptBy: 'team-server' } }, progress, folder)
    try {
      const { profiles, session, team } = context.services
      const profile = profiles.list()[0] ?? profiles.create({ displayName: credentials.session.displayName, agentId: '', chatAccounts: [], language: 'zh-CN' })
      // A PIN she set in this copy keeps the lock screen in front; sync runs for her either way.
      if (!profile.hasPin) session.switchTo(profile.id)
      await team.linkCafe(profile.id, credentials)
    } catch (error) {
      context.close()
      throw error
    }
    return new CafeSession(context, dataDir, folder, credentials)
  }

  async status(): Promise<CafeStatus> {
    const pending = this.over ? 0 : await this.context.services.sync.pendingUploads()
    return { active: true, displayName: this.credentials.session.displayName, serverUrl: this.credentials.serverUrl, pending }
  }

  /**
   * Waits up to `waitMs` for the server to acknowledge every queued change. Once it has: stops
   * syncing, closes the copy, removes it (cafe-folder.ts) and clears the clipboard. Until then the
   * copy stays open and syncing, and the answer says how many changes are left. With
   * `exportUnsent` and changes still queued, the agent picks a file (not inside the copy), the
   * copy goes there whole and encrypted (cafe-export.ts), and the copy here is removed at once.
   */
  signOut(waitMs: number, exportUnsent = false): Promise<CafeSignOutState> {
    return this.serial(async () => {
      if (this.over) return { state: 'signed-out' }
      const { sync, team, ports, db, clock } = this.context.services
      const queued = await sync.pendingUploads()
      if (exportUnsent && queued > 0) {
        const target = await ports.dialog.chooseSavePath({
          defaultName: cafeExportName(this.credentials.login, new Date(clock.now())),
          filters: [{ name: 'ShiftDesk', extensions: [CAFE_EXPORT_EXTENSION] }],
        })
        if (target === null) return { state: 'waiting', pending: queued }
        refuseInsideCafe(this.dataDir, target)
        await team.pause()
        // Written and removed with no await in between: a save cannot land after the export and be lost.
        exportCopy(db, this.credentials.key, target)
        this.finish()
        return { state: 'signed-out', exportedTo: target }
      }
      if (!(await sync.drain(waitMs))) return { state: 'waiting', pending: Math.max(1, await sync.pendingUploads()) }
      await team.pause()
      // A save that landed between the drain and the stop is still queued: sync again and keep waiting.
      const left = await sync.pendingUploads()
      if (left > 0) {
        await team.resume()
        return { state: 'waiting', pending: left }
      }
      this.finish()
      return { state: 'signed-out' }
    })
  }

  /** Closes and removes the copy and clears the clipboard: everything in it is on the server or in the agent's export. */
  private finish(): void {
    this.over = true
    this.context.close()
    removeCafeCopy(this.folder)
    try {
      // Whatever is on it: the agent is leaving a public PC.
      this.context.services.ports.clipboard.writeText('')
    } catch {
      // No clipboard on this desktop session.
    }
  }
}

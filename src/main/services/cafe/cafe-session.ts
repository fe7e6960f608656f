// One agent's café session (网吧模式): her copy of the team data opened from `<dataDir>/cafe/<agent>/`
// with the key the server gave, her one profile linked to the team and syncing; and the sign-out
// that removes the copy once the server acknowledged every change, then clears the clipboard.
import type { CafeSignOutState, CafeStatus } from '../../../shared/ipc/cafe'
import type { StartupState } from '../../../shared/ipc/at-rest'
import type { AppContext } from '../../app-context'
import type { ShopKey } from '../at-rest/keystore-key'
import { oneAtATime } from '../one-at-a-time'
import { cafeFolder, finishCutShortSignOuts, removeCafeCopy } from './cafe-folder'
import type { CafeCredentials } from './cafe-sign-in'

/** Opens an app context on `dataDir` with `shopKey` (main/open-app.ts through the transport's own wiring). */
export type OpenCopy = (shopKey: ShopKey, progress: (state: StartupState) => void, dataDir: string) => Promise<AppContext>

export class CafeSession {
  private readonly serial = oneAtATime()
  private over = false

  private constructor(
    readonly context: AppContext,
    readonly folder: string,
    private readonly credentials: CafeCredentials,
  ) {}

  /**
   * Finishes any sign-out a kill cut short, then opens this agent's copy: a new one, or the one
   * her last sign-out here left with changes still queued (they upload now). Nothing of the PC's
   * own data folder is opened or written.
   */
  static async open(dataDir: string, credentials: CafeCredentials, openCopy: OpenCopy, progress: (state: StartupState) => void): Promise<CafeSession> {
    finishCutShortSignOuts(dataDir)
    const folder = cafeFolder(dataDir, credentials.session.agentId)
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
    return new CafeSession(context, folder, credentials)
  }

  async status(): Promise<CafeStatus> {
    const pending = this.over ? 0 : await this.context.services.sync.pendingUploads()
    return { active: true, displayName: this.credentials.session.displayName, serverUrl: this.credentials.serverUrl, pending }
  }

  /**
   * Waits up to `waitMs` for the server to acknowledge every queued change. Once it has: stops
   * syncing, closes the copy, removes it (cafe-folder.ts) and clears the clipboard. Until then the
   * copy stays open and syncing, and the answer says how many changes are left.
   */
  signOut(waitMs: number): Promise<CafeSignOutState> {
    return this.serial(async () => {
      if (this.over) return { state: 'signed-out' }
      const { sync, team, ports } = this.context.services
      if (!(await sync.drain(waitMs))) return { state: 'waiting', pending: Math.max(1, await sync.pendingUploads()) }
      await team.pause()
      // A save that landed between the drain and the stop is still queued: sync again and keep waiting.
      const left = await sync.pendingUploads()
      if (left > 0) {
        await team.resume()
        return { state: 'waiting', pending: left }
      }
      this.over = true
      this.context.close()
      removeCafeCopy(this.folder)
      try {
        // Whatever is on it: the agent is leaving a public PC.
        ports.clipboard.writeText('')
      } catch {
        // No clipboard on this desktop session.
      }
      return { state: 'signed-out' }
    })
  }
}

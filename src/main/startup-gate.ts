// Start-up before the database opens: when the shop key needs the start-up passphrase, the window
// is served by a handler map that answers only the unlock channels (everything else: `locked`),
// and the app context is built only once the passphrase unlocked the key. Electron (main/index.ts)
// and the end-to-end test server both serve `gate.handlers()`, so they take the same path.
// 网吧模式 goes through the same gate: the café sign-in screen instead of the PC's own data, then
// the agent's café copy (services/cafe/), and back to the sign-in screen once she signed out.
import { CHANNELS, DeskError, type Channel, type PolicyErrorReason } from '../shared/contract'
import type { Language } from '../shared/ipc/app'
import type { StartupState } from '../shared/ipc/at-rest'
import type { CafeSignInInput } from '../shared/ipc/cafe'
import type { AppContext } from './app-context'
import type { HandlerMap } from './ipc/types'
import type { ShopKey } from './services/at-rest/keystore-key'
import type { Startup } from './services/at-rest/startup-passphrase'
import { CafeSession } from './services/cafe/cafe-session'
import { cafeSignIn } from './services/cafe/cafe-sign-in'
import { CAFE_EXPORT_EXTENSION } from './services/cafe/cafe-export'
import { oneAtATime } from './services/one-at-a-time'
import type { TeamCall } from './services/sync/team-connector'
import type { OpenDialogPort } from './ports'
import { basename } from 'node:path'

/**
 * Builds the app context with the shop key; `progress` reports long steps (an encryption upgrade).
 * `cafeFolder` opens a café copy instead of the PC's own data (open-app.ts cafeCopyOptions); its
 * `close()` must stop what the transport wired to the context, because a café sign-out closes it
 * while the process lives on.
 */
export type OpenApp = (shopKey: ShopKey, progress: (state: StartupState) => void, cafeFolder?: string) => Promise<AppContext>

/** 网吧模式 on this transport: where café copies live, how to reach a team, and what a restart is here. */
export type CafeDoor = {
  /** The PC's data folder: café copies live in its `cafe/` folder. */
  dataDir: string
  call: (serverUrl: string) => TeamCall
  /** How this PC names itself to the server's sign-in log. */
  device: string
  /** Picks a file exported at an earlier café sign-out, to import at this sign-in. */
  dialog: OpenDialogPort
  /** Electron restarts clean into the café sign-in screen; absent (the test server), the gate closes the app and shows that screen itself. */
  restartInCafe?: () => void
  /** Told once a copy opened (Electron points its temp and documents folders into it). */
  opened?: (folder: string) => void
  /** Told after a sign-out removed the copy (Electron restarts clean; the test server stays on the sign-in screen). */
  signedOut?: () => void
}

export class StartupGate {
  private context: AppContext | null = null
  private cafeSession: CafeSession | null = null
  private served: HandlerMap | null = null
  private state: StartupState
  private readonly waiting: Handlers
  private readonly opened: Promise<AppContext>
  private settle!: { resolve(context: AppContext): void; reject(error: unknown): void }
  private failure: { error: unknown } | null = null
  private readonly cafeTurn = oneAtATime()
  /** The export the café sign-in screen picked, opened as the agent's copy at her next sign-in. */
  private cafeImport: string | null = null

  constructor(
    /** null: start on the café sign-in screen (`cafe` required); the PC's own data is not looked at. */
    private readonly startup: Startup | null,
    private readonly open: OpenApp,
    /** The last agent's language (settings.ts lastLanguage): the unlock and opening screens speak it. */
    private readonly language: Language = 'zh-CN',
    private readonly cafe: CafeDoor | null = null,
  ) {
    this.opened = new Promise((resolve, reject) => (this.settle = { resolve, reject }))
    // Handled here so a failure before anyone awaits it is not an unhandled rejection; `failed()` and `whenOpen()` still tell it.
    this.opened.catch(() => undefined)
    this.waiting = this.waitingHandlers()
    if (startup === null) {
      if (cafe === null) throw new Error('Café mode needs a café door.')
      this.state = { state: 'cafe' }
    } else if (startup.kind === 'ready') {
      this.state = { state: 'opening', done: 0, total: 1, step: 'open' }
      this.openWith(startup.shopKey)
    } else {
      this.state = { state: 'locked', ...startup.unlock.attempts() }
    }
  }

  /** The app context once it is open (the first café copy, in café mode); rejects when opening failed (start-up then says why and quits). */
  whenOpen(): Promise<AppContext> {
    return this.opened
  }

  /** Why opening failed, once it has (a newer database, a folder that cannot be written…); null otherwise. */
  failed(): { error: unknown } | null {
    return this.failure
  }

  /** What every transport serves right now. */
  handlers(): HandlerMap {
    return this.served ?? (this.waiting as HandlerMap)
  }

  private openWith(shopKey: ShopKey): void {
    this.open(shopKey, (state) => (this.state = state)).then(
      (context) => {
        this.serve(context, null)
        this.settle.resolve(context)
      },
      (error: unknown) => {
        this.failure = { error }
        this.settle.reject(error)
      },
    )
  }

  private serve(context: AppContext, session: CafeSession | null): void {
    this.context = context
    this.cafeSession = session
    this.state = { state: 'ready' }
    this.served = session ? { ...context.handlers, ...this.cafeSessionHandlers(session) } : { ...context.handlers, 'cafe:enter': () => this.enterCafe() }
  }

  private current(): StartupState {
    if (this.state.state === 'locked' && this.startup?.kind === 'passphrase') this.state = { state: 'locked', ...this.startup.unlock.attempts() }
    return this.state.state === 'ready' ? this.state : { ...this.state, language: this.language }
  }

  /** From the PC's own first screens: nothing of its data opens in café mode, so an open app closes (or restarts) first. */
  private enterCafe(): { ok: true } {
    const cafe = this.cafe
    if (cafe === null) throw new DeskError('conflict', 'This copy of ShiftDesk cannot restart into café mode from here.', { reason: 'not-cafe' })
    if (this.state.state === 'opening') throw new DeskError('conflict', 'ShiftDesk is still opening; choose café mode again once it is open.', { reason: 'not-cafe' })
    if (this.context !== null && cafe.restartInCafe) {
      cafe.restartInCafe()
      return { ok: true }
    }
    this.context?.close()
    this.context = null
    this.served = null
    this.state = { state: 'cafe' }
    return { ok: true }
  }

  private signInAtCafe(input: CafeSignInInput): Promise<StartupState> {
    return this.cafeTurn(async () => {
      const cafe = this.cafe
      if (cafe === null || this.state.state !== 'cafe') return this.current()
      const credentials = await cafeSignIn(cafe.call, input, cafe.device)
      this.state = { state: 'opening', done: 0, total: 1, step: 'open' }
      let session: CafeSession
      try {
        session = await CafeSession.open(cafe.dataDir, credentials, this.open, (state) => (this.state = state), this.cafeImport)
      } catch (error) {
        this.state = { state: 'cafe' }
        throw error
      }
      this.cafeImport = null
      this.serve(session.context, session)
      cafe.opened?.(session.folder)
      this.settle.resolve(session.context)
      return this.current()
    })
  }

  private cafeSessionHandlers(session: CafeSession): Partial<HandlerMap> {
    return {
      'cafe:status': () => session.status(),
      'cafe:signIn': () => this.current(),
      'cafe:enter': () => ({ ok: true }),
      'cafe:chooseImport': () => ({ file: null }),
      // Served whatever the lock says: it only ever ends with everything on the server and nothing left here.
      'cafe:signOut': async ({ waitMs, exportUnsent }) => {
        const answer = await session.signOut(waitMs, exportUnsent)
        if (answer.state === 'signed-out' && this.cafeSession === session) {
          this.context = null
          this.cafeSession = null
          this.served = null
          this.state = { state: 'cafe' }
          this.cafe?.signedOut?.()
        }
        return answer
      },
    }
  }

  private waitingHandlers(): Handlers {
    const handlers: Handlers = {}
    for (const channel of CHANNELS) {
      handlers[channel] = () => {
        const message = this.state.state === 'cafe' ? 'ShiftDesk is in café mode: sign in to your team first.' : 'ShiftDesk is not open yet: enter the start-up passphrase first.'
        throw new DeskError('locked', message, { reason: 'startup-locked' satisfies PolicyErrorReason })
      }
    }
    handlers['atRest:startupState'] = () => this.current()
    handlers['atRest:unlock'] = async (input) => {
      if (this.startup?.kind !== 'passphrase' || this.state.state !== 'locked') return this.current()
      const { passphrase } = input as { passphrase: string }
      const shopKey = await this.startup.unlock.unlock(passphrase)
      // A second unlock that queued behind the first finds the gate already opening.
      if (this.state.state === 'locked') {
        this.state = { state: 'opening', done: 0, total: 1, step: 'unlock' }
        this.openWith(shopKey)
      }
      return this.current()
    }
    handlers['cafe:status'] = () => ({ active: false, available: this.cafe !== null })
    handlers['cafe:signIn'] = (input) => this.signInAtCafe(input as CafeSignInInput)
    // The passphrase screen offers café mode too: nothing is open yet, so no restart is needed.
    handlers['cafe:enter'] = () => this.enterCafe()
    handlers['cafe:chooseImport'] = async () => {
      if (this.cafe === null || this.state.state !== 'cafe') return { file: null }
      const file = await this.cafe.dialog.chooseOpenPath({ filters: [{ name: 'ShiftDesk', extensions: [CAFE_EXPORT_EXTENSION] }] })
      this.cafeImport = file
      return { file: file === null ? null : basename(file) }
    }
    return handlers
  }
}

type Handlers = { [C in Channel]?: (input: unknown) => unknown }

// Start-up before the database opens: when the shop key needs the start-up passphrase, the window
// is served by a handler map that answers only the unlock channels (everything else: `locked`),
// and the app context is built only once the passphrase unlocked the key. Electron (main/index.ts)
// and the end-to-end test server both serve `gate.handlers()`, so they take the same path.
import { CHANNELS, DeskError, type Channel, type PolicyErrorReason } from '../shared/contract'
import type { Language } from '../shared/ipc/app'
import type { StartupState } from '../shared/ipc/at-rest'
import type { AppContext } from './app-context'
import type { HandlerMap } from './ipc/types'
import type { ShopKey } from './services/at-rest/keystore-key'
import type { Startup } from './services/at-rest/startup-passphrase'

/** Builds the app context with the shop key; `progress` reports long steps (an encryption upgrade). */
export type OpenApp = (shopKey: ShopKey, progress: (state: StartupState) => void) => Promise<AppContext>

export class StartupGate {
  private context: AppContext | null = null
  private state: StartupState
  private readonly waiting: Handlers
  private readonly opened: Promise<AppContext>
  private settle!: { resolve(context: AppContext): void; reject(error: unknown): void }
  private failure: { error: unknown } | null = null

  constructor(
    private readonly startup: Startup,
    private readonly open: OpenApp,
    /** The last agent's language (settings.ts lastLanguage): the unlock and opening screens speak it. */
    private readonly language: Language = 'zh-CN',
  ) {
    this.opened = new Promise((resolve, reject) => (this.settle = { resolve, reject }))
    // Handled here so a failure before anyone awaits it is not an unhandled rejection; `failed()` and `whenOpen()` still tell it.
    this.opened.catch(() => undefined)
    this.waiting = this.waitingHandlers()
    if (startup.kind === 'ready') {
      this.state = { state: 'opening', done: 0, total: 1, step: 'open' }
      this.openWith(startup.shopKey)
    } else {
      this.state = { state: 'locked', ...startup.unlock.attempts() }
    }
  }

  /** The app context once it is open; rejects when opening failed (start-up then says why and quits). */
  whenOpen(): Promise<AppContext> {
    return this.opened
  }

  /** Why opening failed, once it has (a newer database, a folder that cannot be written…); null otherwise. */
  failed(): { error: unknown } | null {
    return this.failure
  }

  /** What every transport serves right now. */
  handlers(): HandlerMap {
    return this.context?.handlers ?? (this.waiting as HandlerMap)
  }

  private openWith(shopKey: ShopKey): void {
    this.open(shopKey, (state) => (this.state = state)).then(
      (context) => {
        this.context = context
        this.state = { state: 'ready' }
        this.settle.resolve(context)
      },
      (error: unknown) => {
        this.failure = { error }
        this.settle.reject(error)
      },
    )
  }

  private current(): StartupState {
    if (this.state.state === 'locked' && this.startup.kind === 'passphrase') this.state = { state: 'locked', ...this.startup.unlock.attempts() }
    return this.state.state === 'ready' ? this.state : { ...this.state, language: this.language }
  }

  private waitingHandlers(): Handlers {
    const handlers: Handlers = {}
    for (const channel of CHANNELS) {
      handlers[channel] = () => {
        throw new DeskError('locked', 'ShiftDesk is not open yet: enter the start-up passphrase first.', { reason: 'startup-locked' satisfies PolicyErrorReason })
      }
    }
    handlers['atRest:startupState'] = () => this.current()
    handlers['atRest:unlock'] = async (input) => {
      if (this.startup.kind !== 'passphrase' || this.state.state !== 'locked') return this.current()
      const { passphrase } = input as { passphrase: string }
      const shopKey = await this.startup.unlock.unlock(passphrase)
      // A second unlock that queued behind the first finds the gate already opening.
      if (this.state.state === 'locked') {
        this.state = { state: 'opening', done: 0, total: 1, step: 'unlock' }
        this.openWith(shopKey)
      }
      return this.current()
    }
    return handlers
  }
}

type Handlers = { [C in Channel]?: (input: unknown) => unknown }

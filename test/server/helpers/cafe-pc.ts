// A public PC in café mode (网吧模式) for team tests: the real start-up gate with its café door on a
// data folder of its own, opening café copies through the real composition root with PowerSync on.
// Used in the test process and in a child process (cafe-child.ts) that the test can SIGKILL.
import Conf from 'conf'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AppContext } from '../../../src/main/app-context'
import { cafeCopyOptions, openApp } from '../../../src/main/open-app'
import { powerSyncPort } from '../../../src/main/services/sync/power-sync-port'
import { teamCall } from '../../../src/main/services/sync/team-connector'
import type { KeyValueStoreClass } from '../../../src/main/settings'
import { StartupGate, type OpenApp } from '../../../src/main/startup-gate'
import type { CafeSignInInput, CafeSignOutState } from '../../../src/shared/ipc/cafe'
import { fakePorts } from '../../helpers/fake-ports'

export class CafePc {
  readonly gate: StartupGate
  readonly ports = fakePorts()
  /** The last context the gate opened (a café copy). */
  private opened: AppContext | null = null

  constructor(readonly dataDir: string) {
    const open: OpenApp = async (shopKey, progress, cafeFolder) =>
      (this.opened = await openApp(
        {
          dataDir,
          ...cafeCopyOptions(cafeFolder),
          databaseKey: shopKey.key,
          atRest: shopKey.status,
          Store: Conf as unknown as KeyValueStoreClass,
          version: '0.0.0-test',
          platform: 'test',
          ports: this.ports,
          sync: powerSyncPort({ retryDelayMs: 300 }),
        },
        progress,
      ))
    this.gate = new StartupGate(null, open, 'zh-CN', { dataDir, call: (serverUrl) => teamCall(() => serverUrl), device: 'café PC (test)', dialog: this.ports.dialog })
  }

  /** Signs in at the café screen and answers the opened copy's app context. */
  async signIn(input: CafeSignInInput): Promise<AppContext> {
    const state = await this.gate.handlers()['cafe:signIn'](input)
    if (state.state !== 'ready') throw new Error(`café sign-in ended in ${state.state}`)
    return this.context()
  }

  /** The open copy's app context (what the café session's handlers serve). */
  context(): AppContext {
    if (!this.opened) throw new Error('no café copy is open')
    return this.opened
  }

  signOut(waitMs: number, exportUnsent = false): Promise<CafeSignOutState> {
    return Promise.resolve(this.gate.handlers()['cafe:signOut']({ waitMs, exportUnsent }))
  }

  /** Every file left in the PC's data folder, by path. */
  files(): string[] {
    const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]))
    return walk(this.dataDir)
  }

  /** Every byte left in the PC's data folder. */
  bytesOnDisk(): Buffer {
    return Buffer.concat(this.files().map((file) => readFileSync(file)))
  }
}

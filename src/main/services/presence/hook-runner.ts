// Optional hooks on each presence change (off by default; risks in docs/presence-hooks.md):
// open a web page or run one program the agent chose, e.g. to set the chat client's status.
// The program runs behind the CommandRunner port so tests use a fake and no shell is involved.
import type { PresenceSettingsErrorReason } from '../../../shared/ipc/presence'
import { DeskError } from '../../../shared/contract'
import { fillPlaceholders, type PresenceChange } from '../../../shared/domain'
import type { PresenceHooks } from '../../../shared/ipc/presence'
import { isSafeExternalUrl } from '../../external-url'
import type { CommandRunner, ExternalOpenerPort } from '../../ports'

export type HookFailure = { kind: 'url' | 'command'; message: string }

const HOOK_TIMEOUT_MS = 10_000

/** A hook URL may hold {{status}} and {{reason}}; any other placeholder stays unfilled and is refused. */
function hookUrl(template: string, change: Pick<PresenceChange, 'status' | 'reason'>): { url: string; unknown: string[] } {
  const { text, missing } = fillPlaceholders(template, { status: encodeURIComponent(change.status), reason: encodeURIComponent(change.reason) })
  return { url: text, unknown: missing }
}

export class PresenceHookRunner {
  constructor(
    private readonly commands: CommandRunner,
    private readonly external: ExternalOpenerPort,
  ) {}

  /** Refuses hooks that could never work, with the field and a reason the settings screen explains. */
  validate(hooks: PresenceHooks): void {
    if (hooks.url.enabled) {
      const { url, unknown } = hookUrl(hooks.url.url, { status: 'online', reason: 'manual' })
      if (unknown.length > 0) throw new DeskError('invalid-input', `Unknown placeholder ${unknown.join(', ')}.`, { fields: 'hooks.url', reason: 'url-placeholder' satisfies PresenceSettingsErrorReason })
      if (!isSafeExternalUrl(url)) throw new DeskError('invalid-input', 'The hook URL must be an https address.', { fields: 'hooks.url', reason: 'url-not-web' satisfies PresenceSettingsErrorReason })
    }
    if (hooks.command.enabled) {
      const check = this.commands.check(hooks.command.path)
      if (check !== 'ok') throw new DeskError('invalid-input', `The hook program cannot be run (${check}).`, { fields: 'hooks.command', reason: `command-${check}` as const satisfies PresenceSettingsErrorReason })
    }
  }

  /** Runs the enabled hooks for `change`; resolves with what failed (never rejects). */
  async fire(hooks: PresenceHooks, change: Pick<PresenceChange, 'status' | 'reason'>): Promise<HookFailure[]> {
    const jobs: Promise<HookFailure | null>[] = []
    if (hooks.url.enabled) jobs.push(this.openUrl(hooks.url.url, change))
    if (hooks.command.enabled) jobs.push(this.runCommand(hooks.command.path, hooks.command.args, change))
    const results = await Promise.all(jobs)
    return results.filter((r): r is HookFailure => r !== null)
  }

  private async openUrl(template: string, change: Pick<PresenceChange, 'status' | 'reason'>): Promise<HookFailure | null> {
    const { url } = hookUrl(template, change)
    try {
      return (await this.external.open(url)) ? null : { kind: 'url', message: `refused: ${url}` }
    } catch (error) {
      return { kind: 'url', message: error instanceof Error ? error.message : String(error) }
    }
  }

  private async runCommand(path: string, args: readonly string[], change: Pick<PresenceChange, 'status' | 'reason'>): Promise<HookFailure | null> {
    // Checked again at run time: the file may have been moved or replaced since it was saved.
    const check = this.commands.check(path)
    if (check !== 'ok') return { kind: 'command', message: `${check}: ${path}` }
    try {
      const result = await this.commands.run(path, [...args, change.status, change.reason], HOOK_TIMEOUT_MS)
      return result.ok ? null : { kind: 'command', message: result.message }
    } catch (error) {
      return { kind: 'command', message: error instanceof Error ? error.message : String(error) }
    }
  }
}

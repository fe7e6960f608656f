// A real app context (real SQLite in a temp folder) for the quick-reply tests, reached through
// the same dispatch the IPC layer and the e2e server use, so zod, the channel policies and
// the service all take part.
import type { AppContext } from '../../../../src/main/app-context'
import { dispatch } from '../../../../src/main/ipc/dispatch'
import type { Channel, DeskErrorBody, Input, Output } from '../../../../src/shared/contract'
import { openTestContext, testClock, type TestClock } from '../../../helpers/app-context'
import type { FakePorts } from '../../../helpers/fake-ports'

export type RepliesTest = { ctx: AppContext; clock: TestClock; ports: FakePorts }

export function openReplies(dir: string, clock = testClock()): RepliesTest {
  const ctx = openTestContext(dir, { clock })
  return { ctx, clock, ports: ctx.services.ports as FakePorts }
}

export function signIn(ctx: AppContext, displayName: string, agentId = ''): string {
  const profile = ctx.services.profiles.create({ displayName, agentId, chatAccounts: [], language: 'zh-CN' })
  ctx.services.session.switchTo(profile.id)
  return profile.id
}

const log = (message: string, error: unknown) => {
  throw new Error(`${message}: ${String(error)}`)
}

/** Calls a channel and returns its value; a refusal fails the test with the error. */
export async function call<C extends Channel>(ctx: AppContext, channel: C, input: Input<C>): Promise<Output<C>> {
  const envelope = await dispatch(ctx.handlers, channel, input, log)
  if (!envelope.ok) throw new Error(`${channel} refused: ${JSON.stringify(envelope.error)}`)
  return envelope.value as Output<C>
}

/** Calls a channel that must be refused and returns the refusal. */
export async function refusal<C extends Channel>(ctx: AppContext, channel: C, input: Input<C>): Promise<DeskErrorBody> {
  const envelope = await dispatch(ctx.handlers, channel, input, log)
  if (envelope.ok) throw new Error(`${channel} was expected to be refused but answered ${JSON.stringify(envelope.value).slice(0, 200)}`)
  return envelope.error
}

export function replyCount(ctx: AppContext): number {
  return ctx.services.db.prepare('SELECT count(*) FROM replies').pluck().get() as number
}

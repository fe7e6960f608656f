// A real app context (real SQLite, real preferences file) with a signed-in agent, a movable
// clock, the recording ports and every event main emitted.
import type { AppContext } from '../../../../src/main/app-context'
import type { EventName, EventPayload } from '../../../../src/shared/contract'
import { openTestContext, testClock, type TestClock } from '../../../helpers/app-context'
import { fakePorts, type FakePorts } from '../../../helpers/fake-ports'

export const SEC = 1000
export const MIN = 60 * SEC

/** A local wall-clock time (shifts are local), whatever the machine's time zone. */
export function local(hours: number, minutes = 0, day = 23): number {
  return new Date(2026, 10, day, hours, minutes).getTime()
}

export type Emitted = { name: EventName; payload: unknown }[]

export type PresenceFixture = {
  ctx: AppContext
  clock: TestClock
  ports: FakePorts
  emitted: Emitted
  profileId: string
  changed(): EventPayload<'presence:changed'>[]
}

export function openPresence(dir: string, start = local(10), options: { platform?: string; signIn?: boolean } = {}): PresenceFixture {
  const clock = testClock(start)
  const ports = fakePorts()
  const ctx = openTestContext(dir, { clock, ports, platform: options.platform ?? 'test' })
  const emitted: Emitted = []
  ctx.services.events.subscribe((name, payload) => emitted.push({ name, payload }))
  let profileId = ctx.services.session.current()?.id ?? ''
  if (options.signIn !== false && !profileId) {
    profileId = ctx.services.profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' }).id
    ctx.services.session.switchTo(profileId)
  }
  return {
    ctx,
    clock,
    ports,
    emitted,
    profileId,
    changed: () => emitted.filter((e) => e.name === 'presence:changed').map((e) => e.payload as EventPayload<'presence:changed'>),
  }
}

/** The stored log of one profile, oldest first. */
export function storedLog(ctx: AppContext, profileId: string): { status: string; reason: string; at: number; away_ms: number | null }[] {
  return ctx.services.db
    .prepare('SELECT status, reason, at, away_ms FROM presence_changes WHERE profile_id = ? ORDER BY at, rowid')
    .all(profileId) as { status: string; reason: string; at: number; away_ms: number | null }[]
}

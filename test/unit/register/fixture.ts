// A real app context on a temp folder with two agents on the PC, 小美 signed in.
import { openTestContext, testClock, type TestClock } from '../../helpers/app-context'
import type { AppContext } from '../../../src/main/app-context'
import type { EntryDraft } from '../../../src/shared/ipc/register'
import type { FakePorts } from '../../helpers/fake-ports'
import { fakePorts } from '../../helpers/fake-ports'

export type RegisterFixture = { ctx: AppContext; clock: TestClock; ports: FakePorts; mei: string; qiang: string; signIn(id: string): void }

export function openRegisterFixture(dir: string, clock: TestClock = testClock()): RegisterFixture {
  const ports = fakePorts()
  const ctx = openTestContext(dir, { clock, ports })
  const { profiles, session } = ctx.services
  const mei = profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' }).id
  const qiang = profiles.create({ displayName: '阿强', agentId: 'KF020', chatAccounts: [], language: 'zh-CN' }).id
  session.switchTo(mei)
  return { ctx, clock, ports, mei, qiang, signIn: (id) => void session.switchTo(id) }
}

export const question = (text: string, answer = ''): EntryDraft => ({ kind: 'question', text, answer, tags: [] })

export const followUp = (text: string, fields: Partial<NonNullable<EntryDraft['followUp']>> = {}): EntryDraft => ({
  kind: 'followup',
  text,
  followUp: { customer: 'tb_小王2026', orderNo: '4012345678901234567', ...fields },
})

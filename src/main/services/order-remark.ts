// The order remarks an agent pastes into the shop back office: special requests in the shop's
// fixed five-field format, or the agent ID that credits the sale. Built in main so the author and
// time come from the signed-in profile and the app clock, then copied to the clipboard.
import { DeskError, type OrderRemarkRequest } from '../../shared/contract'
import type { OrderRemarkErrorReason } from '../../shared/ipc/profiles-constants'
import { formatOrderRemark } from '../../shared/domain/trees'
import type { ClipboardPort } from '../ports'
import type { Clock } from './clock'
import type { ProfileService } from './profiles'

type Signed = { requireProfileId(): string }
type ParsedRequest = Extract<OrderRemarkRequest, { kind: 'sales' }> | Required<Extract<OrderRemarkRequest, { kind: 'special' }>>

export class OrderRemarkService {
  constructor(
    private readonly clock: Clock,
    private readonly session: Signed,
    private readonly profiles: Pick<ProfileService, 'get'>,
    private readonly clipboard: ClipboardPort,
  ) {}

  copy(request: ParsedRequest): { text: string } {
    const profile = this.profiles.get(this.session.requireProfileId())
    let text: string
    if (request.kind === 'sales') {
      if (!profile.agentId) throw new DeskError('invalid-input', 'The profile has no agent ID to write into the order.', { fields: 'agentId', reason: 'no-agent-id' satisfies OrderRemarkErrorReason })
      text = profile.agentId
    } else {
      text = formatOrderRemark({ ...request, author: profile.agentId || profile.displayName, at: new Date(this.clock.now()) })
    }
    this.clipboard.writeText(text)
    return { text }
  }
}

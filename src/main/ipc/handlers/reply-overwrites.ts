// Overwrite-notice channels: thin calls into OverwriteNotices, which scopes them to the signed-in profile.
import type { OverwriteNotices } from '../../services/replies/overwrite-notices'
import type { HandlerMap } from '../types'
import type { replyOverwriteChannels } from '../../../shared/ipc/reply-overwrites'

type ReplyOverwriteHandlers = Pick<HandlerMap, keyof typeof replyOverwriteChannels>

/** Only the service these channels call. */
export type ReplyOverwriteHandlerDeps = { overwriteNotices: OverwriteNotices }

export function replyOverwriteHandlers(s: ReplyOverwriteHandlerDeps): ReplyOverwriteHandlers {
  return {
    'replies:overwrites': () => s.overwriteNotices.list(),
    'replies:copyOverwrite': ({ id }) => s.overwriteNotices.copy(id),
    'replies:dismissOverwrite': ({ id }) => s.overwriteNotices.dismiss(id),
    'replies:putBackOverwrite': ({ id }) => s.overwriteNotices.putBack(id),
  }
}

// Quick-reply channels: thin calls into QuickReplyService, which scopes everything to the
// signed-in profile itself.
import type { QuickReplyService } from '../../services/replies/quick-replies'
import type { HandlerMap } from '../types'
import type { repliesChannels } from '../../../shared/ipc/replies'

type RepliesHandlers = Pick<HandlerMap, keyof typeof repliesChannels>

/** Only the services these channels call. */
export type RepliesHandlerDeps = { quickReplies: QuickReplyService }

export function repliesHandlers(s: RepliesHandlerDeps): RepliesHandlers {
  const replies = s.quickReplies
  return {
    'replies:list': () => replies.listInSlices(),
    'replies:create': (draft) => replies.create(draft),
    'replies:update': (changes) => replies.update(changes),
    'replies:delete': ({ id }) => replies.delete(id),
    'replies:restore': ({ id }) => replies.restore(id),
    'replies:recycleBin': () => replies.recycleBin(),
    'replies:copy': ({ id, values, hide }) => replies.copy(id, values, hide),
    'replies:rename': (request) => replies.rename(request),
    'replies:settings': () => replies.settingsView(),
    'replies:updateSettings': (patch) => replies.updateSettings(patch),
    'replies:previewImport': (file) => replies.previewImport(file),
    'replies:import': ({ duplicates, skipProblems, ...file }) => replies.import(file, duplicates, skipProblems),
    'replies:export': ({ format }) => replies.export(format),
    'replies:quickSearch': ({ action }) => replies.quickSearch(action),
  }
}

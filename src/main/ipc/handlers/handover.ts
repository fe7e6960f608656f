import type { HandoverService } from '../../services/handover/handover-service'
import type { HandlerMap } from '../types'

type HandoverChannel = Extract<keyof HandlerMap, `handover:${string}`>

/** Only the services these channels call. */
export type HandoverHandlerDeps = { handover: HandoverService }

export function handoverHandlers(s: HandoverHandlerDeps): Pick<HandlerMap, HandoverChannel> {
  return {
    'handover:board': () => s.handover.board(),
    'handover:putOffTakeOver': () => s.handover.putOffTakeOver(),
    'handover:saveItem': (input) => s.handover.saveItem(input),
    'handover:deleteItem': ({ id }) => {
      s.handover.deleteItem(id)
      return null
    },
    'handover:saveNotes': (input) => s.handover.saveNotes(input),
    'handover:submit': () => s.handover.submit(),
    'handover:acknowledge': ({ id }) => s.handover.acknowledge(id),
    'handover:addNote': ({ id, note }) => s.handover.addNote(id, note),
    'handover:complete': ({ id, resolution }) => s.handover.complete(id, resolution),
    'handover:item': ({ id }) => s.handover.item(id),
    'handover:log': (input) => s.handover.log(input),
  }
}

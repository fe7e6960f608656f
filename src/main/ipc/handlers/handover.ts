import type { AppServices } from '../../app-context'
import type { HandlerMap } from '../types'

type HandoverChannel = Extract<keyof HandlerMap, `handover:${string}`>

export function handoverHandlers(s: AppServices): Pick<HandlerMap, HandoverChannel> {
  return {
    'handover:board': () => s.handover.board(),
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

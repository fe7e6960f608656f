import type { AppServices } from '../../app-context'
import type { HandlerMap } from '../types'

export function searchHandlers(s: AppServices): Pick<HandlerMap, 'search:query'> {
  return {
    'search:query': ({ query, filters, page, pageSize }) => s.searchIndex.search(query, filters, page, pageSize),
  }
}

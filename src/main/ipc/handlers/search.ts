import type { SearchIndexService } from '../../services/search/search-index'
import type { HandlerMap } from '../types'

/** Only the services these channels call. */
export type SearchHandlerDeps = { searchIndex: SearchIndexService }

export function searchHandlers(s: SearchHandlerDeps): Pick<HandlerMap, 'search:query'> {
  return {
    'search:query': ({ query, filters, page, pageSize }) => s.searchIndex.search(query, filters, page, pageSize),
  }
}

// How a notebook contributes to the one search index: it receives a handle scoped to its own
// notebook id, so it writes and looks up only its own notes and never holds the whole index.
import type { SearchFilters } from '../../../shared/ipc/search'
import type { SearchDoc, SearchIndexService } from './search-index'

export type NotebookDoc = Omit<SearchDoc, 'notebook'>

export type NotebookIndex = {
  readonly notebook: string
  upsert(doc: NotebookDoc): void
  upsertMany(docs: Iterable<NotebookDoc>): number
  remove(refId: string): void
  /** This notebook's matching refIds (see SearchIndexService.matchingRefIds); null when the query is too short. */
  matchingRefIds(query: string, filters?: Omit<SearchFilters, 'notebooks'>): string[] | null
}

export function notebookIndex(index: SearchIndexService, notebook: string): NotebookIndex {
  const withNotebook = (doc: NotebookDoc): SearchDoc => ({ ...doc, notebook })
  return {
    notebook,
    upsert: (doc) => index.upsert(withNotebook(doc)),
    upsertMany: (docs) => index.upsertMany(mapIterable(docs, withNotebook)),
    remove: (refId) => index.remove(notebook, refId),
    matchingRefIds: (query, filters = {}) => index.matchingRefIds(query, { ...filters, notebooks: [notebook] }),
  }
}

function* mapIterable<A, B>(items: Iterable<A>, f: (item: A) => B): Iterable<B> {
  for (const item of items) yield f(item)
}

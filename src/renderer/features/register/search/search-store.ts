// The search box over every notebook: what was asked, with which filters, and the page shown.
import { create } from 'zustand'
import type { SearchFilters, SearchPage } from '../../../../shared/ipc/search'
import { invoke } from '../../../lib/desk'

type SearchState = {
  query: string
  filters: SearchFilters
  page: number
  result: SearchPage | null
  loading: boolean
  failure: unknown
  setQuery(query: string): void
  setFilters(filters: SearchFilters): void
  setPage(page: number): void
  run(): Promise<void>
}

export const SEARCH_PAGE_SIZE = 20
let latestRequest = 0

export const useNotebookSearch = create<SearchState>((set, get) => ({
  query: '',
  filters: {},
  page: 1,
  result: null,
  loading: false,
  failure: null,
  setQuery: (query) => set({ query, page: 1 }),
  setFilters: (filters) => set({ filters, page: 1 }),
  setPage: (page) => set({ page }),
  async run() {
    const { query, filters, page } = get()
    const request = ++latestRequest
    if (query.trim() === '') {
      set({ result: null, loading: false, failure: null })
      return
    }
    set({ loading: true })
    try {
      const result = await invoke('search:query', { query, filters, page, pageSize: SEARCH_PAGE_SIZE })
      // Answers to older keystrokes arriving late must not replace newer ones.
      if (request === latestRequest) set({ result, failure: null })
    } catch (failure) {
      if (request === latestRequest) set({ failure })
    } finally {
      if (request === latestRequest) set({ loading: false })
    }
  },
}))

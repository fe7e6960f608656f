// The notebooks whose notes the one search box covers. Ids double as translation keys; a
// notebook added later only needs its id here (the index itself takes any id).
export const SEARCH_NOTEBOOKS = ['register', 'handover', 'stats', 'replies'] as const
export type SearchNotebook = (typeof SEARCH_NOTEBOOKS)[number]

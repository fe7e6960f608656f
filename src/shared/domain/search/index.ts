// Full-text search over every notebook: Chinese bigram tokens, queries, snippets.
export { indexText, indexTokens, textRuns, type RunKind, type TextRun } from './tokens'
export { indexFindsEverySubstring, indexMatchIsSubstring, MAX_QUERY_TERMS, parseSearchQuery, type ParsedQuery, type QueryTerm } from './query'
export { searchSnippet, termRanges, type Snippet } from './snippet'
export { AWAITING_WORDS_TOKEN, SEALED_PREFIX_CAP, SEALED_TOKEN_MARK, sealedIndexWords, sealedMatch } from './sealed'
export type { TextSpan } from '../text-span'
export { SEARCH_NOTEBOOKS, type SearchNotebook } from './notebooks'

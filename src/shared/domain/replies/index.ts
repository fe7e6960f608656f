// Quick replies (快捷短语): search as the agent types, highlighting, and import/export of
// reply files. Storage calls replySearchKeys when a reply is saved and keeps the result.
export { buildReplyIndex, DEFAULT_SEARCH_LIMIT, type ReplyDoc, type ReplyIndex, type ReplySearchHit } from './reply-index'
export { replySearchKeys, textPinyin, type ReplySearchKeys } from './search-keys'
export { highlightRanges, highlightReply, type TextRange } from './highlight'

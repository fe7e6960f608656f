/** Separates documents in a haystack; no query can contain it. */
export const DOC_SEPARATOR = '\u0000'

// The one shape for "this part of the text matched", shared by reply highlighting and note search.

/** A half-open span [start, end) of UTF-16 offsets into the displayed text. */
export type TextSpan = { start: number; end: number }

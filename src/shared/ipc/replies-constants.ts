// The replies contract's plain values (limits, blocking lint kinds, error reasons) without zod,
// so the first screen can use them without carrying the schemas (replies.ts re-exports them).
import type { LintKind } from '../domain/lint'

/** An import file is refused above this many UTF-8 bytes (see QuickReplyService). */
export const REPLY_IMPORT_MAX_BYTES = 5 * 1024 * 1024

/**
 * Lint findings that stop a reply from being saved or imported: a forbidden phrase costs the
 * agent quality points every time it is sent, and taking customers off the platform is
 * punished by the platform. Filler interjections only warn (a shop may keep 亲啊 in a joke).
 */
export const BLOCKING_LINT_KINDS: readonly LintKind[] = ['forbidden', 'offsite']

/**
 * Why a reply, a copy or an import is refused. `shortcut` is taken (code conflict) or malformed
 * (invalid-input); `body`/`title`/`import-file` are too large; `lint`, `placeholders` and
 * `import-rows` come with the words, blanks or row count to show; `import-running`: one import at a time.
 */
export const REPLY_ERROR_REASONS = ['shortcut', 'body', 'title', 'import-file', 'lint', 'placeholders', 'import-rows', 'import-running'] as const
export type ReplyErrorReason = (typeof REPLY_ERROR_REASONS)[number]

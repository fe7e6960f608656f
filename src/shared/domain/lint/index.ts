// The reply lint: forbidden phrases, taking customers off the platform, filler interjections.
export { lintReply, lintReplyWith, type LintFinding, type LintKind, type LintOptions } from './lint-reply'
export { DEFAULT_ALLOWED_DOMAINS } from './offsite'
export { FORBIDDEN_PHRASES, type ForbiddenPhrase } from './forbidden-phrases'

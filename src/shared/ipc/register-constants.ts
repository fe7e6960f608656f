// The register contract's plain values without zod, so the capture form can place a refusal
// next to its field without carrying the schemas (register.ts re-exports them).

/** Why an entry's field is refused (invalid-input, with `fields`): missing, or a purchase date that cannot be. */
export const ENTRY_FIELD_ERROR_REASONS = ['required', 'format', 'invalid', 'future'] as const
export type EntryFieldErrorReason = (typeof ENTRY_FIELD_ERROR_REASONS)[number]

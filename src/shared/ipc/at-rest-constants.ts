// The at-rest refusal reasons without zod, for the start-up screen (first-screen code; see
// test/unit/architecture/first-screen-imports.test.ts). at-rest.ts re-exports them.

/**
 * Why an at-rest call is refused: the data is not encrypted (nothing a recovery code could open);
 * a wrong start-up passphrase (with attempts left) or too many of them (locked for a while); a
 * passphrase below the stated strength; a data folder that already has a keyring (keyring.json).
 */
export const AT_REST_ERROR_REASONS = ['at-rest-off', 'passphrase-wrong', 'passphrase-lockout', 'secret-too-short', 'secret-too-guessable', 'keyring-exists'] as const
export type AtRestErrorReason = (typeof AT_REST_ERROR_REASONS)[number]

// Error codes, reasons and DeskError: what both sides need to tell one failure from another.
// No zod here, so the renderer's first screen can map errors without carrying the schemas.

export const ERROR_CODES = [
  'invalid-input',
  'unknown-channel',
  'forbidden',
  'not-found',
  'conflict',
  'too-large',
  'no-profile',
  'locked',
  'storage-failed',
  'internal',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

/** A failure as it travels: a stable code, main's message, and values for the translated sentence. */
export type DeskErrorBody = {
  code: ErrorCode
  message: string
  /** Values for the translated message, e.g. the field that failed or a conflicting title. */
  params?: Record<string, string | number> | undefined
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: DeskErrorBody }

/** What happened to the disk when a save fails (code storage-failed), on any channel. */
export const STORAGE_FAILURE_REASONS = ['disk-full', 'read-only', 'io', 'damaged', 'backup-check-failed'] as const
export type StorageFailureReason = (typeof STORAGE_FAILURE_REASONS)[number]

/** Refusals any channel's policy may answer, each with its own sentence. */
export const POLICY_ERROR_REASONS = ['pc-owner-only', 'lead-only', 'session-changed', 'payload', 'session-locked', 'startup-locked'] as const
export type PolicyErrorReason = (typeof POLICY_ERROR_REASONS)[number]

/**
 * Why the app cannot start (code storage-failed, before any window): the data folder cannot be
 * written, the file is from a newer app or has another upgrade history, or its key cannot be had.
 * main/startup-messages.ts says each in the agent's language.
 */
export const STARTUP_ERROR_REASONS = [
  'dir-not-writable',
  'db-too-new',
  'db-step-unknown',
  'db-step-skipped',
  'db-step-edited',
  'db-history-unknown',
  'database-key-mismatch',
  'keyring-unreadable',
  'keyring-too-new',
  'keyring-no-keystore',
  'keyring-keystore-refused',
  'recovery-code-wrong',
  'recovery-code-none',
  'recovery-needs-keystore',
] as const
export type StartupErrorReason = (typeof STARTUP_ERROR_REASONS)[number]

/**
 * The error's `reason` when it is one of `reasons` (one channel's list above or in its
 * shared/ipc file), else null: the renderer maps each list exhaustively, never by raw string.
 */
export function reasonIn<R extends string>(params: DeskErrorBody['params'], reasons: readonly R[]): R | null {
  const reason = params?.reason
  return typeof reason === 'string' && (reasons as readonly string[]).includes(reason) ? (reason as R) : null
}

/** Thrown by services for failures a person can act on; the IPC layer turns it into an envelope. */
export class DeskError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly params?: Record<string, string | number>,
  ) {
    super(message)
    this.name = 'DeskError'
  }

  toBody(): DeskErrorBody {
    return this.params ? { code: this.code, message: this.message, params: this.params } : { code: this.code, message: this.message }
  }
}

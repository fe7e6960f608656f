// The profiles contract's plain values without zod, so the lock screen can name a PIN refusal
// without carrying the schemas (profiles.ts re-exports them).

/** Why a PIN is refused when signing in or unlocking: `attemptsLeft` or `seconds` to wait come with it. */
/** 'passphrase-required' / 'wrong-passphrase': the profile's private notebooks have their own key, closed since ShiftDesk started (issue 16, 1.2). */
export const PIN_ERROR_REASONS = ['wrong-pin', 'pin-required', 'pin-lockout', 'passphrase-required', 'wrong-passphrase'] as const
export type PinErrorReason = (typeof PIN_ERROR_REASONS)[number]

/** Why the order remark is refused (profiles:copyOrderRemark): the sales remark needs the profile's agent ID. */
export const ORDER_REMARK_ERROR_REASONS = ['no-agent-id'] as const
export type OrderRemarkErrorReason = (typeof ORDER_REMARK_ERROR_REASONS)[number]

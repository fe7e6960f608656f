// The overwrite notices' refusal reasons without zod, so the notice docked on the first screen
// can read them without carrying the schemas (reply-overwrites.ts re-exports them).

/** Why a notice's action was refused (DeskError params.reason): the notice was dismissed meanwhile, or the reply is no longer on this PC. */
export const OVERWRITE_REFUSALS = ['dismissed', 'reply-gone'] as const
export type OverwriteRefusal = (typeof OVERWRITE_REFUSALS)[number]

// The team refusal reasons without zod, for the header's sync chip (first-screen code; see
// test/unit/architecture/first-screen-imports.test.ts). team.ts re-exports them.

/** Why a team call is refused; the renderer has one sentence for each (features/team/team-errors.ts). */
export const TEAM_REFUSAL_REASONS = [
  'sync-unavailable',
  'already-joined',
  'not-joined',
  'server-address',
  'server-not-https',
  'server-unreachable',
  'not-a-team-server',
  'invite-invalid',
  'login-taken',
  'wrong-password',
  'account-disabled',
  'locked-out',
  'rate-limited',
  'bring-in-unavailable',
  'cafe-unsupported',
  'cafe-import-not-yours',
  'cafe-import-copy-exists',
  'cafe-export-inside',
] as const
export type TeamRefusalReason = (typeof TEAM_REFUSAL_REASONS)[number]

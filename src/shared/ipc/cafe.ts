// 网吧模式 (café mode): signing in at a public PC to a copy of the agent's team data that is
// encrypted with a key the team server holds, and signing out so that the PC keeps nothing of her
// (docs/desktop-sync.md "Café mode"). The start-up gate serves these before and after the copy opens.
import { z } from 'zod'
import { startupStateSchema } from './at-rest'
import { channel } from './channel'

export const cafeSignInInputSchema = z
  .object({
    serverUrl: z.string().trim().min(1).max(300),
    login: z.string().trim().min(2).max(40),
    password: z.string().min(8).max(200),
  })
  .strict()
export type CafeSignInInput = z.output<typeof cafeSignInInputSchema>

export const cafeStatusSchema = z.discriminatedUnion('active', [
  /** The normal app: `available` when this build can sign in to a team at all. */
  z.object({ active: z.literal(false), available: z.boolean() }),
  /** A café session: whose, where, and how many changes still wait for the server. */
  z.object({ active: z.literal(true), displayName: z.string(), serverUrl: z.string(), pending: z.number().int().min(0) }),
])
export type CafeStatus = z.infer<typeof cafeStatusSchema>

/** Where a sign-out stands: done (the copy is gone), or still waiting for the server to take `pending` changes. */
export const cafeSignOutStateSchema = z.discriminatedUnion('state', [
  /** `exportedTo`: the file the changes the server did not have yet went to (encrypted with the café key). */
  z.object({ state: z.literal('signed-out'), exportedTo: z.string().optional() }),
  z.object({ state: z.literal('waiting'), pending: z.number().int().min(1) }),
])
export type CafeSignOutState = z.infer<typeof cafeSignOutStateSchema>

/** How long one sign-out call waits for uploads before it answers how many are left; the screen calls again. */
export const CAFE_SIGN_OUT_WAIT_MAX_MS = 30_000

const empty = z.object({}).strict()

export const cafeChannels = {
  /** From the café sign-in screen: signs in to the team, gets the café key and opens the agent's copy (answers the start-up state). */
  'cafe:signIn': channel(cafeSignInInputSchema, startupStateSchema),
  'cafe:status': channel(empty, cafeStatusSchema),
  /**
   * Waits up to `waitMs` for every queued change to reach the server; once they have, removes the
   * copy and clears the clipboard. `exportUnsent`: the network is not coming back; the agent picks
   * a file, the whole copy (queue included, encrypted with her café key) goes there, and the copy
   * here is removed at once. The file is imported at her next café sign-in (`cafe:chooseImport`).
   */
  'cafe:signOut': channel(z.object({ waitMs: z.number().int().min(0).max(CAFE_SIGN_OUT_WAIT_MAX_MS), exportUnsent: z.boolean().default(false) }).strict(), cafeSignOutStateSchema),
  /** From the café sign-in screen: picks a file exported at an earlier sign-out; the next sign-in opens it as the agent's copy and uploads what it holds. */
  'cafe:chooseImport': channel(empty, z.object({ file: z.string().nullable() })),
  /** From the normal app's first screens: restart into the café sign-in screen (the PC's own data stays closed). */
  'cafe:enter': channel(empty, z.object({ ok: z.literal(true) })),
}

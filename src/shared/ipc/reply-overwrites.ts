// Notices that a colleague's later edit of a shared reply replaced this agent's version without
// having seen it (team sync, docs/desktop-sync.md). Each carries her lost text, so she can copy
// it or put it back; a dismissed notice does not come back.
import { z } from 'zod'
import { channel } from './channel'

export * from './reply-overwrites-constants'

const id = z.string().min(1).max(64)

export const replyOverwriteSchema = z.object({
  id: z.string(),
  replyId: z.string(),
  /** The reply's title now ('' when it is no longer on this PC). */
  replyTitle: z.string(),
  /** Her version: what she wrote and when. */
  lostTitle: z.string(),
  lostBody: z.string(),
  writtenAt: z.number(),
  /** The colleague's display name in the team, and when their edit replaced hers. */
  overwriterName: z.string(),
  overwrittenAt: z.number(),
})
export type ReplyOverwrite = z.infer<typeof replyOverwriteSchema>

export const replyOverwriteChannels = {
  /** The signed-in agent's notices she has not dismissed, newest first. */
  'replies:overwrites': channel(z.object({}).strict(), z.array(replyOverwriteSchema)),
  /** Her lost text onto the clipboard. */
  'replies:copyOverwrite': channel(z.object({ id }).strict(), z.object({ id: z.string() })),
  'replies:dismissOverwrite': channel(z.object({ id }).strict(), z.object({ id: z.string() })),
  /** Saves her lost title and text as the reply's newest version (out of the recycle bin if it is there), then dismisses the notice. */
  'replies:putBackOverwrite': channel(z.object({ id }).strict(), z.object({ id: z.string(), replyId: z.string() })),
}

export const replyOverwriteEvents = {
  /** New notices arrived from the team: windows ask for the list again. */
  'replies:overwritesChanged': z.object({}),
}

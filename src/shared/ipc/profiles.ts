// Agent profiles on this PC and which one is signed in.
import { z } from 'zod'
import { channel } from './channel'
import { languageSchema } from './app'

export const profileSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  /** 工号: written into order remarks so sales commission is credited. */
  agentId: z.string(),
  /** The chat (Wangwang/Qianniu) account names this agent answers from. */
  chatAccounts: z.array(z.string()),
  language: languageSchema,
  hasPin: z.boolean(),
  createdAt: z.number(),
})
export type Profile = z.infer<typeof profileSchema>

export const profileDraftSchema = z
  .object({
    displayName: z.string().trim().min(1).max(40),
    agentId: z.string().trim().max(32).default(''),
    chatAccounts: z.array(z.string().trim().min(1).max(64)).max(10).default([]),
    language: languageSchema.default('zh-CN'),
  })
  .strict()
export type ProfileDraft = z.input<typeof profileDraftSchema>

const empty = z.object({}).strict()

export const profileChannels = {
  'profiles:list': channel(empty, z.array(profileSchema)),
  'profiles:create': channel(profileDraftSchema, profileSchema),
  'session:current': channel(empty, profileSchema.nullable()),
  'session:switch': channel(z.object({ profileId: z.string().min(1).max(64) }).strict(), profileSchema),
}

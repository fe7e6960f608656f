// Quick replies (快捷回复): the shop's standard answers and the agent's own, their usage, the
// import/export of reply files, the lint settings and the quick-search hotkey.
// Shared replies are seen by every profile on this PC; personal ones by their owner only
// (main decides whose they are from the session, never from an id the renderer sends).
import { z } from 'zod'
import { REPLY_CATEGORY_MAX } from '../domain/replies'
import { hotkeySettingSchema } from './hotkey-setting'
import { channel } from './channel'
import { REPLY_IMPORT_MAX_BYTES } from './replies-constants'
import { ownStringRecord } from './own-record'

export * from './replies-constants'

/** Titles and bodies are checked against REPLY_TITLE_MAX / REPLY_BODY_MAX in the service, so a
 * too-long paste gets a sentence naming the limit; this outer bound only stops absurd input. */
const INPUT_TEXT_MAX = 100_000
export { REPLY_CATEGORY_MAX }
export const DEFAULT_QUICK_SEARCH_HOTKEY = 'CommandOrControl+Shift+Space'


const id = z.string().min(1).max(64)
const label = z.string().trim().max(REPLY_CATEGORY_MAX)

export const replyUsageSchema = z.object({
  id: z.string(),
  /** Copies by the signed-in agent, ever and in the last seven days. */
  uses: z.number(),
  weekUses: z.number(),
  lastUsedAt: z.number().nullable(),
})
export type ReplyUsage = z.infer<typeof replyUsageSchema>

export const replySchema = replyUsageSchema.extend({
  title: z.string(),
  body: z.string(),
  /** '' when the reply has none. */
  shortcut: z.string(),
  category: z.string(),
  group: z.string(),
  shared: z.boolean(),
  /** Precomputed pinyin of the title (see replySearchKeys): the renderer's index never runs pinyin-pro. */
  titlePinyin: z.string(),
  updatedAt: z.number(),
})
export type Reply = z.infer<typeof replySchema>

/** A reply in the recycle bin (回收站): restorable for 30 days after its deletion. */
export const deletedReplySchema = z.object({
  id: z.string(),
  title: z.string(),
  category: z.string(),
  group: z.string(),
  shared: z.boolean(),
  deletedAt: z.number(),
  /** The display name of who deleted it ('' for deletions made before the bin existed). */
  deletedBy: z.string(),
})
export type DeletedReply = z.infer<typeof deletedReplySchema>

const replyFields = {
  title: z.string().trim().min(1).max(INPUT_TEXT_MAX),
  body: z.string().trim().min(1).max(INPUT_TEXT_MAX),
  shortcut: z.string().trim().max(64),
  category: label,
  group: label,
  shared: z.boolean(),
}

export const replyDraftSchema = z
  .object({
    ...replyFields,
    shortcut: replyFields.shortcut.default(''),
    category: label.default(''),
    group: label.default(''),
    shared: z.boolean().default(false),
  })
  .strict()
export type ReplyDraft = z.input<typeof replyDraftSchema>

/** An edit names only what changes. No defaults here: a move (category and group only) must keep the shortcut and the sharing. */
export const replyChangesSchema = z.object(replyFields).partial().extend({ id }).strict()
export type ReplyChanges = z.input<typeof replyChangesSchema>

const domainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(100)
  .regex(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}$/, 'a domain such as shop.taobao.com')

export const replySettingsSchema = z.object({
  /** The global quick-search hotkey ('' = off), an Electron accelerator. */
  hotkey: hotkeySettingSchema,
  /** The shop's own forbidden phrases, added to the built-in list. */
  extraPhrases: z.array(z.string().trim().min(1).max(40)).max(200),
  /** Link domains a reply may contain (the shop's own, the carriers'). */
  allowedDomains: z.array(domainSchema).max(50),
})
export type ReplySettings = z.output<typeof replySettingsSchema>

export const hotkeyStateSchema = z.object({
  /** False where there is no desktop to register with (the test server) or none has been wired. */
  available: z.boolean(),
  /** The accelerator is held; false when another program took it or it is switched off. */
  registered: z.boolean(),
})
export type HotkeyState = z.infer<typeof hotkeyStateSchema>

export const REPLY_FILE_FORMATS = ['csv', 'json'] as const
export const replyFileFormatSchema = z.enum(REPLY_FILE_FORMATS)
export type ReplyFileFormat = z.infer<typeof replyFileFormatSchema>

export const DUPLICATE_CHOICES = ['skip', 'overwrite', 'keepBoth'] as const
export const duplicateChoiceSchema = z.enum(DUPLICATE_CHOICES)
export type DuplicateChoice = z.infer<typeof duplicateChoiceSchema>

/**
 * A row the import refuses (severity 'error') or repairs on the way in ('warning': a dropped
 * shortcut, a trimmed category): the file's line (0 when the row is named by `title` instead) and why.
 */
export const importProblemSchema = z.object({
  line: z.number(),
  severity: z.enum(['error', 'warning']),
  /** A parse code of the domain (title_required, shortcut_duplicate…) or lint_forbidden / lint_offsite. */
  code: z.string(),
  /** zh-CN sentence; the English UI translates `code` instead. */
  message: z.string(),
  title: z.string(),
  /** The offending phrase for lint codes. */
  match: z.string(),
})
export type ImportProblem = z.infer<typeof importProblemSchema>

export const importDuplicateSchema = z.object({
  title: z.string(),
  shortcut: z.string(),
  /** The existing reply it collides with, and by what. */
  existingTitle: z.string(),
  by: z.enum(['shortcut', 'title']),
  /**
   * The file was saved in a legacy encoding (GBK) that has no emoji, and the existing reply has
   * some: overwriting it would turn them into "?".
   */
  lossy: z.boolean(),
})
export type ImportDuplicate = z.infer<typeof importDuplicateSchema>

/** The chosen file as it is on disk (main decodes it: CSV, JSON or an Excel workbook, any encoding). */
export const importFileSchema = z
  .object({
    fileName: z.string().max(260),
    /** The file's bytes in base64 (the IPC payload is JSON on the test transport). */
    data: z.string().max(Math.ceil(REPLY_IMPORT_MAX_BYTES / 3) * 4 + 1024),
    /** The workbook sheet to read; the first one when left out. */
    sheet: z.string().max(100).optional(),
  })
  .strict()
export type ImportFile = z.infer<typeof importFileSchema>

export const importPreviewSchema = z.object({
  /** Rows in the file (good and refused). */
  total: z.number(),
  /** Rows that can be imported as they are (warnings included); the rest are refused. */
  good: z.number(),
  problems: z.array(importProblemSchema),
  problemCount: z.number(),
  /** Problems of severity 'error': any of them and the file is refused, unless the agent skips them. */
  errorCount: z.number(),
  duplicates: z.array(importDuplicateSchema),
  duplicateCount: z.number(),
  /** The first rows, to show what will come in. */
  sample: z.array(z.object({ title: z.string(), body: z.string(), shortcut: z.string(), category: z.string(), group: z.string(), shared: z.boolean() })),
  /** How the file was read ('utf-8', 'gb18030', 'utf-16le', 'xlsx'…), and a workbook's sheets. */
  encoding: z.string(),
  sheets: z.array(z.string()),
  sheet: z.string(),
})
export type ImportPreview = z.infer<typeof importPreviewSchema>

export const replyChangeSchema = z.object({
  reason: z.enum(['saved', 'deleted', 'restored', 'imported', 'renamed', 'used', 'settings', 'synced']),
  /** For 'used': the new figures of the copied reply, so windows need not reload every reply. */
  usage: replyUsageSchema.optional(),
})
export type ReplyChange = z.infer<typeof replyChangeSchema>

const empty = z.object({}).strict()


export const repliesChannels = {
  /** Every reply the signed-in agent sees (shared and own), with its usage and precomputed pinyin. */
  'replies:list': channel(empty, z.array(replySchema)),
  'replies:create': channel(replyDraftSchema, replySchema),
  'replies:update': channel(replyChangesSchema, replySchema),
  /** Soft delete into the recycle bin; `replies:restore` brings it back for RECYCLE_BIN_MS (30 days), then the row is purged. */
  'replies:delete': channel(z.object({ id }).strict(), z.object({ id: z.string(), title: z.string() })),
  'replies:restore': channel(z.object({ id }).strict(), replySchema),
  'replies:recycleBin': channel(empty, z.array(deletedReplySchema)),
  /**
   * Fills the placeholders (agentId, today and now from the profile and clock; the rest from
   * `values`), writes the text to the clipboard and counts the use. Refused while a placeholder
   * is left blank. `hide` then returns focus to the chat client.
   */
  'replies:copy': channel(
    z.object({ id, values: ownStringRecord(z.string().max(40), z.string().max(500), 100).default({}), hide: z.boolean().default(false) }).strict(),
    z.object({ text: z.string(), usage: replyUsageSchema }),
  ),
  /** Renames a category, or a sub-group of one, on every reply the agent may edit. */
  'replies:rename': channel(
    z.object({ category: label, group: label.optional(), to: label.pipe(z.string().min(1)) }).strict(),
    z.object({ count: z.number() }),
  ),
  'replies:settings': channel(empty, z.object({ settings: replySettingsSchema, hotkey: hotkeyStateSchema })),
  'replies:updateSettings': channel(
    z.object({ hotkey: hotkeySettingSchema, extraPhrases: replySettingsSchema.shape.extraPhrases, allowedDomains: replySettingsSchema.shape.allowedDomains }).partial().strict(),
    z.object({ settings: replySettingsSchema, hotkey: hotkeyStateSchema }),
  ),
  'replies:previewImport': channel(importFileSchema, importPreviewSchema),
  /**
   * All or nothing: any refused row and nothing is written, unless `skipProblems` says the agent
   * chose to import the good rows and leave out the refused ones the preview listed.
   */
  'replies:import': channel(
    importFileSchema.extend({ duplicates: duplicateChoiceSchema, skipProblems: z.boolean().default(false) }).strict(),
    z.object({ added: z.number(), updated: z.number(), skipped: z.number() }),
  ),
  'replies:export': channel(z.object({ format: replyFileFormatSchema }).strict(), z.object({ fileName: z.string(), text: z.string(), count: z.number() })),
  /** Opens (or hides) the small always-on-top search window; `available` is false where there is none. */
  'replies:quickSearch': channel(z.object({ action: z.enum(['open', 'hide']) }).strict(), z.object({ available: z.boolean() })),
}

export const importProgressSchema = z.object({ stage: z.enum(['read', 'check', 'save', 'done']), done: z.number(), total: z.number() })
export type ImportProgress = z.infer<typeof importProgressSchema>

export const repliesEvents = {
  'replies:changed': replyChangeSchema,
  /** A long import reports as it goes (main works in slices so that it never stalls). */
  'replies:importProgress': importProgressSchema,
}

// The one IPC contract: every invoke channel with its input and output schemas, and every
// event main pushes to the renderer. Main's handler map is typed from it (a missing handler is
// a compile error); the preload allows exactly these names; the renderer's client is typed by it.
import { type z } from 'zod'
import type { ChannelDef } from './ipc/channel'
import { appChannels, noticeSchema } from './ipc/app'
import { atRestChannels } from './ipc/at-rest'
import { cafeChannels } from './ipc/cafe'
import { profileChannels, profileSchema, sessionStateSchema } from './ipc/profiles'
import { shiftChannels, shiftEvents } from './ipc/shifts'
import { handoverChannels, handoverEvents } from './ipc/handover'
import { presenceChannels, presenceEvents } from './ipc/presence'
import { hotkeyChannels, hotkeyEvents } from './ipc/hotkeys'
import { statsChangedSchema, statsChannels } from './ipc/stats'
import { registerChannels, registerEvents } from './ipc/register'
import { searchChannels } from './ipc/search'
import { reportChannels, reportEvents } from './ipc/report'
import { backupChannels, backupEvents } from './ipc/backups'
import { repliesChannels, repliesEvents } from './ipc/replies'
import { replyOverwriteChannels, replyOverwriteEvents } from './ipc/reply-overwrites'
import { treesChannels, treesEvents } from './ipc/trees'
import { teamChannels, teamEvents } from './ipc/team'
import { leadChannels, leadEvents } from './ipc/lead'

export const contract = {
  ...appChannels,
  ...atRestChannels,
  ...profileChannels,
  ...shiftChannels,
  ...handoverChannels,
  ...presenceChannels,
  ...hotkeyChannels,
  ...statsChannels,
  ...registerChannels,
  ...searchChannels,
  ...reportChannels,
  ...backupChannels,
  ...repliesChannels,
  ...replyOverwriteChannels,
  ...treesChannels,
  ...teamChannels,
  ...cafeChannels,
  ...leadChannels,
} satisfies Record<string, ChannelDef>

export type Contract = typeof contract
export type Channel = keyof Contract
export type Input<C extends Channel> = z.input<Contract[C]['input']>
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>
export type Output<C extends Channel> = z.output<Contract[C]['output']>

export const events = {
  notice: noticeSchema,
  'session:changed': profileSchema.nullable(),
  'session:lockChanged': sessionStateSchema,
  ...shiftEvents,
  ...presenceEvents,
  ...hotkeyEvents,
  'stats:changed': statsChangedSchema,
  ...registerEvents,
  ...reportEvents,
  ...backupEvents,
  ...repliesEvents,
  ...replyOverwriteEvents,
  ...treesEvents,
  ...teamEvents,
  ...handoverEvents,
  ...leadEvents,
} satisfies Record<string, z.ZodType>

export type Events = typeof events
export type EventName = keyof Events
export type EventPayload<E extends EventName> = z.output<Events[E]>

export const CHANNELS = Object.keys(contract) as Channel[]

/** The single ipcMain/ipcRenderer channel that carries all main-to-renderer events. */
export const EVENT_BUS = 'desk:event'

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name)
}
export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name)
}

export * from './ipc/envelope'
export type { Language, Notice, Preferences } from './ipc/app'
export type { LockReason, LockSettings, OrderRemarkRequest, Profile, ProfileDraft, ProfileUpdate, SessionState } from './ipc/profiles'
export type { Shift } from './ipc/shifts'
export type { HandoverBoard, HandoverEvent, HandoverItem, HandoverItemFields, HandoverRecord } from './ipc/handover'

// Every team migration, in order. Never edit one that has shipped: add the next.
import type { TeamMigration } from '../migrate'
import { teamSchema } from './0010-team'
import { replyOverwrites } from './0020-reply-overwrites'
import { leadDay } from './0030-lead-day'
import { cafeKeys } from './0040-cafe-keys'
import { leadFollowUps } from './0050-lead-follow-ups'
import { handoverRecords } from './0060-handover-records'

export const teamMigrations: readonly TeamMigration[] = [teamSchema, replyOverwrites, leadDay, cafeKeys, leadFollowUps, handoverRecords]

// Every migration, imported statically in order (a bundler cannot see files read at run time).
import type { Migration } from '../migrate'
import { initial } from './0010-initial'
import { replies } from './0020-replies'
import { trees } from './0030-trees'
import { presence } from './0040-presence'
import { register } from './0050-register'
import { stats } from './0060-stats'
import { pinLockout } from './0061-pin-lockout'
import { shiftSchedule } from './0062-shift-schedule'
import { sharedPcSettings } from './0063-shared-pc-settings'
import { handover } from './0070-handover'
import { pcOwner } from './0080-pc-owner'
import { replyRecycleBin } from './0110-reply-recycle-bin'
import { registerAuthorIds } from './0120-register-author-ids'
import { replyStagedImports } from './0130-reply-staged-imports'
import { handoverUpdatedBy } from './0140-handover-updated-by'
import { treeStamps } from './0150-tree-stamps'
import { shiftScheduleStamps } from './0160-shift-schedule-stamps'
import { replyUpdatedBy } from './0170-reply-updated-by'
import { teamLinks } from './0260-team-links'

export const MIGRATIONS: readonly Migration[] = [initial, replies, trees, presence, register, stats, pinLockout, shiftSchedule, sharedPcSettings, handover, pcOwner, replyRecycleBin, registerAuthorIds, replyStagedImports, handoverUpdatedBy, treeStamps, shiftScheduleStamps, replyUpdatedBy, teamLinks]
export const LATEST_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0)

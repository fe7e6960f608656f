// The replies recycle bin (回收站): a deleted reply now waits 30 days instead of a minute, so the
// bin says who deleted it (a shared reply leaves every agent's list).
import type { Migration } from '../migrate'

export const replyRecycleBin: Migration = {
  version: 110,
  name: 'reply-recycle-bin',
  sql: `ALTER TABLE replies ADD COLUMN deleted_by TEXT;`,
}

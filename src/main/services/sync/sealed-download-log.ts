// The sync engine keeps every row it downloaded in its own log (`ps_oplog.data`, JSON as the team
// sent it) beside the tables it wrote them into. For a profile with a personal passphrase (issue 16,
// 1.2) main seals her rows in the app's tables as it takes them; left alone, the log would still
// hold the same text under the shop key only, for any colleague who copies the file. So once her
// row is sealed, the log's copy of each sealed column becomes the same sealed value.
//
// The engine checks a download by the hashes the team sent (`ps_oplog.hash`), never by `data`, so
// the change is invisible to it. Should it apply the row again (a later checkpoint), it writes the
// sealed value into the table, where it is already sealed and reads the same.
import { SEALED_PREFIX } from '../at-rest/private-vault'
import type { PrivateVault } from '../at-rest/private-vault'
import type { Db } from '../../db/connection'
import { engineTableSeen } from './engine-table'

/** A team table whose rows main seals, with its columns as (team column, app column) pairs. */
type SealedDownloads = { team: string; app: string; columns: readonly (readonly [team: string, app: string])[] }

/** What main seals of the rows that arrive (the notebooks' own sealing decides which rows). */
export const SEALED_DOWNLOADS: readonly SealedDownloads[] = [
  { team: 'register_entries', app: 'register_entries', columns: [['text', 'text'], ['answer', 'answer'], ['resolution', 'resolution']] },
  { team: 'replies', app: 'replies', columns: [['title', 'title'], ['body', 'body'], ['shortcut', 'shortcut']] },
  { team: 'reply_overwrites', app: 'reply_overwrites', columns: [['lost_title', 'lost_title'], ['lost_body', 'lost_body']] },
]

const sealedSql = (value: string) => `substr(${value}, 1, ${SEALED_PREFIX.length}) = '${SEALED_PREFIX}'`

/** One UPDATE per table: each log row whose app row holds a sealed value the log does not. */
function statementFor(table: SealedDownloads, byIds: boolean): string {
  const data = table.columns.reduce(
    (json, [teamColumn, appColumn]) => `CASE WHEN ${sealedSql(`a.${appColumn}`)} THEN json_set(${json}, '$.${teamColumn}', a.${appColumn}) ELSE ${json} END`,
    'ps_oplog.data',
  )
  const differs = table.columns.map(([teamColumn, appColumn]) => `(${sealedSql(`a.${appColumn}`)} AND json_extract(ps_oplog.data, '$.${teamColumn}') IS NOT a.${appColumn})`).join(' OR ')
  return `UPDATE ps_oplog SET data = ${data}
    FROM ${table.app} a
    WHERE ps_oplog.row_type = '${table.team}' AND a.id = ps_oplog.row_id ${byIds ? 'AND ps_oplog.row_id IN (SELECT value FROM json_each(?))' : ''}
      AND json_valid(ps_oplog.data) AND (${differs})`
}

export class SealedDownloadLog {
  /** The engine's download log exists (a PC that never joined a team has none). */
  private readonly hasLog: () => boolean

  constructor(
    private readonly db: Db,
    vault: Pick<PrivateVault, 'onFirstSeal' | 'onOpen'>,
  ) {
    this.hasLog = engineTableSeen(db, 'ps_oplog')
    // Both passes run after the notebooks' own (they registered first), inside the same transaction.
    vault.onFirstSeal(() => this.sealEverywhere())
    vault.onOpen(() => this.sealEverywhere())
  }

  /** After main sealed arrived rows of the team table `team` (inside the same transaction): those of `ids`, or all of them. */
  sealArrived(team: string, ids?: readonly string[]): void {
    const table = SEALED_DOWNLOADS.find((t) => t.team === team)
    if (table === undefined || ids?.length === 0 || !this.hasLog()) return
    if (ids === undefined) this.db.prepare(statementFor(table, false)).run()
    else this.db.prepare(statementFor(table, true)).run(JSON.stringify(ids))
  }

  /** Every log row whose app row is sealed: when she sets her passphrase, and when she opens her key. */
  sealEverywhere(): void {
    if (!this.hasLog()) return
    for (const table of SEALED_DOWNLOADS) this.db.prepare(statementFor(table, false)).run()
  }
}

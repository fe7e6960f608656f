// Whether the sync engine has made one of its own tables in this file (its upload queue, its
// download log). A PC that never joined a team has none; once made, a table stays while the app
// runs, so a yes is kept and the schema is not asked again.
import type { Db } from '../../db/connection'

export function engineTableSeen(db: Db, name: 'ps_crud' | 'ps_oplog'): () => boolean {
  const find = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
  let seen = false
  return () => (seen ||= find.get(name) !== undefined)
}

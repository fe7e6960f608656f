// What the tests of a profile's personal passphrase (issue 16, 1.2) share: a passphrase that meets
// the strength rule, a cheap KDF (the wrap stores its parameters; the app keeps N=2^17), and a
// colleague's look at a table: the file opened afresh, every row as JSON.
import type { AppContext } from '../../src/main/app-context'
import { openDatabaseFile } from '../../src/main/db/cipher'

export const PERSONAL_PASSPHRASE = '夜班小美的口令是蓝色月亮'
export const FAST_KDF = { N: 2 ** 10, r: 8, p: 1 }

/** Every row of `table` as a colleague with the shop key reads it from the file, as JSON. */
export function tableAsStored(ctx: AppContext, table: string, shopKey: string | null = null): string {
  const db = openDatabaseFile(ctx.services.info.databaseFile, shopKey, { readonly: true, fileMustExist: true })
  try {
    return JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).all())
  } finally {
    db.close()
  }
}

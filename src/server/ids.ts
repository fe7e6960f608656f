// Rows the server creates get the same time-ordered UUIDv7 ids as the desktop's (src/shared/ids),
// so they sort among the PCs' rows by time.
import { uuidV7 } from '../shared/ids/uuid-v7'

export function newId(now: number = Date.now()): string {
  return uuidV7(now)
}

// Time-ordered ids in the UUIDv7 layout (48-bit ms timestamp, then random bits), the same kind
// of id the desktop gives its rows, so rows made on the server sort among them by time.
import { randomBytes } from 'node:crypto'

export function newId(now: number = Date.now()): string {
  const bytes = randomBytes(16)
  bytes.writeUIntBE(now, 0, 6)
  bytes[6] = 0x70 | (bytes[6]! & 0x0f)
  bytes[8] = 0x80 | (bytes[8]! & 0x3f)
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

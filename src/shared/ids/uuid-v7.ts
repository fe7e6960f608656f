// Time-ordered row ids in the UUIDv7 layout (RFC 9562): a 48-bit millisecond timestamp, the
// version and variant bits, then 74 random bits. The desktop and the team server make their ids
// here, so rows from both sort among each other by when they were made. Web Crypto only, so it
// runs in main, the server and the renderer alike.

export type RandomFill = (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>

const webRandom: RandomFill = (bytes) => globalThis.crypto.getRandomValues(bytes)

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))

export function uuidV7(now: number, fill: RandomFill = webRandom): string {
  if (!Number.isSafeInteger(now) || now < 0 || now >= 2 ** 48) throw new RangeError(`A UUIDv7 timestamp must be 0..2^48-1 ms, not ${now}.`)
  const bytes = fill(new Uint8Array(16))
  // Six bytes of big-endian milliseconds; division, not bit shifts, since 48 bits exceed 32.
  let ms = now
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256
    ms = Math.floor(ms / 256)
  }
  bytes[6] = 0x70 | (bytes[6]! & 0x0f)
  bytes[8] = 0x80 | (bytes[8]! & 0x3f)
  const hex = Array.from(bytes, (b) => HEX[b]).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** The millisecond timestamp a UUIDv7 carries. */
export function uuidV7Time(id: string): number {
  return parseInt(id.replaceAll('-', '').slice(0, 12), 16)
}

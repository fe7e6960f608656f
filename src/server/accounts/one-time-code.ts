// Invite and reset codes: 12 characters an agent can read aloud and type (Crockford base32, no
// I, L, O or U), shown as XXXX-XXXX-XXXX. Only their SHA-256 digest is stored.
import { createHash, randomInt } from 'node:crypto'

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

export function newOneTimeCode(): string {
  let raw = ''
  for (let i = 0; i < 12; i++) raw += ALPHABET[randomInt(ALPHABET.length)]
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`
}

/** Same digest for the code however it was typed: case, spaces and dashes do not matter. */
export function digestCode(code: string): string {
  const normalized = code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  return createHash('sha256').update(normalized).digest('hex')
}

export function digestToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

// PINs are kept only as scrypt hashes with a random salt per profile: the database file of a
// shared PC may be copied, and two agents who pick the same PIN must not be told apart by it.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

/** N = 2^15 costs about 100 ms and 32 MiB per check: cheap for one unlock, slow for a dictionary. */
const PARAMS = { N: 2 ** 15, r: 8, p: 1 }
const KEY_LENGTH = 32
const SALT_BYTES = 16

export type PinHash = { hash: string; salt: string }

function derive(pin: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 128 * params.N * params.r * 2 }
  return new Promise((resolve, reject) => {
    scrypt(pin.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key)))
  })
}

/** `hash` is `scrypt$N$r$p$<base64 key>`, so the cost can be raised later without losing old PINs. */
export async function hashPin(pin: string): Promise<PinHash> {
  const salt = randomBytes(SALT_BYTES)
  const key = await derive(pin, salt, PARAMS)
  return { hash: `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${key.toString('base64')}`, salt: salt.toString('base64') }
}

export async function pinMatches(pin: string, stored: PinHash): Promise<boolean> {
  const [scheme, n, r, p, encoded] = stored.hash.split('$')
  if (scheme !== 'scrypt' || !encoded) return false
  const expected = Buffer.from(encoded, 'base64')
  const key = await derive(pin, Buffer.from(stored.salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) })
  return key.length === expected.length && timingSafeEqual(key, expected)
}

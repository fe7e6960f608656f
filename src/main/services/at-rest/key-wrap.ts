// Wrapping a random data key with a key derived from a secret: scrypt (memory-hard, so a GPU
// gains little per guess) then AES-256-GCM, whose tag tells a wrong secret from a right one
// without keeping any hash of the secret. The parameters are stored with each wrap so they can
// be raised later without losing access to data wrapped before.
import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto'

export type KdfParams = { N: number; r: number; p: number }

/** N=2^17, r=8, p=1: 128 MiB and about half a second per guess on a 2-core PC (bench: security.kdf.guesses_per_s). */
export const AT_REST_KDF: KdfParams = { N: 2 ** 17, r: 8, p: 1 }

export type WrappedKey = { kdf: 'scrypt'; N: number; r: number; p: number; salt: string; iv: string; tag: string; key: string }

export function deriveKey(secret: string, salt: Buffer, params: KdfParams): Promise<Buffer> {
  const maxmem = 128 * params.N * params.r * 2
  return new Promise((resolve, reject) => {
    scrypt(secret.normalize('NFKC'), salt, 32, { ...params, maxmem }, (error, key) => (error ? reject(error) : resolve(key)))
  })
}

/** `context` binds the wrap to its place in the keyring (whose key it is), as GCM's additional data. */
export async function wrapKey(dataKey: Buffer, secret: string, context: string, params: KdfParams = AT_REST_KDF): Promise<WrappedKey> {
  const salt = randomBytes(16)
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', await deriveKey(secret, salt, params), iv)
  cipher.setAAD(Buffer.from(context, 'utf8'))
  const key = Buffer.concat([cipher.update(dataKey), cipher.final()])
  const b64 = (b: Buffer) => b.toString('base64')
  return { kdf: 'scrypt', ...params, salt: b64(salt), iv: b64(iv), tag: b64(cipher.getAuthTag()), key: b64(key) }
}

/** The data key, or null when `secret` is not the one it was wrapped with. */
export async function unwrapKey(wrapped: WrappedKey, secret: string, context: string): Promise<Buffer | null> {
  const b = (s: string) => Buffer.from(s, 'base64')
  const derived = await deriveKey(secret, b(wrapped.salt), { N: wrapped.N, r: wrapped.r, p: wrapped.p })
  const decipher = createDecipheriv('aes-256-gcm', derived, b(wrapped.iv))
  decipher.setAAD(Buffer.from(context, 'utf8'))
  decipher.setAuthTag(b(wrapped.tag))
  try {
    return Buffer.concat([decipher.update(b(wrapped.key)), decipher.final()])
  } catch {
    return null
  }
}

// The Ed25519 key our API signs PowerSync tokens with. The private half stays in the server's
// data folder (0600); the service is given only the public half, so a leaked service config
// cannot mint tokens.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { randomUUID } from 'node:crypto'
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose'

export type SigningKey = { kid: string; privateKey: CryptoKey; publicKey: CryptoKey; publicJwk: JWK }

export async function loadOrCreateSigningKey(path: string): Promise<SigningKey> {
  if (!existsSync(path)) {
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true })
    const jwk = { ...(await exportJWK(privateKey)), kid: randomUUID(), alg: 'EdDSA', use: 'sig' }
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, JSON.stringify(jwk), { mode: 0o600, flag: 'wx' })
  }
  const jwk = JSON.parse(readFileSync(path, 'utf8')) as JWK & { kid: string }
  const privateKey = (await importJWK(jwk, 'EdDSA')) as CryptoKey
  const { d: _private, ...publicJwk } = jwk
  const publicKey = (await importJWK(publicJwk, 'EdDSA')) as CryptoKey
  return { kid: jwk.kid, privateKey, publicKey, publicJwk }
}

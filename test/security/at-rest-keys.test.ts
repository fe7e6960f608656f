// Keys (issue 16, 1.3): the shop key is random, kept only wrapped (scrypt, then AES-256-GCM) by an
// at-rest secret of a stated minimum strength, and, where the PC asks for it, sealed by the OS
// keystore. The keystore here is a stand-in for Electron's safeStorage (which needs Electron):
// it seals with a secret of the "OS account", so another account cannot open it.
import { randomBytes } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AT_REST_KDF } from '../../src/main/services/at-rest/key-wrap'
import { addSecretHolder, createKeyring, KEYRING_FILE, readKeyring, unlockWithKeystore, unlockWithSecret } from '../../src/main/services/at-rest/keyring'
import { MIN_SECRET_BITS, secretStrength } from '../../src/shared/domain/secret-strength'
import { keystoreOf } from '../helpers/keystore-stand-in'
import { useTempDir } from '../helpers/temp-dir'

const tempDir = useTempDir()
/** Cheaper than the app's N=2^17 so the suite stays quick; one test below uses the real parameters. */
const FAST = { N: 2 ** 12, r: 8, p: 1 }
const SECRET = '夜班小美的口令是蓝色月亮'


describe('the at-rest secret', () => {
  it.each(['1234', '123456', 'password', 'aaaaaaaaaaaaaaaaaaaa', 'abcdefghijklmnop', 'qwertyui', '12345678901234567'])('refuses %s', (secret) => {
    expect(secretStrength(secret).ok).toBe(false)
  })

  it.each(['correct horse battery staple', 'Shop#2026-night', SECRET, '小猫钓鱼不专心啊'])('accepts %s', (secret) => {
    const strength = secretStrength(secret)
    expect(strength.ok).toBe(true)
    expect(strength.bits).toBeGreaterThanOrEqual(MIN_SECRET_BITS)
  })

  it('is refused with a reason when too weak, and no keyring is written', async () => {
    const dir = tempDir()
    await expect(createKeyring(dir, 'shop', '12345678', null, FAST)).rejects.toMatchObject({ code: 'invalid-input', params: { reason: 'secret-too-guessable' } })
    expect(readKeyring(dir)).toBeNull()
  })
})

describe('the keyring', () => {
  it('keeps a random key only wrapped: the right secret opens it, a wrong one does not, and the file holds neither key nor secret', async () => {
    const dir = tempDir()
    const key = await createKeyring(dir, 'shop', SECRET, null, FAST)
    const other = await createKeyring(tempDir(), 'shop', SECRET, null, FAST)
    expect(key).toMatch(/^[0-9a-f]{64}$/)
    expect(other).not.toBe(key)
    const keyring = readKeyring(dir)!
    expect(await unlockWithSecret(keyring, 'shop', SECRET)).toBe(key)
    expect(await unlockWithSecret(keyring, 'shop', `${SECRET}!`)).toBeNull()
    expect(await unlockWithSecret(keyring, 'someone-else', SECRET)).toBeNull()
    const text = readFileSync(join(dir, KEYRING_FILE), 'utf8')
    expect(text).not.toContain(key)
    expect(text).not.toContain(Buffer.from(key, 'hex').toString('base64'))
    expect(text).not.toContain(SECRET)
    if (process.platform !== 'win32') expect(statSync(join(dir, KEYRING_FILE)).mode & 0o777).toBe(0o600)
  })

  it('wraps with the stated scrypt parameters (N=2^17, r=8, p=1) unless told otherwise', async () => {
    const dir = tempDir()
    const key = await createKeyring(dir, 'shop', SECRET, null)
    expect(readKeyring(dir)!.secrets.shop).toMatchObject({ kdf: 'scrypt', N: 2 ** 17, r: 8, p: 1 })
    expect(AT_REST_KDF).toEqual({ N: 2 ** 17, r: 8, p: 1 })
    expect(await unlockWithSecret(readKeyring(dir)!, 'shop', SECRET)).toBe(key)
  })

  it('lets a second holder open the same key with their own secret', async () => {
    const dir = tempDir()
    const key = await createKeyring(dir, 'shop', SECRET, null, FAST)
    await addSecretHolder(dir, key, 'profile-qiang', '阿强晚班也要喝热水呀', FAST)
    expect(await unlockWithSecret(readKeyring(dir)!, 'profile-qiang', '阿强晚班也要喝热水呀')).toBe(key)
    expect(await unlockWithSecret(readKeyring(dir)!, 'shop', SECRET)).toBe(key)
  })

  it('opens from the OS keystore for the same account only', async () => {
    const dir = tempDir()
    const account = randomBytes(32)
    const key = await createKeyring(dir, 'shop', SECRET, keystoreOf(account), FAST)
    const keyring = readKeyring(dir)!
    expect(unlockWithKeystore(keyring, keystoreOf(account))).toBe(key)
    expect(unlockWithKeystore(keyring, keystoreOf(randomBytes(32)))).toBeNull()
    expect(readFileSync(join(dir, KEYRING_FILE), 'utf8')).not.toContain(key)
  })

  it('refuses to replace an existing keyring (that would orphan the data encrypted with it)', async () => {
    const dir = tempDir()
    await createKeyring(dir, 'shop', SECRET, null, FAST)
    await expect(createKeyring(dir, 'shop', SECRET, null, FAST)).rejects.toMatchObject({ code: 'conflict' })
  })
})

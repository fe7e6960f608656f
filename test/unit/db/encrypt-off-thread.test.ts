// The plaintext→encrypted upgrade at start-up runs in a worker thread (the built
// out/main/encrypt-worker.js, as the app loads it) and reports every step, so the window can show
// progress; without the built worker it runs in this thread with the same steps. Either way every
// database file ends encrypted with all its rows. The built-worker case needs `npm run build`.
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATABASE_FILE } from '../../../src/main/app-context'
import { BACKUPS_DIR } from '../../../src/main/db/backup-files'
import { encryptDataFolderOffThread } from '../../../src/main/db/encrypt-off-thread'
import { plaintextDatabases } from '../../../src/main/db/encrypt-upgrade'
import { dispatch } from '../../../src/main/ipc/dispatch'
import { openTestContext } from '../../helpers/app-context'
import { signInMei } from '../../helpers/keystore-stand-in'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir()
const BUILT_WORKER = resolve(__dirname, '../../../out/main/encrypt-worker.js')
const MARKER = '买家花生酱说快递盒子压坏了'
const quiet = () => undefined

/** A plaintext folder with a note in the database and one backup: two files to encrypt. */
async function plaintextFolder(): Promise<{ dir: string; job: { databaseFile: string; backupsDir: string; key: string } }> {
  const dir = tempDir()
  const ctx = openTestContext(dir)
  signInMei(ctx)
  expect(await dispatch(ctx.handlers, 'register:create', { entry: { kind: 'question', text: MARKER } }, quiet)).toMatchObject({ ok: true })
  await ctx.services.backups.backUpNow()
  ctx.close()
  const job = { databaseFile: join(dir, DATABASE_FILE), backupsDir: join(dir, BACKUPS_DIR), key: randomBytes(32).toString('hex') }
  expect(plaintextDatabases(job.databaseFile, job.backupsDir)).toHaveLength(2)
  return { dir, job }
}

async function upgradesWith(workerFile: string, ranIn: 'worker' | 'main') {
  const { dir, job } = await plaintextFolder()
  const steps: [number, number][] = []
  expect(await encryptDataFolderOffThread(job, (done, total) => steps.push([done, total]), workerFile)).toEqual({ encrypted: 2, ranIn })
  // Six steps per file, counted up to the total, which is known from the first step on.
  expect(steps).toEqual(Array.from({ length: 12 }, (_, i) => [i + 1, 12]))
  expect(plaintextDatabases(job.databaseFile, job.backupsDir)).toEqual([])
  expect(readFileSync(job.databaseFile).includes(Buffer.from(MARKER))).toBe(false)
  const reopened = openTestContext(dir, { databaseKey: job.key })
  signInMei(reopened)
  expect(JSON.stringify(await dispatch(reopened.handlers, 'register:list', {}, quiet))).toContain(MARKER)
  reopened.close()
}

describe('the start-up encryption upgrade', () => {
  it.runIf(existsSync(BUILT_WORKER))('runs in the built worker thread and reports each of its steps', async () => {
    await upgradesWith(BUILT_WORKER, 'worker')
  })

  it('runs in this thread, with the same steps, where the built worker is absent', async () => {
    await upgradesWith(join(tempDir(), 'no-such-worker.js'), 'main')
  })

  it('starts no worker and reports nothing when no file is plaintext', async () => {
    const dir = tempDir()
    const steps: unknown[] = []
    expect(await encryptDataFolderOffThread({ databaseFile: join(dir, DATABASE_FILE), backupsDir: join(dir, BACKUPS_DIR), key: randomBytes(32).toString('hex') }, (...step) => steps.push(step), BUILT_WORKER)).toEqual({ encrypted: 0, ranIn: 'nowhere' })
    expect(steps).toEqual([])
  })
})

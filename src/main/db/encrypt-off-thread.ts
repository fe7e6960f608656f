// Runs the data folder's plaintext→encrypted upgrade (db/encrypt-upgrade.ts) in a worker thread
// and reports its progress, so start-up can show a progress bar while the window stays
// responsive. Where the built worker is absent (vitest runs the TS sources) or cannot start, the
// same upgrade runs here instead, with the same progress: nothing is skipped either way.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { encryptDataFolder, ENCRYPT_STAGES_PER_FILE, plaintextDatabases } from './encrypt-upgrade'

export type EncryptJob = { databaseFile: string; backupsDir: string; key: string }
export type EncryptMessage = { planned: number } | { step: true } | { encrypted: number } | { failed: string }
/** `done` of `total` steps; `total` is known once the files to encrypt are listed. */
export type EncryptProgress = (done: number, total: number) => void

/** Where electron-vite writes the worker: beside the main bundle (electron.vite.config.ts). */
export const ENCRYPT_WORKER_FILE = join(__dirname, 'encrypt-worker.js')

/** How many files were encrypted, and where the upgrade ran. */
export type EncryptAnswer = { encrypted: number; ranIn: 'worker' | 'main' | 'nowhere' }

/**
 * When nothing is plaintext no worker is started ('nowhere'); an upgrade a crash interrupted is
 * finished or undone when the database opens, as before.
 */
export async function encryptDataFolderOffThread(job: EncryptJob, progress: EncryptProgress, workerFile = ENCRYPT_WORKER_FILE): Promise<EncryptAnswer> {
  if (plaintextDatabases(job.databaseFile, job.backupsDir).length === 0) return { encrypted: 0, ranIn: 'nowhere' }
  let total = 1
  let done = 0
  const plan = (files: number) => (total = Math.max(1, files * ENCRYPT_STAGES_PER_FILE))
  const step = () => progress(++done, total)
  if (!existsSync(workerFile)) return encryptHere(job, plan, step)
  const answer = await new Promise<number | 'no-worker'>((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: job })
    worker.on('message', (message: EncryptMessage) => {
      if ('planned' in message) plan(message.planned)
      else if ('step' in message) step()
      else if ('encrypted' in message) resolve(message.encrypted)
      else reject(new Error(message.failed))
    })
    // A worker that could not start did no step: the upgrade runs here instead.
    worker.once('error', (error) => (done === 0 ? resolve('no-worker') : reject(error)))
    worker.once('exit', (code) => (done === 0 ? resolve('no-worker') : reject(new Error(`The encryption worker stopped (exit code ${code}); the next start finishes or undoes its step.`))))
  })
  return answer === 'no-worker' ? encryptHere(job, plan, step) : { encrypted: answer, ranIn: 'worker' }
}

function encryptHere(job: EncryptJob, plan: (files: number) => void, step: () => void): EncryptAnswer {
  return { encrypted: encryptDataFolder(job.databaseFile, job.backupsDir, job.key, { onPlan: (files) => plan(files.length), afterStage: step }).length, ranIn: 'main' }
}

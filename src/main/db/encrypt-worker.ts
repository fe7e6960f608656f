// Worker-thread entry (built beside the main bundle as encrypt-worker.js): the plaintext→encrypted
// upgrade of the data folder (db/encrypt-upgrade.ts) runs here, so a big database (a minute at
// 1M rows) does not block the main process and its window; every step is reported for progress.
import { parentPort, workerData } from 'node:worker_threads'
import { encryptDataFolder } from './encrypt-upgrade'
import type { EncryptMessage, EncryptJob } from './encrypt-off-thread'

const post = (message: EncryptMessage) => parentPort?.postMessage(message)
const job = workerData as EncryptJob
try {
  const files = encryptDataFolder(job.databaseFile, job.backupsDir, job.key, {
    onPlan: (planned) => post({ planned: planned.length }),
    afterStage: () => post({ step: true }),
  })
  post({ encrypted: files.length })
} catch (error) {
  post({ failed: error instanceof Error ? error.message : String(error) })
}

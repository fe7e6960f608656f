// The sync host: a worker thread of ours that owns the PowerSync database (docs/desktop-sync.md,
// "The sync host"). The SDK drives its write transactions from the thread that owns it; here
// that thread is not main, so a synchronous save on main that waits on SQLite's busy handler
// never stalls the SDK's transaction it waits for, and a long download never blocks main.
// Credentials and uploads are asked of main (sync-host.ts), where the team connector lives.
// An eval'd CommonJS script, like keyed-worker.ts: no extra file beside the main bundle.
export const SYNC_HOST_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { Worker } = require('node:worker_threads')

const asked = new Map()
let nextAsk = 0
function ask(what, payload) {
  const id = nextAsk++
  parentPort.postMessage({ kind: 'ask', id, what, payload })
  return new Promise((resolve, reject) => asked.set(id, { resolve, reject }))
}

const NUDGE_UPLOAD = 'UPDATE ps_crud SET id = id WHERE id = (SELECT max(id) FROM ps_crud)'

async function main() {
  const { PowerSyncDatabase, Schema } = await import(workerData.sdk)
  const schema = new Schema({})
  schema.withRawTables(workerData.rawTables)
  const powersync = new PowerSyncDatabase({
    schema,
    database: {
      dbFilename: workerData.dbFilename,
      dbLocation: workerData.dbLocation,
      readWorkerCount: 1,
      openWorker: (_path, options) => new Worker(workerData.keyedWorkerSource, { ...options, eval: true, workerData: { ...(options && options.workerData), ...workerData.keyedWorkerData } }),
    },
  })
  await powersync.init()

  let pending = -1
  async function reportPending() {
    const { count } = await powersync.getUploadQueueStats()
    if (count !== pending) parentPort.postMessage({ kind: 'pending', count })
    pending = count
  }
  function reportStatus(status) {
    const progress = status.downloadProgress
    const failure = status.dataFlowStatus.downloadError || status.dataFlowStatus.uploadError
    parentPort.postMessage({
      kind: 'status',
      status: {
        connected: status.connected,
        connecting: status.connecting,
        hasSynced: status.hasSynced === true,
        lastSyncedAt: status.lastSyncedAt ? status.lastSyncedAt.getTime() : null,
        downloaded: progress ? progress.downloadedOperations : 0,
        total: progress ? progress.totalOperations : null,
        error: failure ? String(failure.message) : null,
      },
    })
    reportPending().catch(() => undefined)
  }
  powersync.registerListener({ statusChanged: reportStatus })
  powersync.onChange({ onChange: (event) => parentPort.postMessage({ kind: 'arrived', tables: event.changedTables }) }, { tables: workerData.appTables, throttleMs: 30 })

  const connector = {
    fetchCredentials: () => ask('credentials'),
    async uploadData(db) {
      for (;;) {
        const transaction = await db.getNextCrudTransaction()
        if (!transaction) break
        const ops = transaction.crud.map((entry) => ({ op: entry.op, type: entry.table, id: entry.id, ...(entry.opData ? { data: entry.opData } : {}) }))
        // The queue id of its first change tells main whose change it is (upload-owners.ts).
        await ask('upload', { ops, firstQueueId: transaction.crud[0].clientId })
        await transaction.complete()
      }
      await reportPending()
    },
  }

  const commands = {
    async connect() {
      await powersync.connect(connector, { crudUploadThrottleMs: 0, retryDelayMs: workerData.retryDelayMs })
      reportStatus(powersync.currentStatus)
    },
    async nudge() {
      await powersync.execute(NUDGE_UPLOAD)
      await reportPending()
    },
    async pending() {
      return (await powersync.getUploadQueueStats()).count
    },
    async disconnect() {
      await powersync.disconnect()
    },
    async forget() {
      await powersync.disconnectAndClear()
    },
    async close() {
      await powersync.close()
    },
  }

  parentPort.on('message', (message) => {
    if (message.kind === 'answer') {
      const waiting = asked.get(message.id)
      asked.delete(message.id)
      if (message.error !== undefined) waiting.reject(new Error(message.error))
      else waiting.resolve(message.value)
      return
    }
    commands[message.kind]().then(
      (value) => parentPort.postMessage({ kind: 'done', id: message.id, value }),
      (error) => parentPort.postMessage({ kind: 'done', id: message.id, error: String(error && error.message || error) }),
    )
  })
  parentPort.postMessage({ kind: 'ready' })
}

main().catch((error) => parentPort.postMessage({ kind: 'failed', error: String(error && error.stack || error) }))
`

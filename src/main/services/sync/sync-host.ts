// Main's handle on the sync host (sync-host-source.ts): starts the worker thread, sends it
// commands and answers what it asks (credentials, uploads) through the callbacks it is given.
import { createRequire } from 'node:module'
import { basename, dirname } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { PendingStatement } from '@powersync/node'
import type { UploadOp } from '../../../shared/team/api'
import { keyedWorkerSpec } from './keyed-worker'
import { SYNC_HOST_SOURCE } from './sync-host-source'

/** What the SDK last said of the connection, as the host reports it. */
export type HostStatus = {
  connected: boolean
  connecting: boolean
  hasSynced: boolean
  lastSyncedAt: number | null
  downloaded: number
  total: number | null
  error: string | null
}

export type HostOptions = {
  databaseFile: string
  keyHex: string | null
  rawTables: Record<string, { put: PendingStatement; delete: PendingStatement }>
  /** App tables whose synced changes main must hear of (search index, pinyin keys, the renderer). */
  appTables: string[]
  retryDelayMs: number
}

export type HostCallbacks = {
  credentials(): Promise<{ endpoint: string; token: string }>
  /** Resolves once the team API has taken (or refused for good) one local transaction; rejects to retry it later. `firstQueueId` is its first change's id in the queue. */
  upload(transaction: { ops: UploadOp[]; firstQueueId: number }): Promise<void>
  status(status: HostStatus): void
  pending(count: number): void
  arrived(tables: string[]): void
  /** The host thread died or could not open the database. */
  failed(detail: string): void
}

type Command = 'connect' | 'nudge' | 'pending' | 'disconnect' | 'forget' | 'close'
type FromHost =
  | { kind: 'ready' }
  | { kind: 'failed'; error: string }
  | { kind: 'status'; status: HostStatus }
  | { kind: 'pending'; count: number }
  | { kind: 'arrived'; tables: string[] }
  | { kind: 'ask'; id: number; what: 'credentials' | 'upload'; payload: unknown }
  | { kind: 'done'; id: number; value?: unknown; error?: string }

export class SyncHost {
  private readonly worker: Worker
  private readonly waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>()
  private nextId = 0
  private readonly ready: Promise<void>

  constructor(options: HostOptions, private readonly callbacks: HostCallbacks) {
    const require = createRequire(__filename)
    const keyed = keyedWorkerSpec(options.keyHex)
    this.worker = new Worker(SYNC_HOST_SOURCE, {
      eval: true,
      workerData: {
        sdk: pathToFileURL(require.resolve('@powersync/node')).href,
        dbFilename: basename(options.databaseFile),
        dbLocation: dirname(options.databaseFile),
        rawTables: options.rawTables,
        appTables: options.appTables,
        retryDelayMs: options.retryDelayMs,
        keyedWorkerSource: keyed.source,
        keyedWorkerData: keyed.workerData,
      },
    })
    this.ready = new Promise((resolve, reject) => {
      this.worker.on('message', (message: FromHost) => {
        if (message.kind === 'ready') resolve()
        else if (message.kind === 'failed') {
          reject(new Error(message.error))
          callbacks.failed(message.error)
        } else this.heard(message)
      })
      this.worker.on('error', (error) => {
        reject(error)
        callbacks.failed(String(error.message))
      })
    })
  }

  private heard(message: Exclude<FromHost, { kind: 'ready' } | { kind: 'failed' }>): void {
    if (message.kind === 'status') this.callbacks.status(message.status)
    else if (message.kind === 'pending') this.callbacks.pending(message.count)
    else if (message.kind === 'arrived') this.callbacks.arrived(message.tables)
    else if (message.kind === 'done') {
      const waiting = this.waiting.get(message.id)
      this.waiting.delete(message.id)
      if (message.error !== undefined) waiting?.reject(new Error(message.error))
      else waiting?.resolve(message.value)
    } else {
      const answer = message.what === 'credentials' ? this.callbacks.credentials() : this.callbacks.upload(message.payload as { ops: UploadOp[]; firstQueueId: number })
      answer.then(
        (value) => this.worker.postMessage({ kind: 'answer', id: message.id, value }),
        (error: unknown) => this.worker.postMessage({ kind: 'answer', id: message.id, error: error instanceof Error ? error.message : String(error) }),
      )
    }
  }

  async command<T = void>(kind: Command): Promise<T> {
    await this.ready
    const id = this.nextId++
    const done = new Promise<unknown>((resolve, reject) => this.waiting.set(id, { resolve, reject }))
    this.worker.postMessage({ kind, id })
    return (await done) as T
  }

  /** After a committed synced write on main: the SDK uploads only what its own connection saw change. */
  nudge(): void {
    this.command('nudge').catch(() => undefined)
  }

  async close(): Promise<void> {
    await this.command('close').catch(() => undefined)
    await this.worker.terminate()
  }
}

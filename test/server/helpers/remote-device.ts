// A TeamDevice in a child process of its own, so many simulated PCs do not share one event loop.
import { type ChildProcess, spawn } from 'node:child_process'
import { join } from 'node:path'
import type { SessionResponse } from '../../../src/shared/team/api'
import type { DeviceCommand, DeviceReply } from './device-child'

type Pending = { done: (value: unknown) => void; fail: (error: Error) => void }
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never

export class RemoteDevice {
  private readonly child: ChildProcess
  private readonly pending = new Map<number, Pending>()
  private next = 1
  private answering = false
  readonly ready: Promise<void>

  constructor(
    apiUrl: string,
    readonly session: SessionResponse,
    label: string,
  ) {
    this.child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'device-child.ts'), JSON.stringify({ apiUrl, session, label })], {
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      cwd: process.cwd(),
    })
    this.ready = new Promise((done, fail) => {
      this.child.once('exit', (code) => fail(new Error(`device ${label} exited with ${code}`)))
      this.child.on('message', (reply: DeviceReply) => {
        if ('ready' in reply) {
          this.answering = true
          return done()
        }
        const waiting = this.pending.get(reply.id)
        this.pending.delete(reply.id)
        if (reply.ok) waiting?.done(reply.value)
        else waiting?.fail(new Error(reply.error))
      })
    })
  }

  private call<T>(command: WithoutId<DeviceCommand>): Promise<T> {
    const id = this.next++
    return new Promise<T>((done, fail) => {
      this.pending.set(id, { done: done as (value: unknown) => void, fail })
      this.child.send({ ...command, id })
    })
  }

  /** The device's process id (the sync bench reads its CPU time). */
  get pid(): number | undefined {
    return this.child.pid
  }

  execute(sql: string, params: unknown[] = []) {
    return this.call<number>({ cmd: 'execute', sql, params })
  }

  waitForValue(sql: string, params: unknown[], column: string, value: string | number, timeoutMs = 180_000) {
    return this.call<true>({ cmd: 'waitForValue', sql, params, column, value, timeoutMs })
  }

  waitForUploads(timeoutMs = 180_000) {
    return this.call<true>({ cmd: 'waitForUploads', timeoutMs })
  }

  bytesInclude(needles: string[]) {
    return this.call<boolean[]>({ cmd: 'bytesInclude', needles })
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return
    const exited = new Promise<void>((done) => this.child.once('exit', () => done()))
    // A device still on its first sync does not listen for commands yet (a set-up that ran
    // out of time): stop it outright, or it would outlive the test run.
    if (this.answering) await this.call({ cmd: 'close' }).catch(() => undefined)
    else this.child.kill('SIGTERM')
    await exited
  }
}

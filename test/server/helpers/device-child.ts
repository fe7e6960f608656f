// One simulated PC in its own process (the scale test runs 50 of these): a TeamDevice driven over
// IPC by remote-device.ts. Started with `node --import tsx device-child.ts '<json>'`.
import type { SessionResponse } from '../../../src/shared/team/api'
import { TeamDevice } from './team-device'

export type DeviceCommand =
  | { id: number; cmd: 'execute'; sql: string; params: unknown[] }
  | { id: number; cmd: 'waitForValue'; sql: string; params: unknown[]; column: string; value: string | number; timeoutMs: number }
  | { id: number; cmd: 'waitForUploads'; timeoutMs: number }
  | { id: number; cmd: 'bytesInclude'; needles: string[] }
  | { id: number; cmd: 'close' }

export type DeviceReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string } | { id: 0; ready: true }

// The test process that drives this device went away (it ended or was killed): so does the device.
process.on('disconnect', () => process.exit(1))

async function main(): Promise<void> {
  const { apiUrl, session, label } = JSON.parse(process.argv[2] ?? '{}') as { apiUrl: string; session: SessionResponse; label: string }
  const device = new TeamDevice(() => apiUrl, session, label)
  await device.connect()
  await device.db.waitForFirstSync()
  const send = (reply: DeviceReply) => process.send?.(reply)
  send({ id: 0, ready: true })
  process.on('message', (message: DeviceCommand) => {
    const run = async (): Promise<unknown> => {
      switch (message.cmd) {
        case 'execute':
          return (await device.db.execute(message.sql, message.params)).rowsAffected
        case 'waitForValue':
          await device.waitFor(message.sql, message.params, (rows) => String(rows[0]?.[message.column]) === String(message.value), message.timeoutMs)
          return true
        case 'waitForUploads':
          await device.waitForUploads(message.timeoutMs)
          return true
        case 'bytesInclude': {
          const bytes = device.bytesOnDisk()
          return message.needles.map((needle) => bytes.includes(needle))
        }
        case 'close':
          await device.close()
          setImmediate(() => process.exit(0))
          return true
      }
    }
    run().then(
      (value) => send({ id: message.id, ok: true, value }),
      (error: unknown) => send({ id: message.id, ok: false, error: String(error) }),
    )
  })
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})

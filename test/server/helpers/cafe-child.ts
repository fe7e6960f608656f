// A café PC in a process of its own, so a test can SIGKILL it mid-sign-out. Started with
// `node --import tsx cafe-child.ts '<json>'`: signs in, goes offline (the network is gone, as at a
// café), saves a register entry, tells the parent, and signs out: the sign-out waits for an upload
// that cannot happen until the parent kills it.
import type { CafeSignInInput } from '../../../src/shared/ipc/cafe'
import { CafePc } from './cafe-pc'

export type CafeChildMessage = { step: 'waiting-to-sign-out'; entryId: string } | { step: 'failed'; error: string }

process.on('disconnect', () => process.exit(1))

async function main(): Promise<void> {
  const { dataDir, signIn, text } = JSON.parse(process.argv[2] ?? '{}') as { dataDir: string; signIn: CafeSignInInput; text: string }
  const pc = new CafePc(dataDir)
  const { services } = await pc.signIn(signIn)
  await services.sync.stop()
  const entry = services.issueRegister.create({ kind: 'question', text, answer: '' })
  const pending = await services.sync.pendingUploads()
  if (pending === 0) throw new Error('the offline entry was not queued')
  const signingOut = pc.signOut(600_000)
  process.send?.({ step: 'waiting-to-sign-out', entryId: entry.id } satisfies CafeChildMessage)
  await signingOut
}

main().catch((error: unknown) => {
  process.send?.({ step: 'failed', error: String(error) } satisfies CafeChildMessage)
  process.exit(1)
})

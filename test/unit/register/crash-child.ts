// Run as a separate process by draft-recovery.test.ts: signs in, lets the renderer's debounced
// draft save arrive over IPC, then dies without closing anything, as in a power cut.
import { dispatch } from '../../../src/main/ipc/dispatch'
import { openTestContext } from '../../helpers/app-context'

const [dataDir, profileId, form, payload] = process.argv.slice(2) as [string, string, string, string]
const ctx = openTestContext(dataDir)
ctx.services.session.switchTo(profileId)
void dispatch(ctx.handlers, 'drafts:save', { form, payload }, () => undefined).then((answer) => {
  process.stdout.write(JSON.stringify(answer))
  process.kill(process.pid, 'SIGKILL')
})

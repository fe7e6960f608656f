import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { CHANNELS, type Envelope } from '../../../src/shared/contract'
import { registerIpc, type InvokeEvent } from '../../../src/main/ipc/register'
import { isRendererUrl } from '../../../src/main/renderer-location'
import { openTestContext } from '../../helpers/app-context'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir()
const ROOT = '/opt/ShiftDesk/resources/app.asar/out/renderer'
const OWN = 'app://shiftdesk/index.html'

function registered() {
  const ctx = openTestContext(tempDir())
  const table = new Map<string, (event: InvokeEvent, input: unknown) => Promise<Envelope<unknown>>>()
  registerIpc({ handle: (channel, listener) => void table.set(channel, listener) }, () => ctx.handlers, (url) => isRendererUrl({ kind: 'app', root: ROOT }, url), () => undefined)
  return { ctx, table }
}

describe('IPC registration', () => {
  it('registers exactly the contract channels', () => {
    const { ctx, table } = registered()
    expect([...table.keys()].sort()).toEqual([...CHANNELS].sort())
    ctx.close()
  })

  it('serves the top frame of our own renderer', async () => {
    const { ctx, table } = registered()
    const own = { senderFrame: { url: OWN, parent: null } }
    expect(await table.get('profiles:list')!(own, {})).toEqual({ ok: true, value: [] })
    ctx.close()
  })

  it('refuses other pages, sub-frames and missing frames as forbidden', async () => {
    const { ctx, table } = registered()
    const callers: InvokeEvent[] = [
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      { senderFrame: { url: pathToFileURL('/tmp/other.html').href, parent: null } },
      { senderFrame: { url: OWN, parent: {} } },
      { senderFrame: { url: pathToFileURL(`${ROOT}/index.html`).href, parent: null } },
      { senderFrame: null },
    ]
    for (const caller of callers) {
      expect(await table.get('profiles:create')!(caller, { displayName: '冒名' })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
    expect(ctx.services.profiles.list()).toHaveLength(0)
    ctx.close()
  })
})

// Wires the handler map to Electron's ipcMain. Only calls from our own renderer's top frame are
// served; anything else is refused before it is parsed. `handlers` is asked on every call: before
// the start-up passphrase it is the start-up gate's map, then the app's (main/startup-gate.ts).
import { CHANNELS, type Envelope } from '../../shared/contract'
import { dispatch, type DispatchLog } from './dispatch'
import type { HandlerMap } from './types'

/** The slice of Electron's IpcMainInvokeEvent we read (kept structural so tests need no Electron). */
export type InvokeEvent = { senderFrame: { url: string; parent: unknown } | null }
export type IpcMainLike = {
  handle(channel: string, listener: (event: InvokeEvent, input: unknown) => Promise<Envelope<unknown>>): void
}

export function registerIpc(ipcMain: IpcMainLike, handlers: () => HandlerMap, isTrustedUrl: (url: string) => boolean, log: DispatchLog): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, input) => {
      const frame = event.senderFrame
      if (!frame || frame.parent !== null || !isTrustedUrl(frame.url)) {
        return { ok: false, error: { code: 'forbidden', message: 'Calls are accepted from the ShiftDesk window only.' } }
      }
      return dispatch(handlers(), channel, input, log)
    })
  }
}

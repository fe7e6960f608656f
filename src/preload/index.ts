// The only bridge between the sandboxed renderer and main: `window.desk.invoke` for contract
// channels and `window.desk.on` for contract events. Nothing else from Electron or Node leaks.
import { contextBridge, ipcRenderer } from 'electron'
import { EVENT_BUS, isChannel, isEventName, type DeskErrorBody, type Envelope } from '../shared/contract'
import type { DeskBridge } from '../shared/bridge'
import { exceedsPayloadBudget, payloadTooLarge } from '../shared/ipc/payload-budget'

type Listener = (payload: unknown) => void
const listeners = new Map<string, Set<Listener>>()

ipcRenderer.on(EVENT_BUS, (_event, message: { name?: unknown; payload?: unknown }) => {
  if (!isEventName(message?.name)) return
  for (const listener of listeners.get(message.name) ?? []) listener(message.payload)
})

const refused = (message: string): Envelope<unknown> => ({ ok: false, error: { code: 'unknown-channel', message } satisfies DeskErrorBody })

const desk: DeskBridge = {
  invoke(channel, input) {
    if (!isChannel(channel)) return Promise.resolve(refused(`Unknown channel ${String(channel)}.`))
    // Refused here, before Electron copies it into main: reading a huge input is what holds main.
    if (exceedsPayloadBudget(input)) return Promise.resolve({ ok: false, error: payloadTooLarge(channel).toBody() })
    return ipcRenderer.invoke(channel, input) as Promise<Envelope<unknown>>
  },
  on(event, listener) {
    if (!isEventName(event) || typeof listener !== 'function') return () => undefined
    const set = listeners.get(event) ?? new Set<Listener>()
    set.add(listener)
    listeners.set(event, set)
    return () => set.delete(listener)
  },
}

contextBridge.exposeInMainWorld('desk', desk)

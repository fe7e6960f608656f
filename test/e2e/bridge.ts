// Defines window.desk in the page (run by page.addInitScript before the app's scripts), on top
// of the test server: invoke = POST /ipc/<channel>, on = the /events stream. `deskCallsInFlight`
// lets a spec wait until every call the page has made has been answered (see `settled`).
export function installDeskBridge(): void {
  let inFlight = 0
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  const source = new EventSource('/events')
  source.onmessage = (message) => {
    const { name, payload } = JSON.parse(message.data as string) as { name: string; payload: unknown }
    for (const listener of listeners.get(name) ?? []) listener(payload)
  }
  const desk = {
    async invoke(channel: string, input: unknown) {
      inFlight++
      try {
        const response = await fetch(`/ipc/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: input === undefined ? '' : JSON.stringify(input),
        })
        return await response.json()
      } finally {
        inFlight--
      }
    },
    on(event: string, listener: (payload: unknown) => void) {
      const set = listeners.get(event) ?? new Set()
      set.add(listener)
      listeners.set(event, set)
      return () => set.delete(listener)
    },
  }
  Object.defineProperty(window, 'desk', { value: Object.freeze(desk), configurable: false, writable: false })
  Object.defineProperty(window, 'deskCallsInFlight', { get: () => inFlight, configurable: false })
}

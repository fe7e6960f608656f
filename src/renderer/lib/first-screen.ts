// Idle work (other sections' chunks, the stats styles' warm-up) waits until the first screen shows
// what the agent opened the app for: fetched and evaluated earlier, it competes with that screen
// for the one thread and the network, and is exactly what a cold start then waits behind.
let markShown: () => void = () => undefined
const shown = new Promise<void>((resolve) => (markShown = resolve))

/** Called by the first screen once its data is on screen (or failed to load): later calls do nothing. */
export function firstScreenShown(): void {
  markShown()
}

/** Resolves once the first screen is shown. A window that never shows it (the lock screen, quick capture) does no idle work. */
export function afterFirstScreen(): Promise<void> {
  return shown
}

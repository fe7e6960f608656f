// Long checks written as generators that yield after each record, so that one body of code
// runs either straight through (a small file, a test) or in slices of a few milliseconds with
// the event loop let through in between (a 100,000-row import in main, which must keep
// answering the window). setTimeout is in every JavaScript host (Node and the renderer).

/** How long a slice may run before the loop is let through, in ms. */
export const SLICE_MS = 20

export type Steps<T> = Generator<void, T, void>

export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

export function letLoopThrough(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

export async function runInSlices<T>(steps: Steps<T>, sliceMs = SLICE_MS): Promise<T> {
  let sliceStart = Date.now()
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    if (Date.now() - sliceStart >= sliceMs) {
      await letLoopThrough()
      sliceStart = Date.now()
    }
  }
}

// When another agent signs in, the window starts afresh: every store, cache and half-filled form
// of the previous agent is dropped with the page, so nothing of theirs stays on a shared screen.
export function forgetPreviousAgent(): void {
  window.location.reload()
}

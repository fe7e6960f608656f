// The capture window loads the same renderer with this hash and shows only the capture form.
export const CAPTURE_ROUTE = '#capture'

export function isCaptureRoute(): boolean {
  return window.location.hash === CAPTURE_ROUTE
}

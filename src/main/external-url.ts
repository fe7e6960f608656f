// The rule for links that leave ShiftDesk: only https web pages may be opened, in the system
// browser. Plain http (readable and rewritable on a café network), file:, javascript: and
// custom protocols are refused.
export function isSafeExternalUrl(candidate: string): boolean {
  try {
    const url = new URL(candidate)
    return url.protocol === 'https:' && url.hostname.length > 0 && url.username === '' && url.password === ''
  } catch {
    return false
  }
}

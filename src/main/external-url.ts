// The rule for links that leave ShiftDesk: only web pages (http/https) may be opened, in the
// system browser. Anything else (file:, javascript:, custom protocols) is refused.
export function isSafeExternalUrl(candidate: string): boolean {
  try {
    const url = new URL(candidate)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0 && url.username === '' && url.password === ''
  } catch {
    return false
  }
}

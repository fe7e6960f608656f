// Shortcut codes as shops write them: Qianniu codes such as /kd, PROMO-1, cf_1 or 退换, often
// typed with a Chinese IME in full-width mode (ｖｉｐ). A code is stored as the agent will type
// it, with full-width forms folded to half-width so that both ways of typing find it.

/** Letters, digits, Chinese characters and the joiners shops use (- _ / . #), 1 to 16 of them. */
export const REPLY_SHORTCUT_PATTERN = /^[\p{L}\p{N}_\-/.#]{1,16}$/u

const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/g

/** Full-width ASCII folded to half-width, spaces around trimmed. */
export function normalizeShortcut(code: string): string {
  return code.replace(FULL_WIDTH, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0))).trim()
}

/** The normalised code when it can be used as a shortcut, else undefined. */
export function usableShortcut(code: string): string | undefined {
  const normalized = normalizeShortcut(code)
  return REPLY_SHORTCUT_PATTERN.test(normalized) ? normalized : undefined
}

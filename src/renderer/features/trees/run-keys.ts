// The keys of a run, in one table so the buttons can show them and the handler cannot drift
// from them: 1-9 answer a question; at an outcome C or Enter copies the script and one letter
// per action; Backspace / Alt+← go back, R restarts, Esc closes a finished run.
export type RunCommand =
  | { type: 'choose'; index: number }
  | { type: 'back' }
  | { type: 'restart' }
  | { type: 'copy' }
  | { type: 'follow-up' }
  | { type: 'transfer' }
  | { type: 'carrier' }
  | { type: 'remark' }
  | { type: 'done' }

type Press = Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>

export const OUTCOME_KEYS = { copy: 'C', 'follow-up': 'F', transfer: 'T', carrier: 'O', remark: 'M' } as const

export function runCommand(press: Press, at: 'question' | 'outcome'): RunCommand | null {
  if (press.altKey && !press.ctrlKey && !press.metaKey && press.key === 'ArrowLeft') return { type: 'back' }
  if (press.altKey || press.ctrlKey || press.metaKey) return null
  if (press.key === 'Backspace') return { type: 'back' }
  const letter = press.code.startsWith('Key') ? press.code.slice(3) : press.key.toUpperCase()
  if (letter === 'R' && !press.shiftKey) return { type: 'restart' }
  if (at === 'question') {
    const digit = press.code.startsWith('Digit') || press.code.startsWith('Numpad') ? press.code.slice(-1) : press.key
    return /^[1-9]$/.test(digit) ? { type: 'choose', index: Number(digit) - 1 } : null
  }
  if (press.key === 'Enter') return { type: 'copy' }
  if (press.key === 'Escape') return { type: 'done' }
  const entry = Object.entries(OUTCOME_KEYS).find(([, key]) => key === letter)
  return entry ? ({ type: entry[0] } as RunCommand) : null
}

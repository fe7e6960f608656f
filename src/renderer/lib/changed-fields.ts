// A store that reads main again (each visit to a section, each minute, each change event) often
// gets the same answer back. Setting it anyway hands every reader new objects, and React then
// re-renders whole lists of cards (or redraws a chart) that look exactly the same.

/** The fields of `next` whose data differ from `state` (compared as JSON), or null when none does. */
export function changedFields<T extends object>(state: T, next: Partial<T>): Partial<T> | null {
  const changed: Partial<T> = {}
  let any = false
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (JSON.stringify(state[key]) === JSON.stringify(next[key])) continue
    changed[key] = next[key]
    any = true
  }
  return any ? changed : null
}

// The app's sections, in menu order; Alt+1…Alt+6 jump to them.
export const SECTIONS = ['replies', 'trees', 'register', 'stats', 'handover', 'settings'] as const
export type Section = (typeof SECTIONS)[number]

export const NOTEBOOK_SECTIONS: readonly Section[] = ['register', 'stats', 'handover']

export function sectionForHotkey(digit: string): Section | undefined {
  const index = Number.parseInt(digit, 10) - 1
  return Number.isInteger(index) ? SECTIONS[index] : undefined
}

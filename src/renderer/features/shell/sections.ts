// The app's sections; Alt+1…Alt+7 jump to them. The 组长 view comes last so the others keep their keys;
// the menu shows it (above Settings) to a lead only.
export const SECTIONS = ['replies', 'trees', 'register', 'stats', 'handover', 'settings', 'lead'] as const
export type Section = (typeof SECTIONS)[number]

export const NOTEBOOK_SECTIONS: readonly Section[] = ['register', 'stats', 'handover']

export function sectionForHotkey(digit: string): Section | undefined {
  const index = Number.parseInt(digit, 10) - 1
  return Number.isInteger(index) ? SECTIONS[index] : undefined
}

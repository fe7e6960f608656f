// Which register columns a profile with a personal passphrase keeps sealed with her own key
// (issue 16, 1.2), so a colleague at the same PC with the shop's secret reads none of them.
import { SEALED_PREFIX, type PrivateVault } from '../at-rest/private-vault'
import type { EntryRow } from './entry-row'

export type EntrySealer = Pick<PrivateVault, 'seal' | 'reveal'>

/** A register built without a vault (the repository's own query tests) keeps text as it is. */
export const PLAIN_TEXT: EntrySealer = { seal: (_profileId, text) => text, reveal: (_profileId, value) => value }

/** The customer, order and promise details of a follow-up: sealed on every entry. */
export const ALWAYS_SEALED = ['customer', 'order_no', 'purchase_date', 'buyer_wants', 'promised', 'resolution'] as const
/**
 * The question and its answer: sealed, unless flagged 疑难 (hard = 1), which shares them with her
 * lead, who reads them on this PC while she is not signed in (lead/lead-source.ts).
 */
export const SEALED_UNLESS_HARD = ['text', 'answer'] as const

export type SealedColumn = (typeof ALWAYS_SEALED)[number] | (typeof SEALED_UNLESS_HARD)[number]
export const SEALED_COLUMNS: readonly SealedColumn[] = [...SEALED_UNLESS_HARD, ...ALWAYS_SEALED]

/** The value a column should hold: sealed, or for a hard question's text and answer, shared as plain text. */
export function storedValue(vault: EntrySealer, profileId: string, hard: number, column: SealedColumn, text: string): string {
  const shared = hard === 1 && (SEALED_UNLESS_HARD as readonly string[]).includes(column)
  return shared ? vault.reveal(profileId, text) : vault.seal(profileId, text)
}

/** The row as the services read it: every sealed column revealed (CLOSED_TEXT while her key is closed). */
export function revealRow(vault: EntrySealer, row: EntryRow): EntryRow {
  const revealed = { ...row }
  for (const column of SEALED_COLUMNS) revealed[column] = vault.reveal(row.profile_id, row[column])
  return revealed
}

/**
 * SQL true for a row some column of which is not as storedValue would write it: text that should
 * be sealed and is not (a download lands as the team sends it, and rows written before she set
 * her passphrase), or a hard question's text or answer still sealed. @prefix is SEALED_PREFIX.
 */
export const NOT_AS_STORED = (() => {
  const sealed = (column: string) => `substr(${column}, 1, ${SEALED_PREFIX.length}) = @prefix`
  const open = (column: string) => `(${column} <> '' AND NOT ${sealed(column)})`
  const unlessHard = SEALED_UNLESS_HARD.map((c) => `(hard = 0 AND ${open(c)}) OR (hard = 1 AND ${sealed(c)})`)
  return `(${[...ALWAYS_SEALED.map(open), ...unlessHard].join(' OR ')})`
})()

// A sealing profile's index tokens and query: her words as the vault's keyed hashes, behind a
// mark. The mark (a private-use character: a token character to FTS5's ascii tokenizer, and never
// part of a plain word, whose runs hold only letters, digits and CJK) keeps the two vocabularies
// apart, so a plain prefix query such as "hb"* never matches one of her hashes ("hb3f…").
import { sealedIndexWords, sealedMatch, type QueryTerm } from '../../../shared/domain'
import type { PrivateVault } from '../at-rest/private-vault'

export const SEALED_TOKEN_MARK = '\uE000'

type Hasher = Pick<PrivateVault, 'token'>

function hashWord(vault: Hasher, profileId: string): (word: string) => string {
  return (word) => SEALED_TOKEN_MARK + vault.token(profileId, word)
}

/** Title and body as her index's token string: every word a keyed hash. */
export function sealedTokens(vault: Hasher, profileId: string, title: string, body: string): string {
  return sealedIndexWords(title, body).map(hashWord(vault, profileId)).join(' ')
}

/** The FTS5 expression that finds her sealed notes for these query terms. */
export function sealedMatchFor(vault: Hasher, profileId: string, terms: readonly QueryTerm[]): string {
  return sealedMatch(terms, hashWord(vault, profileId))
}

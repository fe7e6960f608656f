// A sealing profile's index tokens: her words as the vault's keyed hashes, behind the mark that
// keeps them apart from plain words (SEALED_TOKEN_MARK, shared/domain/search/sealed.ts).
import { SEALED_TOKEN_MARK, sealedIndexWords } from '../../../shared/domain'
import type { PrivateVault } from '../at-rest/private-vault'

/** A word as one profile's index token. */
export type WordHasher = (word: string) => string

/**
 * Her words' hasher for one batch of writes. It remembers what it hashed: notes repeat most of
 * their words (a note has about 100 index words, a batch of notes about a fifth of them distinct),
 * and an HMAC is about 3 µs. Dropped with the batch, so no list of her words outlives it.
 */
export function wordHasher(vault: Pick<PrivateVault, 'token'>, profileId: string): WordHasher {
  const known = new Map<string, string>()
  return (word) => {
    let token = known.get(word)
    if (token === undefined) {
      token = SEALED_TOKEN_MARK + vault.token(profileId, word)
      known.set(word, token)
    }
    return token
  }
}

/** Title and body as her index's token string: every word a keyed hash. */
export function sealedTokens(hash: WordHasher, title: string, body: string): string {
  return sealedIndexWords(title, body).map(hash).join(' ')
}

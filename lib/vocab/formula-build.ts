/**
 * What a reader is told about how the formula set was made: statements folded
 * in without mining the corpus again (lib/formulas/fold-in), and a mining done
 * in shards (lib/formulas/sharded), said one way on the formula page and in
 * the CLI.
 */

/**
 * @param howTo whether to name the command that mines again (for the terminal; a reader of the page cannot run it)
 * @example foldedInSentence(2, true) // 'The 2 statements imported since were matched against these formulas; a phrase that only they make a formula waits for the next full mining (npm run cli -- mine).'
 */
export function foldedInSentence(foldedIn: number, howTo = false): string {
  if (foldedIn <= 0) return ''
  const which = foldedIn === 1 ? 'The statement imported since was' : `The ${foldedIn} statements imported since were`
  return `${which} matched against these formulas; a phrase that only ${foldedIn === 1 ? 'it makes' : 'they make'} a formula waits for the next full mining${howTo ? ' (npm run cli -- mine)' : ''}.`
}

/**
 * @example shardedSentence(18) // 'The corpus is too large to mine at once: it was mined in 18 parts, each a run of statements in date order, and a phrase that no part uses twice is not listed.'
 */
export function shardedSentence(shards: number): string {
  if (shards <= 1) return ''
  return `The corpus is too large to mine at once: it was mined in ${shards} parts, each a run of statements in date order, and a phrase that no part uses twice is not listed.`
}

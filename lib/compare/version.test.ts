import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { collectionCompareStatement, corpusCompareStatement, KYRGYZSTAN, TAJIKISTAN } from '@/test/helpers/corpus'
import { compareStatements } from './compare-statements'
import { COMPARISON_VERSION } from './version'

/**
 * What two real comparisons give, condensed: their rows (clauses, kind, rule,
 * score, moved, unsure and its bar, left apart, the diff's spans) and overall similarity. The database keeps
 * pairs' similarities under COMPARISON_VERSION, and the server keeps
 * comparisons under it: a change of the aligner that leaves it as it is would
 * leave older figures in use.
 */
function digest(): string {
  const pairs = [
    [corpusCompareStatement(KYRGYZSTAN), corpusCompareStatement(TAJIKISTAN)],
    [
      collectionCompareStatement('2022-03-29-u-s-singapore-joint-leaders-statement'),
      collectionCompareStatement('2022-05-31-united-states-aotearoa-new-zealand-joint-statement'),
    ],
  ] as const
  const hash = createHash('sha256')
  for (const [a, b] of pairs) {
    const result = compareStatements(a, b)
    hash.update(result.similarity.toFixed(6))
    for (const row of result.rows)
      hash.update(
        [
          row.a.map((c) => c.position).join('+'),
          row.b.map((c) => c.position).join('+'),
          row.kind,
          row.rule,
          row.score.toFixed(6),
          row.moved ? 'moved' : '',
          row.unsure ? `unsure:${JSON.stringify(row.unsure)}` : '',
          row.apart ? `apart:${row.apart.position}` : '',
          row.ops.map((op) => `${op.op}:${op.a}:${op.b}`).join('/'),
        ].join('|') + '\n',
      )
  }
  return hash.digest('hex').slice(0, 16)
}

describe('COMPARISON_VERSION', () => {
  it('changes with what the comparison gives: when this fails, raise the version and record the new digest beside it', () => {
    expect({ version: COMPARISON_VERSION, digest: digest() }).toEqual({ version: 6, digest: '7a424a397a364807' })
  })
})

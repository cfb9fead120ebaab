import { describe, expect, it } from 'vitest'
import type { FormulaRecord } from '@/lib/formulas/types'
import { shardedAgreement } from './sharded-agreement'

const record = (key: string, statements: number, uses: number, wordings: string[] = [key]): FormulaRecord => ({
  id: key,
  key,
  text: key,
  length: 3,
  statementCount: statements,
  occurrenceCount: uses,
  firstDate: null,
  lastDate: null,
  growth: null,
  kinds: [],
  kind: 'formula',
  familyId: key,
  parentId: null,
  variants: wordings.map((pattern) => ({ pattern, text: pattern, occurrences: 1, statements: 1 })),
  occurrences: {
    document: new Int32Array(),
    clause: new Int32Array(),
    start: new Int32Array(),
    end: new Int32Array(),
    variant: new Int32Array(),
  },
})

describe('shardedAgreement', () => {
  it('counts what the sharded mining finds by band, under any wording, what only it lists, and what both count alike', () => {
    const whole = [
      record('free and open indo-pacific', 12, 20),
      record('peace and stability', 6, 9, ['peace and stability', 'peace and security']),
      record('rules-based international order', 3, 3),
      record('clean energy transition', 2, 2),
    ]
    const sharded = [
      record('free and open indo-pacific', 12, 20),
      // found under its other wording, so not compared for counts
      record('peace and security', 6, 9, ['peace and security']),
      record('rules-based international order', 3, 4),
      record('secretary of state', 5, 5),
    ]
    expect(shardedAgreement(whole, sharded)).toEqual({
      bands: [
        { from: 10, to: Infinity, whole: 1, found: 1 },
        { from: 5, to: 9, whole: 1, found: 1 },
        { from: 3, to: 4, whole: 1, found: 1 },
        { from: 2, to: 2, whole: 1, found: 0 },
      ],
      onlySharded: 1,
      shared: 2,
      countedAlike: 1,
    })
  })
})

import { describe, expect, it } from 'vitest'
import { collateStatements } from '@/lib/collate/collate-statements'
import { collectionCompareStatement } from '@/test/helpers/corpus'
import { familyData } from './family-data'

describe('familyData: what the table draws of an unsure cell', () => {
  it('carries each unsure cell’s closest link and its bar, for the title to print as the pair view does', () => {
    const result = collateStatements(
      [
        '2021-04-16-u-s-japan-joint-leaders-statement-u-s-japan-global-partnership-for-a-new-era',
        '2021-05-21-u-s-rok-leaders-joint-statement',
        '2022-05-21-united-states-republic-of-korea-leaders-joint-statement',
        '2022-05-23-japan-u-s-joint-leaders-statement-strengthening-the-free-and-open-international-order',
      ].map(collectionCompareStatement),
    )
    const data = familyData(
      result,
      result.families.map((family) => ({ family, hits: family.cells.map(() => false) })),
    )
    const marks = data.flatMap((f) => f.c.flatMap((cell) => (cell?.u ? [cell.u] : [])))
    expect(marks.length).toBe(result.families.flatMap((f) => f.cells.filter((cell) => cell?.unsure)).length)
    expect(marks.length).toBeGreaterThan(0)
    for (const [score, bar] of marks) {
      expect(bar).toBe(0.45)
      expect(score).toBeLessThan(bar)
    }
    // a sure cell carries no mark
    expect(data.flatMap((f) => f.c).filter((cell) => cell && !cell.u).length).toBeGreaterThan(marks.length)
  })
})

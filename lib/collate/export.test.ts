import { describe, expect, it } from 'vitest'
import { DOMParser } from 'linkedom'
import { collectionCompareStatement, corpusCompareStatement, KYRGYZSTAN, TAJIKISTAN, UAE_NAME } from '@/test/helpers/corpus'
import { collateStatements } from './collate-statements'
import { collateToCsv, collateToTei } from './export'

const result = collateStatements([
  corpusCompareStatement(KYRGYZSTAN),
  corpusCompareStatement(TAJIKISTAN),
  collectionCompareStatement(UAE_NAME),
])

describe('collateToTei', () => {
  const tei = collateToTei(result, ['2019-06-13', '2019-06-15', '2019-07-23'])
  const doc = new DOMParser().parseFromString(tei, 'text/xml')

  it('writes one <app> per family in parallel segmentation, every witness reading once', () => {
    expect(tei).toContain('<variantEncoding method="parallel-segmentation" location="internal"/>')
    const apps = [...doc.querySelectorAll('app')]
    expect(apps).toHaveLength(result.families.length)
    for (const app of apps) {
      const wits = [...app.children].flatMap((r) => (r.getAttribute('wit') ?? '').split(' '))
      expect(wits.sort()).toEqual(['#w1', '#w2', '#w3'])
    }
  })

  it('reads the one-China family as the base and the other wordings', () => {
    const app = [...doc.querySelectorAll('app')].find((a) => a.textContent?.includes('台湾独立'))
    expect(app?.querySelector('lem')?.textContent).toContain('和平统一')
    expect(app?.querySelectorAll('rdg').length).toBe(2)
  })

  it('puts the lemma first in its <app>, as TEI requires, and says what a filtered file holds of the whole', () => {
    for (const app of doc.querySelectorAll('app')) {
      const lem = [...app.children].findIndex((child) => child.tagName.toLowerCase() === 'lem')
      expect(lem).toBeLessThanOrEqual(0)
    }
    const total = result.counts.all + result.counts.some + result.counts.one
    expect(tei).toContain(`Collated by Tongwen: ${total} families of clauses, ${result.counts.all} in every statement`)
    const one = collateToTei({ ...result, families: result.families.slice(0, 1) })
    expect(one).toContain(`Collated by Tongwen: 1 of the ${total} families of clauses, those a filter showed; of the ${total}, `)
  })

  it('escapes text as XML', () => {
    const odd = { ...corpusCompareStatement(KYRGYZSTAN), slug: 'x', title: 'A & B <C>' }
    expect(collateToTei(collateStatements([odd, odd, odd]))).toContain('A &amp; B &lt;C&gt;')
  })
})

describe('collateToCsv', () => {
  it('writes a header, one line per family, and keeps spreadsheet formulas out', () => {
    const lines = collateToCsv(result)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toBe(
      `family,in,wordings,base,1 ${result.statements[0]?.slug},1 against base,2 ${result.statements[1]?.slug},2 against base,3 ${result.statements[2]?.slug},3 against base`,
    )
    expect(lines).toHaveLength(result.families.length + 1)
    expect(lines.find((l) => l.includes('台湾独立'))).toContain('[-和平-]')
  })
})

describe('the unsure cells in the exports (the gold English family)', () => {
  const english = collateStatements(
    [
      '2021-04-16-u-s-japan-joint-leaders-statement-u-s-japan-global-partnership-for-a-new-era',
      '2021-05-21-u-s-rok-leaders-joint-statement',
      '2022-05-21-united-states-republic-of-korea-leaders-joint-statement',
      '2022-05-23-japan-u-s-joint-leaders-statement-strengthening-the-free-and-open-international-order',
    ].map(collectionCompareStatement),
  )
  const unsure = english.families.flatMap((f) => f.cells.filter((cell) => cell?.unsure))

  it('gives each reading of unsure cells cert="low" in TEI, never as the lemma, and marks them "(unsure)" in CSV', () => {
    expect(unsure.length).toBeGreaterThan(0)
    const doc = new DOMParser().parseFromString(collateToTei(english), 'text/xml')
    const low = [...doc.querySelectorAll('rdg[cert="low"]')]
    expect(low.length).toBeGreaterThan(0)
    expect(doc.querySelectorAll('lem[cert]')).toHaveLength(0)
    // every unsure cell's statement reads one of them, in its family
    const witnesses = low.reduce((n, r) => n + (r.getAttribute('wit') ?? '').split(' ').length, 0)
    expect(witnesses).toBe(unsure.length)
    expect(collateToCsv(english).split('(unsure) ').length - 1).toBe(unsure.length)
  })
})

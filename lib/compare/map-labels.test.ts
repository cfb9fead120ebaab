import { describe, expect, it } from 'vitest'
import { mapLabels, type MapLabelInput } from './map-labels'

const kind = (k: string) => ({ 'joint-statement': 'Joint statement', speech: 'Speech' })[k] ?? k
const russia = (title: string): MapLabelInput => ({
  title,
  kind: 'joint-statement',
  date: '2019-06-05',
  place: '莫斯科',
  speaker: null,
  parties: ['China', 'Russia'],
})

describe('mapLabels (issue 17)', () => {
  it('returns the date and the partner, and for a speech the speaker and the place', () => {
    const labels = mapLabels(
      [
        { title: '…', kind: 'joint-statement', date: '2019-06-13', place: '比什凯克', speaker: null, parties: ['China', 'Kyrgyzstan'] },
        {
          title: '携手开创亚洲安全和发展新局面',
          kind: 'speech',
          date: '2019-06-15',
          place: '杜尚别',
          speaker: '习近平',
          parties: ['China'],
        },
      ],
      kind,
    )
    expect(labels).toEqual([
      { name: '2019-06-13 · Kyrgyzstan', detail: 'Joint statement' },
      { name: '2019-06-15 · 习近平, 杜尚别', detail: 'Speech' },
    ])
  })

  it('leaves out the host, the party most of the map has, wherever it stands (walkthrough: "ASEAN–U.S." was named "United States")', () => {
    const us = (date: string, parties: string[]): MapLabelInput => ({
      title: date,
      kind: 'joint-statement',
      date,
      place: null,
      speaker: null,
      parties,
    })
    const labels = mapLabels(
      [
        us('2022-11-12', ['ASEAN', 'United States']),
        us('2022-07-16', ['United States', 'United Arab Emirates']),
        us('2022-09-23', ['Australia', 'United Kingdom', 'United States']),
      ],
      kind,
    )
    expect(labels.map((l) => l.name)).toEqual([
      '2022-11-12 · ASEAN',
      '2022-07-16 · United Arab Emirates',
      '2022-09-23 · Australia–United Kingdom',
    ])
  })

  it('tells apart two statements of one day with one partner by the words of their titles that differ', () => {
    const labels = mapLabels(
      [
        russia('中华人民共和国和俄罗斯联邦关于加强当代全球战略稳定的联合声明'),
        russia('中华人民共和国和俄罗斯联邦关于发展新时代全面战略协作伙伴关系的联合声明'),
      ],
      kind,
    )
    expect(labels.map((l) => l.detail)).toEqual(['Joint statement · 加强当代全球战略稳定', 'Joint statement · 发展新时代全面战略协作伙伴…'])
  })

  describe('edge cases', () => {
    it('says undated, and falls back to the only party', () => {
      expect(mapLabels([{ title: 'x', kind: 'statement', date: null, place: null, speaker: null, parties: ['China'] }], kind)).toEqual([
        { name: 'undated · China', detail: 'statement' },
      ])
    })
  })
})

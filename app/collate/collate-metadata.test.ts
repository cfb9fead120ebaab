import { describe, expect, it } from 'vitest'
import { whose } from './collate-metadata'
import { columnLabels } from './family-data'

const party = (code: string, nameEn: string) => ({ code, nameEn, nameZh: '' })
const china = party('china', 'China')

describe('whose (a collation link title names its statements)', () => {
  it('names the partners after the party every statement has', () => {
    const statements = [
      { date: '2019-06-13', speaker: null, parties: [china, party('kyrgyzstan', 'Kyrgyzstan')] },
      // a statement that names its partner first
      { date: '2019-06-15', speaker: null, parties: [party('tajikistan', 'Tajikistan'), china] },
      { date: '2019-07-23', speaker: null, parties: [china, party('united-arab-emirates', 'United Arab Emirates')] },
    ]
    expect(whose(statements, columnLabels(statements))).toBe('China with Kyrgyzstan, Tajikistan and United Arab Emirates')
  })

  it('names speeches by their speaker and tells one speaker’s speeches of one year apart by their dates (review: “China with 习近平 2019, 习近平 2019 …”)', () => {
    const statements = ['2019-06-05', '2019-06-14', '2019-06-15'].map((date) => ({ date, speaker: '习近平', parties: [china] }))
    expect(whose(statements, columnLabels(statements))).toBe('习近平 2019-06-05, 习近平 2019-06-14 and 习近平 2019-06-15')
  })

  it('gives successive editions of one pair of parties their years', () => {
    const parties = [party('united-states', 'United States'), party('japan', 'Japan')]
    const statements = ['2021-04-16', '2022-05-23'].map((date) => ({ date, speaker: null, parties }))
    expect(whose(statements, columnLabels(statements))).toBe('United States–Japan 2021 and United States–Japan 2022')
  })
})

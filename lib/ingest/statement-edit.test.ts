import { describe, expect, it } from 'vitest'
import { parseStatementEdit, partyCodes } from './statement-edit'

describe('parseStatementEdit', () => {
  it('returns the checked fields, empty ones as unknown', () => {
    expect(parseStatementEdit({ title: ' 联合声明 ', date: '2019-06-13', place: '', kind: 'speech' })).toEqual({
      ok: true,
      edit: { title: '联合声明', date: '2019-06-13', place: null, kind: 'speech' },
    })
    expect(parseStatementEdit({ date: '' })).toEqual({ ok: true, edit: { date: null } })
  })

  it('returns one sentence for a bad field', () => {
    expect(parseStatementEdit({ date: '2019-02-30' })).toEqual({
      ok: false,
      error: 'Invalid date: use a date as YYYY-MM-DD, or nothing for unknown.',
    })
    expect(parseStatementEdit({ kind: 'poem' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Invalid kind: use joint-statement/),
    })
    expect(parseStatementEdit({ title: '' })).toMatchObject({ ok: false, error: expect.stringMatching(/^Invalid title/) })
  })
})

describe('partyCodes', () => {
  it('returns codes for codes and names in Chinese and English, and keeps unknown names', () => {
    expect(partyCodes('china, 吉尔吉斯斯坦，the Republic of Tajikistan、Atlantis')).toEqual([
      'china',
      'kyrgyzstan',
      'tajikistan',
      'en:Atlantis',
    ])
    expect(partyCodes('阿斯特里亚')).toEqual(['zh:阿斯特里亚'])
  })
})

import { describe, expect, it } from 'vitest'
import { isStageDirection, isTranscriptMark, SPEAKER_LABEL } from './transcript'

// stage directions and labels of White House transcripts of 2021–2022
describe('isStageDirection', () => {
  it('is true of a note in parentheses, alone or after its speaker', () => {
    for (const text of [
      '(Laughter.)',
      '(Inaudible)',
      '(As interpreted.)',
      '(Cross-talk by reporters.)',
      '(Referring to the language interpretation.)',
      'PRESIDENT BIDEN: (Laughs.)',
      'PRIME MINISTER MODI: (As interpreted.)',
    ])
      expect(isStageDirection(text), text).toBe(true)
  })

  it('is false of something said, and of a parenthesis that is no note', () => {
    expect(isStageDirection('PRESIDENT BIDEN: Thank you. (Laughs.)')).toBe(false)
    expect(isStageDirection('(a) promote trade and investment;')).toBe(false)
    expect(isStageDirection('(Annex I)')).toBe(false)
  })
})

describe('isTranscriptMark', () => {
  it('is true of a time stamp', () => {
    expect(isTranscriptMark('11:15 A.M. EDT')).toBe(true)
    expect(isTranscriptMark('2:38 P.M. CEST')).toBe(true)
    expect(isTranscriptMark('Oval Office')).toBe(false)
  })
})

describe('SPEAKER_LABEL', () => {
  it('reads a speaker in capitals with a colon, and a reporter’s Q', () => {
    for (const text of ['PRESIDENT BIDEN: Well,', 'THE VICE PRESIDENT: Welcome,', 'MR. ROKER: Wow!', 'Q Mr. President,'])
      expect(SPEAKER_LABEL.test(text), text).toBe(true)
    expect(SPEAKER_LABEL.test('Quad leaders met')).toBe(false)
    expect(SPEAKER_LABEL.test('The two leaders:')).toBe(false)
  })
})

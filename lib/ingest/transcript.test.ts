import { describe, expect, it } from 'vitest'
import { mapIdentity } from '@/lib/text/mapped-text'
import { isStageDirection, isTranscriptMark, SPEAKER_LABEL, withoutInlineDirections } from './transcript'

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
      // (what was heard or done, in words of its own: review 11)
      '(Turkeys gobble.)',
      '(Commander barks).',
      '(The bill is signed.)',
      'MR. SULLIVAN: (Shakes head no.)',
      // (what a leader does, in the present: 2021–2022 bill signings and visits)
      '(The President hands the signing pen to Jake Bomba.)',
      '(President Zelenskyy presents President Biden with a Ukrainian Medal of Merit.)',
      'THE VICE PRESIDENT: (The Vice President reaches for the map.)',
      '(President Biden offers a toast.)',
      // (hyphenated: review 15)
      'Q (Off-mic.)',
      // (several in a row: review 42)
      'THE PRESIDENT:  (Laughs.)  (Applause.)',
    ])
      expect(isStageDirection(text), text).toBe(true)
    // (in a transcript, what someone does unnamed or in the passive, which elsewhere is a sentence of the text: review 15)
    for (const text of [
      '(Makes the sign of the cross.)',
      '(The Medal of Valor is presented.)',
      '(A moment of silence is observed.)',
      // (with an object, a quotation or the stop outside: reviews 119 and 120)
      '(The orchestra concludes playing “Hail to the Chief.”)',
      '(The executive order is signed).',
      '(A child reads a page from “How the Grinch Stole Christmas.”)',
      '(The teleconference connection to the International Space Station passes out of range.)',
      '(Holds up Team USA water bottle).',
      '(Addressing the staff of FEMA.)',
    ]) {
      expect(isStageDirection(text, true), text).toBe(true)
      expect(isStageDirection(text), text).toBe(false)
    }
    // (not a sentence of what is said that opens with a pronoun or a preposition in -ing: code review of 2026-12-06)
    expect(isStageDirection('(Everything is on the table.)', true)).toBe(false)
    expect(isStageDirection('(The full list is attached.)')).toBe(false)
  })

  it('is false of something said, and of a parenthesis that is no note', () => {
    expect(isStageDirection('PRESIDENT BIDEN: Thank you. (Laughs.)')).toBe(false)
    expect(isStageDirection('(a) promote trade and investment;')).toBe(false)
    expect(isStageDirection('THE PRESIDENT:  (Laughs.)  Thank you all.')).toBe(false)
    expect(isStageDirection('(Annex I)')).toBe(false)
    expect(isStageDirection('(President Biden and President Xi met in Bali.)')).toBe(false)
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
    // (a question that opens on a dash printed right after the Q: the press briefing of 2021-12-02, "Q– the test — when …")
    expect(SPEAKER_LABEL.exec('Q– the test — when can Americans expect …')?.[0]).toBe('Q')
    expect(SPEAKER_LABEL.test('Q-CHAMP includes ongoing work')).toBe(false)
    expect(SPEAKER_LABEL.test('Quad leaders met')).toBe(false)
    expect(SPEAKER_LABEL.test('The two leaders:')).toBe(false)
  })
})

describe('withoutInlineDirections', () => {
  const without = (text: string) => withoutInlineDirections(mapIdentity(text)).text

  it('leaves out the notes inside a turn, so the turn keeps its speaker', () => {
    expect(without('PRESIDENT MARCOS: (Laughs.) Well, the relationship is old.')).toBe('PRESIDENT MARCOS: Well, the relationship is old.')
    expect(without('from our — (laughs) — early beginnings')).toBe('from our — early beginnings')
    expect(without('PRESIDENT BIDEN: (Inaudible.) Violence is not justified.')).toBe('PRESIDENT BIDEN: Violence is not justified.')
  })

  it('leaves out a note’s own stop printed outside it after a sentence that has one, not a stop the sentence needs (review 55)', () => {
    expect(without('Who will stand up for the Women’s Health Act.  (Applause).  And we will.')).toBe(
      'Who will stand up for the Women’s Health Act.  And we will.',
    )
    expect(without('So we will (laughter). And we did.')).toBe('So we will. And we did.')
  })

  it('leaves out the dash before a note that ends its sentence, and a note of laughter and applause (review 13)', () => {
    expect(without('That’s why he insisted — (laughter).  And so we did.')).toBe('That’s why he insisted.  And so we did.')
    expect(without('We can do this. (laughter and applause) And we will.')).toBe('We can do this. And we will.')
    expect(without('from our — (laughs) — early beginnings')).toBe('from our — early beginnings')
  })

  it('keeps the dash of words broken off on a function word at a turn’s end, without the note and its stop (review 86)', () => {
    expect(without('I sometimes say all that I mean.  And — (laughter).')).toBe('I sometimes say all that I mean.  And —')
    expect(without('It was from our — (laughs).')).toBe('It was from our —')
    // (not where the turn goes on: the stop keeps its sentences apart, "you all — (laughter).  I understand …")
    expect(without('It just dawned on me you all — (laughter).  I understand why.')).toBe(
      'It just dawned on me you all.  I understand why.',
    )
  })

  it('keeps the dash of words broken off on a function word where the turn goes on, with the stop that ends them (review 129)', () => {
    expect(without('I don’t know what was going on back there, but I — (laughter).  You’re all here.')).toBe(
      'I don’t know what was going on back there, but I —.  You’re all here.',
    )
    // (not after a word a sentence may end on: "It is what it is." ended there)
    expect(without('It is what it is — (laughter).  But we go on.')).toBe('It is what it is.  But we go on.')
  })

  it('keeps the dash of words broken off on a pronoun’s contracted verb, which ends no sentence (review 138)', () => {
    expect(without('That’s okay.  That’s — (laughter).  That’s Ruth Ann saying it.')).toBe(
      'That’s okay.  That’s —.  That’s Ruth Ann saying it.',
    )
    expect(without('And we’re — (laughter).  We’re here.')).toBe('And we’re —.  We’re here.')
    expect(without('Everybody’s — (laughter).  Okay.')).toBe('Everybody’s —.  Okay.')
    // (a negation may end one: "No, I don’t."; and a possessive: "It was John’s.")
    expect(without('No, I don’t — (laughter).  Not yet.')).toBe('No, I don’t.  Not yet.')
    expect(without('It was John’s — (laughter).  Really.')).toBe('It was John’s.  Really.')
  })

  it('leaves out what the speaker does between two dashes in a transcript alone (review 129)', () => {
    const inTranscript = (text: string) => withoutInlineDirections(mapIdentity(text), true).text
    expect(inTranscript('He seems to be, God willing — (knocks on podium wood) — doing well.')).toBe(
      'He seems to be, God willing — doing well.',
    )
    // (a parenthesis of the text stays, between dashes too, and outside a transcript)
    expect(inTranscript('The funds — (including vaccines) — arrive.')).toBe('The funds — (including vaccines) — arrive.')
    expect(inTranscript('The plan — (this is important) — costs nothing.')).toBe('The plan — (this is important) — costs nothing.')
    expect(without('He seems to be, God willing — (knocks on podium wood) — doing well.')).toBe(
      'He seems to be, God willing — (knocks on podium wood) — doing well.',
    )
  })

  it('keeps "(inaudible)" inside a sentence, which marks words said but not heard, and a parenthesis of the text', () => {
    expect(without('conducting (inaudible) disruption operations')).toBe('conducting (inaudible) disruption operations')
    expect(without('Chechnya (Russia) and the (PRO) Act')).toBe('Chechnya (Russia) and the (PRO) Act')
  })
})

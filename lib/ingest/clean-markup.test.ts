import { describe, expect, it } from 'vitest'
import { mapIdentity, originalRange } from '@/lib/text/mapped-text'
import { cleanLine } from './clean-markup'

const clean = (text: string) => cleanLine(mapIdentity(text))

describe('cleanLine', () => {
  it('removes Markdown emphasis, escapes and links, keeping the words', () => {
    expect(clean('**Strengthening** the _Alliance_ \\[with\\] [ASEAN](https://asean.org) partners').text.text).toBe(
      'Strengthening the Alliance [with] ASEAN partners',
    )
  })

  it('keeps an autolink’s address without its brackets (White House statement of 2021-07-04)', () => {
    expect(clean('the Internet Crime Complaint Center at <https://www.IC3.gov>.').text.text).toBe(
      'the Internet Crime Complaint Center at https://www.IC3.gov.',
    )
    expect(clean('write to <mailto:press@example.gov> or <b>here</b>').text.text).toBe('write to mailto:press@example.gov or here')
    // (an HTML entity of a table's cell left as HTML is its character: review 43)
    expect(clean('<td> ALABAMA STATE DEPT OF MTL HLTH &amp; MTL RET</td> &gt; $13 billion &#8217;').text.text).toBe(
      'ALABAMA STATE DEPT OF MTL HLTH & MTL RET > $13 billion \u2019',
    )
    // (an e-mail address alone in angle brackets too: review 41)
    expect(clean('contact the State Department at <jointhecall@state.gov>.').text.text).toBe(
      'contact the State Department at jointhecall@state.gov.',
    )
  })

  it('reads a bold run that closes after a space as closed (a fact sheet of 2022-01-21: "…LOCAL LEVELS\u00a0**")', () => {
    expect(clean('**MOBILIZING FEDERAL TECHNICAL ASSISTANCE FOR BUILDING PERFORMANCE').bold).toBe('opens')
    expect(clean('POLICY AT THE STATE AND LOCAL LEVELS\u00a0**')).toMatchObject({
      bold: 'closes',
      text: { text: 'POLICY AT THE STATE AND LOCAL LEVELS' },
    })
    expect(clean('**Promoting Our Values Online **').heading).toBe(true)
    // a bold line that ends a sentence before the space is a list item's last line, not a heading (fact sheet of 2022-09-12)
    expect(clean('**address ocean and Tijuana River transboundary pollution. **')).toMatchObject({ heading: false })
  })

  it('reads "*  Name*" as a line in emphasis, not a list item (a fact sheet of 2021-12-07), and "* item" as an item', () => {
    expect(clean('*  USAID Administrator Samantha Power*  ')).toMatchObject({
      listItem: false,
      text: { text: 'USAID Administrator Samantha Power' },
    })
    expect(clean('* Support the Quad Vaccine Partnership')).toMatchObject({ listItem: true })
    expect(clean('* Support the *Quad* Vaccine Partnership*')).toMatchObject({ listItem: true })
  })

  it('leaves out struck-through words, which the page corrects beside them (White House remarks of 2022-12-14)', () => {
    expect(clean('pulling <s>America</s> \\[Africa\\] and the United States together').text.text).toBe(
      'pulling [Africa] and the United States together',
    )
  })

  it('spaces the correction of struck words as a word, and keeps the space after letters struck from inside a word (review 17)', () => {
    const read = (line: string) => clean(line).text.text
    expect(read('Thank you very much, Madam<s>President</s> \\[First Lady\\].')).toBe('Thank you very much, Madam [First Lady].')
    expect(read('By the way, Davis-<s>Macon</s> \\[Bacon\\] wage, $<s>850</s> \\[825\\] million.')).toBe(
      'By the way, Davis-[Bacon] wage, $[825] million.',
    )
    expect(read('I’m proud that our alliance<s>s</s> is strong, and OPEC+<s>3</s> has acted.')).toBe(
      'I’m proud that our alliance is strong, and OPEC+ has acted.',
    )
    expect(read('the <s>AFT</s> \\[ATF\\] agents')).toBe('the [ATF] agents')
    // (a space alone struck between two words leaves one: review 143)
    expect(read('the Atlantic Hurricane<s> </s>Season Outlook')).toBe('the Atlantic Hurricane Season Outlook')
    expect(read('their well-<s> </s>being')).toBe('their well-being')
    // (a stop a hard wrap carried to a line's start stays, where no empty bold label left it: code review)
    expect(read('. The next step is hard.')).toBe('. The next step is hard.')
    expect(read('-   **.** In partnership with DOE.')).toBe('In partnership with DOE.')
    // (and after a comma, a word apart from it too: review 55, 2022-06-15)
    expect(read('People like the legendary advocate,<s>Mr.</s> \\[Ms. Urvashi\\] Vaid')).toBe(
      'People like the legendary advocate, [Ms. Urvashi] Vaid',
    )
    // (digits struck from a number are corrected inside it)
    expect(read('By 20<s>21</s>\\[22\\] we had 6<s>.5</s>\\[.6\\] million jobs.')).toBe('By 20[22] we had 6[.6] million jobs.')
  })

  it('removes HTML tags and comments, and reads no-break and narrow spaces as spaces', () => {
    expect(clean('the 9<sup>th</sup>\u00a0ASEAN-U.S.\u202fSummit <!-- note -->').text.text).toBe('the 9th ASEAN-U.S. Summit')
  })

  it('removes a script or style element with its content', () => {
    expect(clean('双方同意<script>alert(2)</script>加强合作。<style>p{}</style>').text.text).toBe('双方同意加强合作。')
  })

  it('marks headings and list items', () => {
    expect(clean('**The Linchpin for Peace and Prosperity**')).toMatchObject({ heading: true, listItem: false })
    expect(clean('## Section 1')).toMatchObject({ heading: true, text: expect.objectContaining({ text: 'Section 1' }) })
    expect(clean('-   Working Groups. Seventeen groups met.')).toMatchObject({
      listItem: true,
      text: expect.objectContaining({ text: 'Working Groups. Seventeen groups met.' }),
    })
    expect(clean('**WE,** the Member States met')).toMatchObject({ heading: false })
  })

  it('takes a line of markup only for empty: ###, rules, an empty tag', () => {
    expect(clean('\\###').empty).toBe(true)
    expect(clean('* * *').empty).toBe(true)
    expect(clean('<!-- -->').empty).toBe(true)
  })

  it('carries a tag wrapped over two lines to the next line', () => {
    const state = { inTag: false }
    expect(cleanLine(mapIdentity('Deepening Cooperation on <span'), state).text.text).toBe('Deepening Cooperation on')
    expect(cleanLine(mapIdentity('style="text-decoration: underline;">Supply Chains</span>'), state).text.text).toBe('Supply Chains')
  })

  it('keeps every character mapped to its place in the source', () => {
    const line = 'a **bold** word'
    const result = clean(line)
    const at = result.text.text.indexOf('bold')
    const [from, to] = originalRange(result.text, at, at + 4)
    expect(line.slice(from, to)).toBe('bold')
  })
})

import { describe, expect, it } from 'vitest'
import { isRunInHeading, layoutEnglish } from './english-layout'
import { splitLines } from './split-documents'
import { parseStatements } from './parse-statements'

const paragraphs = (text: string) => layoutEnglish(splitLines(text)).paragraphs.map((p) => p.text.text)

describe('layoutEnglish', () => {
  it('joins hard-wrapped lines into the paragraphs blank lines (or lines of no-break spaces) separate', () => {
    expect(paragraphs('The two Presidents deeply\nappreciate the Alliance.\n\u00a0 \nThey agree.\n\nNext one.')).toEqual([
      'The two Presidents deeply appreciate the Alliance.',
      'They agree.',
      'Next one.',
    ])
  })

  it('keeps headings, list items and numbered paragraphs apart inside a block', () => {
    expect(
      paragraphs('Opening.\n\n**Climate**\nWe commit to act.\n-   Item one goes\n    on here.\n-   Item two.\n2. A numbered paragraph.'),
    ).toEqual(['Opening.', 'Climate', 'We commit to act.', 'Item one goes on here.', 'Item two.', '2. A numbered paragraph.'])
  })

  it('keeps a title and the date line under it apart, as copied from a page', () => {
    expect(
      paragraphs('United States-Republic of Korea Leaders’ Joint Statement\nMay 21, 2022\n\nPresident Yoon welcomes President Biden.'),
    ).toEqual(['United States-Republic of Korea Leaders’ Joint Statement', 'May 21, 2022', 'President Yoon welcomes President Biden.'])
  })

  it('joins lines of text wrapped at one width without blank lines, and keeps one-line paragraphs of pasted text', () => {
    const wrapped = [
      'The leaders of the two countries met in the capital',
      'today and agreed to deepen their cooperation in',
      'every field of common interest.',
      'They also discussed the situation in the region',
      'and beyond, and agreed to meet again next year.',
    ]
    expect(paragraphs(wrapped.join('\n'))).toEqual([
      'The leaders of the two countries met in the capital today and agreed to deepen their cooperation in every field of common interest.',
      'They also discussed the situation in the region and beyond, and agreed to meet again next year.',
    ])
    expect(paragraphs('One whole paragraph on a line.\nAnother whole paragraph, longer than the first one by far.\nA third.')).toHaveLength(
      3,
    )
  })

  it('goes on with a list item on its indented lines when no blank lines separate paragraphs', () => {
    expect(paragraphs('-   Item one goes\n    on here.\n-   Item two.')).toEqual(['Item one goes on here.', 'Item two.'])
  })

  it('reads a page copied from a browser: its run-in headings (their bold lost) head their paragraphs, and its lines are paragraphs (walkthrough)', () => {
    // the Ireland partnership of 17 March 2021 as Chrome copies it: "**Combating COVID-19:**" and a line break, one line to a paragraph
    const long =
      'The top priority for the President and Taoiseach is ending the COVID-19 pandemic. Our two countries are committed to working together to safely restore global travel.'
    const next =
      'The United States and Ireland have long partnered bilaterally and through multilateral institutions to advance democratic values in the world.'
    for (const gap of ['\n\n', '\n']) {
      const laid = layoutEnglish(
        splitLines(
          `In today’s meeting they will emphasize their commitment to:${gap}Combating COVID-19:\n${long}${gap}Addressing Global Challenges:\n${next}`,
        ),
      )
      expect(laid.paragraphs.map((p) => p.text.text)).toEqual([
        'In today’s meeting they will emphasize their commitment to:',
        'Combating COVID-19:',
        long,
        'Addressing Global Challenges:',
        next,
      ])
      expect(laid.paragraphs.map((p) => p.heading)).toEqual([false, true, false, true, false])
    }
  })

  it('reads a list copied from a page, its bullets left behind, as a line to an item (the Global COVID-19 Summit statement of 18 April 2022)', () => {
    const copied = [
      'The Summit will place an emphasis on supporting locally-led solutions, including:',
      'Getting shots into arms;',
      'Deploying tests and treatments, especially for the highest-risk populations;',
      'Generating sustainable financing for pandemic preparedness; and',
      'Enhancing access to medical countermeasures.',
    ]
    expect(paragraphs(`Opening.\n\n${copied.join('\n')}\n\nClosing.`)).toEqual(['Opening.', ...copied, 'Closing.'])
    // where a line ends on an abbreviation, not an item, the block is wrapped prose (the NATO fact sheet of 29 June 2022)
    expect(
      paragraphs(
        'Opening.\n\nAn agreement to work with Spain to increase the number of U.S.\ndestroyers stationed in Rota from four to six.',
      ),
    ).toEqual(['Opening.', 'An agreement to work with Spain to increase the number of U.S. destroyers stationed in Rota from four to six.'])
  })

  it('leaves a wrapped sentence whole where a line ends on a semicolon or a colon and the next goes on in lower case (review)', () => {
    expect(
      paragraphs(
        'Opening.\n\nThe two sides will deepen cooperation in trade, investment and energy;\nthey will also expand exchanges between their peoples.\n\nClosing.',
      ),
    ).toEqual([
      'Opening.',
      'The two sides will deepen cooperation in trade, investment and energy; they will also expand exchanges between their peoples.',
      'Closing.',
    ])
  })

  it('tells a run-in heading from a lead-in and from a line cut inside a phrase, and leaves a wrapped Markdown paragraph whole', () => {
    expect(isRunInHeading('Strengthening People-to-People Ties:')).toBe(true)
    expect(isRunInHeading('In today’s meeting they will emphasize their commitment to:')).toBe(false)
    // the first line of a list item wrapped at 72 characters (the Singapore fact sheet of 23 August 2021)
    expect(isRunInHeading('Launching the')).toBe(false)
    expect(
      paragraphs(
        '-   Launching the\n    U.S.-Singapore Climate Partnership: The United States and\n    Singapore will launch a partnership.',
      ),
    ).toHaveLength(1)
  })

  it('reads on across a blank line inside a sentence, where a block ends on a function word (the New Zealand statement of 31 May 2022)', () => {
    expect(
      paragraphs(
        'We reiterate the value of the Asia-Pacific Economic Cooperation\n(APEC)—which\n\nNew Zealand hosted in 2021—as a forum.\n\nNext.',
      ),
    ).toEqual([
      'We reiterate the value of the Asia-Pacific Economic Cooperation (APEC)—which New Zealand hosted in 2021—as a forum.',
      'Next.',
    ])
    // a lead-in that ends on a colon, and a list after a block, stay apart
    expect(paragraphs('They will focus on:\n\n-   trade.')).toHaveLength(2)
    // "; and" ends a list item, not a sentence that goes on: the last item after a blank line is one of its own (review)
    expect(
      paragraphs('They will work on:\n\nGetting shots into arms;\nDeploying tests; and\n\nEnhancing access to medical countermeasures.'),
    ).toEqual(['They will work on:', 'Getting shots into arms;', 'Deploying tests; and', 'Enhancing access to medical countermeasures.'])
  })

  it('keeps apart a block that ends on a capitalised word, a date line or a speaker, and a long line that ends on an abbreviation goes on (review)', () => {
    expect(paragraphs('Part I\n\nThe two sides agreed.')).toEqual(['Part I', 'The two sides agreed.'])
    expect(paragraphs('Between China and the US\n\nNovember 15, 2023\n\nThey agreed.')).toHaveLength(3)
    expect(paragraphs('What We Will Do\n\nThe two sides agreed.')).toHaveLength(2)
    const wide =
      'The leaders welcomed the outcomes of the meeting held earlier this year between the two governments, and the work of the U.S.'
    expect(paragraphs(`Next.\n\n${wide}\nGovernment’s new initiative on climate, which both sides support.\nThey agreed.`)).toEqual([
      'Next.',
      `${wide} Government’s new initiative on climate, which both sides support.`,
      'They agreed.',
    ])
  })

  it('takes a bold run wrapped over several lines for a heading, and a bold lead-in sentence for text (U.S.–EU TTC, 2022-12-05; U.S.–Canada, 2021-02-23)', () => {
    const layout = (text: string) => layoutEnglish(splitLines(text)).paragraphs.map((p) => [p.text.text, p.heading])
    expect(
      layout(
        [
          '**B. Cooperation on New and Emerging Technologies**  ',
          '',
          '**Artificial Intelligence (AI) Roadmap and Pilot Project on',
          'Privacy-Enhancing Technologies and Collaboration on AI and Computing',
          'Research for the Public Good**  ',
          '',
          'To fulfill our commitment on developing and implementing trustworthy AI,',
          'the United States and the European Union have issued a first Joint Roadmap.',
        ].join('\n'),
      ),
    ).toEqual([
      ['B. Cooperation on New and Emerging Technologies', true],
      [
        'Artificial Intelligence (AI) Roadmap and Pilot Project on Privacy-Enhancing Technologies and Collaboration on AI and Computing Research for the Public Good',
        true,
      ],
      [
        'To fulfill our commitment on developing and implementing trustworthy AI, the United States and the European Union have issued a first Joint Roadmap.',
        false,
      ],
    ])
    // a bold sentence leading into a list, a bold paragraph that ends a sentence, two bold runs: text
    const text = (lines: string[]) => layout([...lines, '', 'The partners will meet again.'].join('\n'))[0]?.[1]
    expect(text(['**Today, President Biden will outline the Roadmap, which will', 'prioritize:**'])).toBe(false)
    // (a bold sentence of more than fifteen words is text, a shorter one heads, as the collectors count them: rule 4)
    expect(text(['**We will meet again in Tokyo next year to review the progress of each', 'working group and set new goals.**'])).toBe(
      false,
    )
    expect(text(['**The Administration is expanding testing supply and', 'availability.**'])).toBe(true)
    expect(text(['**Second, we commit to bolstering Pacific', 'regionalism.**'])).toBe(false)
    expect(text(['**Supply Chains** and **Critical', 'Minerals**'])).toBe(false)
    expect(text(['**Today, the United States and Japan are announcing new commitments with', 'ASEAN:**'])).toBe(false)
    // a heading whose bold closes before a backslash hard break, and one in Title Case that ends on a colon
    expect(text(['**Artificial Intelligence Roadmap and Pilot Project on', 'Research for the Public Good**\\'])).toBe(true)
    expect(text(['**Supporting Secure and Resilient Digital Connectivity in', 'Third Countries:**'])).toBe(true)
  })

  it('takes a list item for a heading only as a bold label over the item’s text on the next line (review)', () => {
    const items = (lines: string[]) => layoutEnglish(splitLines(lines.join('\n'))).paragraphs.map((p) => [p.text.text, p.heading])
    expect(
      items([
        'The partners will pursue:',
        '',
        '-   **Clean Energy Supply Chains**',
        '-   **Critical Minerals**',
        '',
        'The leaders will meet again.',
      ]),
    ).toEqual([
      ['The partners will pursue:', false],
      ['Clean Energy Supply Chains', false],
      ['Critical Minerals', false],
      ['The leaders will meet again.', false],
    ])
    expect(
      items([
        'The partners will pursue:',
        '',
        '-   **Critical Minerals**  ',
        '    We will map supply chains.',
        '',
        'The leaders will meet again.',
      ]),
    ).toEqual([
      ['The partners will pursue:', false],
      ['Critical Minerals', true],
      ['We will map supply chains.', false],
      ['The leaders will meet again.', false],
    ])
  })

  it('reads a page’s list printed without end marks as a line to an item, and keeps prose broken over lines whole (White House, 2022-03-03 fact sheet, pasted; review 8)', () => {
    const layout = layoutEnglish(
      splitLines(
        [
          'Full blocking sanctions on Russian elites and their family members who enable Putin:',
          '',
          'Nikolai Tokarev (his wife Galina, daughter Mayya, and his two luxury real estate companies)',
          'Boris Rotenberg (his wife Karina, and his sons Roman and Boris)',
          'Yevgeniy Prigozhin (His three companies, his wife, Polina, his daughter Lyubov, and his son Pavel),',
          'Dmitry Peskov, President Putin’s press secretary',
          'Alisher Usmanov (His superyacht, one of the world’s largest and just seized by our ally Germany, and his private jet, one of Russia’s largest privately-owned aircraft)',
          '',
          'The status quo was not an option. Staying would have meant',
          'U.S. troops taking casualties; American men and women back in the middle of a civil war. And we would have run the risk of having to send more troops back into Afghanistan.',
        ].join('\n'),
      ),
    ).paragraphs
    expect(layout.map((p) => [p.text.text.slice(0, 24), p.listItem === true, p.heading === true])).toEqual([
      ['Full blocking sanctions ', false, false],
      ['Nikolai Tokarev (his wif', true, false],
      ['Boris Rotenberg (his wif', true, false],
      ['Yevgeniy Prigozhin (His ', true, false],
      ['Dmitry Peskov, President', true, false],
      ['Alisher Usmanov (His sup', true, false],
      ['The status quo was not a', false, false],
    ])
  })

  it('reads a page’s list of short lines without end marks under its lead-in’s colon as a line to an item, and leaves a wrapped paragraph under a colon whole (Indo-Pacific Strategy fact sheet, 2022-02-11, pasted; review 9)', () => {
    const layout = layoutEnglish(
      splitLines(
        [
          'We will advance a free and open region, including by:',
          '',
          'Investing in democratic institutions, a free press, and a vibrant civil society',
          'Improving fiscal transparency in the Indo-Pacific to expose corruption and drive reform',
          'Ensuring the region’s seas and skies are governed and used according to international law',
          'Advancing common approaches to critical and emerging technologies, the internet, and cyber space',
          '',
          'The President sent to the Senate the following nominations:',
          '',
          'Anton George Hajjar, of Maryland, to be a Governor of the United',
          'States Postal Service for a term expiring December 8, 2023, vice Carolyn',
          'L. Gallagher, term expired.',
        ].join('\n'),
      ),
    ).paragraphs
    expect(layout.map((p) => [p.text.text.slice(0, 24), p.listItem === true])).toEqual([
      ['We will advance a free a', false],
      ['Investing in democratic ', true],
      ['Improving fiscal transpa', true],
      ['Ensuring the region’s se', true],
      ['Advancing common approac', true],
      ['The President sent to th', false],
      ['Anton George Hajjar, of ', false],
    ])
  })

  it('takes a longer Title Case line over its paragraph’s one long line for its heading (White House, 2021-04-15 fact sheet, pasted; review 8)', () => {
    const text = [
      'FACT SHEET: Imposing Costs for Harmful Foreign Activities by the Russian Government',
      '',
      'April 15, 2021',
      '',
      'Today the Biden administration is taking actions to impose costs on Russia.',
      '',
      'Executive Order Targeting the Harmful Foreign Activities of the Russian Government',
      'Today, President Biden signed a new sanctions executive order that provides strengthened authorities to demonstrate the Administration’s resolve in responding to Russia’s harmful foreign activities.',
    ].join('\n')
    expect(paragraphs(text).slice(-2)).toEqual([
      'Executive Order Targeting the Harmful Foreign Activities of the Russian Government',
      expect.stringMatching(/^Today, President Biden signed/),
    ])
    const parsed = parseStatements(text, { fileName: 'pasted.txt' })
    if (!parsed.ok) throw new Error(parsed.error)
    expect(parsed.statements[0]?.sections.map((section) => [section.heading ?? null, section.clauses.length])).toEqual([
      [null, 1],
      ['Executive Order Targeting the Harmful Foreign Activities of the Russian Government', 1],
    ])
  })

  it('says what it repaired', () => {
    expect(layoutEnglish(splitLines('A **bold**\nword.\n\nNext.')).notes.map((n) => n.message)).toEqual([
      'joined the wrapped lines of 1 paragraph',
      'removed markup (Markdown, HTML tags, no-break spaces) from 1 line',
    ])
  })
})

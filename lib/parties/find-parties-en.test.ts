import { describe, expect, it } from 'vitest'
import { findPartiesEn, openingCounterparts, partiesNamedIn, readoutCounterparts } from './find-parties-en'

const codes = (title: string, opening = '', publisher: string | null = null) => findPartiesEn({ title, opening, publisher }).codes

describe('findPartiesEn', () => {
  it('reads parties from compounds, abbreviations and groupings in the title', () => {
    expect(codes('U.S.-ROK Leaders’ Joint Statement')).toEqual(['united-states', 'south-korea'])
    expect(codes('Quad Leaders’ Joint Statement: “The Spirit of the Quad”')).toEqual(['quad'])
    expect(codes('The Jeddah Communique: A Joint Statement Between the United States of America and the Kingdom of Saudi Arabia')).toEqual([
      'united-states',
      'saudi-arabia',
    ])
    // the European Council speaks for the Union (White House joint readout of 2022-03-24)
    expect(codes('Joint Readout by the United States and the European Council')).toEqual(['united-states', 'european-union'])
  })

  it('reads a grouping named as the occasion as no party: "at the G20 Summit" (White House release of 2022-11-15)', () => {
    const opening =
      'Today, at the Partnership for Global Infrastructure and Investment (PGII) event at the G20 Summit, President Joko Widodo of Indonesia and leaders of the International Partners Group (IPG) of likeminded countries, co-led by the United States and Japan, and including Canada, Denmark, the European Union, France, Germany, Italy, Norway, and the United Kingdom, issued a Joint Statement, launching a Just Energy Transition Partnership (JETP) developed with Indonesia during its G20 Presidency.'
    const found = codes('Indonesia and International Partners Secure Groundbreaking Climate Targets and Associated Financing', opening)
    expect(found).not.toContain('g20')
    expect(found.slice(0, 3)).toEqual(['indonesia', 'united-states', 'japan'])
    // a grouping that is all the title names still speaks: the G20's own declaration
    expect(codes('G20 Bali Leaders’ Declaration')).toEqual(['g20'])
    // "Non-NATO" names no NATO
    expect(partiesNamedIn('designate Qatar as a Major Non-NATO Ally').map((p) => p.code)).toEqual(['qatar'])
  })

  it('gives a government’s press call or briefing to the government (White House background press call of 2021-09-24)', () => {
    const title =
      'Background Press Call by Senior Administration Officials Previewing the Quad Leaders Summit and Bilateral Meeting with India'
    expect(codes(title, '', 'united-states')).toEqual(['united-states'])
  })

  it('gives a one-voice text by a White House office to the United States, not to the government its topic names, where no publisher is known (review 52)', () => {
    expect(codes('Statement by NSC Spokesperson Adrienne Watson on Ukraine Power Outages from Russia’s Missile Strikes', '')).toEqual([
      'united-states',
    ])
    expect(codes('Background Press Call by Senior Administration Officials on the President’s Upcoming G20 Visit', '')).toEqual([
      'united-states',
    ])
    // (found from the voice the title names, not guessed as the government it names first: no doubt on import)
    expect(findPartiesEn({ title: 'Statement by NSC Spokesperson Adrienne Watson on Ukraine Power Outages', opening: '' }).from).toBe(
      'title',
    )
    // (and a headline of the White House's own act: review 56)
    // (and a readout's counterpart by an adjective and an office of more words: review 57)
    expect(
      readoutCounterparts(
        'Readout of National Security Advisor Jake Sullivan’s Call with Indonesian Coordinating Minister for Maritime Affairs and Investment Luhut Pandjaitan',
      ).map((p) => p.code),
    ).toEqual(['indonesia'])
    expect(codes('White House Announces Additional Actions to Help Families Afford Energy Bills', '')).toEqual(['united-states'])
    // (but the White House's officials meeting another government's are no act of its own: code review)
    expect(codes('White House Officials Meet with Mexican Counterparts on Migration', '')).toContain('mexico')
    // (an office the topic names is no voice: "… on the National Security Council of Japan" is not the United States'; nor
    // Japan's, which is only its topic: review 130)
    expect(codes('Statement by the Cabinet Secretary on the National Security Council of Japan', '')).toEqual([])
  })

  it('gives no state to talks with a person who speaks for none of it: an opposition leader, an activist (review 119)', () => {
    expect(readoutCounterparts('Readout of President Biden Call with Opposition Leader Svyatlana Tsikhanouskaya of Belarus')).toEqual([])
    expect(
      openingCounterparts('President Joseph R. Biden, Jr., spoke with democratic opposition leader Svyatlana Tsikhanouskaya of Belarus.'),
    ).toEqual([])
    // (the state's own leader beside such a person still is: the person is the one named since the last comma or "and")
    expect(
      readoutCounterparts('Readout of President Biden’s Meeting with President Zelenskyy of Ukraine and Activist Masih Alinejad').map(
        (p) => p.code,
      ),
    ).toEqual(['ukraine'])
    expect(
      readoutCounterparts(
        'Readout of President Biden’s Call with Human Rights Activist Ales Bialiatski of Belarus and President Duda of Poland',
      ).map((p) => p.code),
    ).toEqual(['poland'])
  })

  it('reads both speakers of remarks by an official and a foreign leader (White House remarks of 2022-03-10)', () => {
    const title = 'Remarks by Vice President Harris and Prime Minister Trudeau of Canada Before Bilateral Meeting'
    expect(codes(title, '', 'united-states')).toEqual(['united-states', 'canada'])
    expect(
      codes('Remarks by Vice President Harris and Prime Minister Morawiecki of Poland Before Bilateral Meeting', '', 'united-states'),
    ).toEqual(['united-states', 'poland'])
    // (a constructed title: an official the gazetteer does not know, beside a foreign leader it knows)
    expect(codes('Remarks by Secretary Raimondo and Prime Minister Trudeau of Canada at a Roundtable', '', 'united-states')).toEqual([
      'united-states',
      'canada',
    ])
  })

  it('takes a one-voice document for its speaker’s or publisher’s, not the topic’s', () => {
    expect(codes('Statement by President Joe Biden on the Crisis in Ethiopia')).toEqual(['united-states'])
    expect(
      codes(
        'Chair’s Summary of the Major Economies Forum on Energy and Climate Held by President Joe Biden',
        'Russia’s further invasion of Ukraine',
        'united-states',
      ),
    ).toEqual(['united-states'])
    expect(codes('FACT SHEET: U.S.-Mexico High-Level Security Dialogue', '', 'united-states')).toEqual(['united-states'])
    expect(
      codes(
        'Statement by Australia, Japan, New Zealand, the United Kingdom, and the United States on the Establishment of the Partners in the Blue Pacific',
      ),
    ).toEqual(['australia', 'japan', 'new-zealand', 'united-kingdom', 'united-states'])
  })

  it('takes a fact sheet pasted without its publisher for the home government it names most, or names as its subject', () => {
    // (White House fact sheets of 2022-08-09 and 2022-06-28, pasted from a browser: no address to say whose they are)
    expect(
      codes(
        'FACT SHEET: CHIPS and Science Act Will Lower Costs, Create Jobs, Strengthen Supply Chains, and Counter China',
        'In President Biden’s first year in office, the Biden-Harris Administration has implemented an industrial strategy to revitalize domestic manufacturing. Today, President Biden will sign into law the bipartisan CHIPS and Science Act of 2022.',
      ),
    ).toEqual(['united-states'])
    expect(
      codes(
        'FACT SHEET: The United States Continues to Strengthen Cooperation with G7 on 21st Century Challenges, including those Posed by the People’s Republic of China',
        'The G7 is united in addressing the challenges posed by the People’s Republic of China. The PRC’s non-market policies and practices distort the global economy, and the PRC uses economic coercion.',
      ),
    ).toEqual(['united-states'])
    // (a headline's capitalised "From" names its voice as "from" does: review 68, a statement of 2021-05-27 pasted)
    expect(
      codes(
        'Statement From Senior Advisor and Chief Spokesperson Symone Sanders on Vice President Kamala Harris Meeting With Private Sector Leaders',
        'Today, Vice President Kamala Harris met with the leaders of a dozen businesses and organizations to announce a Call to Action for the private sector to deepen investments in Guatemala, El Salvador, and Honduras.',
      ),
    ).toEqual(['united-states'])
    // (an office of the Executive Office of the President, and "Senior Admin Officials" in a headline's capitals, are the
    // United States': review 74, a statement of 2022 and a press call of 2021-12-20 pasted)
    expect(codes('Statement from CEA Chair Cecilia Rouse on Encouraging Economic News', 'Today’s data show strong growth.')).toEqual([
      'united-states',
    ])
    // (the Vice President's staff, their government unnamed: review 86; another's Vice President is named with the country)
    expect(
      codes(
        'Statement from Press Secretary to the Vice President Kirsten Allen',
        'Today, the Vice President tested negative for COVID-19 on a rapid antigen test.',
      ),
    ).toEqual(['united-states'])
    expect(
      codes(
        'Background Press Call By Senior Admin Officials On National Security Advisor Sullivan’s Upcoming Travel To The State Of Israel And The West Bank',
        'Thanks so much, everyone, for joining today’s call on the National Security Advisor’s trip to Israel.',
      ),
    ).toEqual(['united-states'])
    // (but not where another home government speaks of the White House, nor for an instrument's "Statement Of Intent")
    expect(
      codes(
        'Remarks by Foreign Ministry Spokesperson on the White House Summit for Democracy',
        'The White House convened a so-called summit. The White House is drawing lines along ideology. China firmly opposes this.',
      ),
    ).toEqual(['china'])
    expect(codes('Statement Of Intent on Clean Energy Cooperation Between the United States and Japan', '')).toEqual([
      'united-states',
      'japan',
    ])
    // (its office named counts for its government: review 66, a fact sheet of 2021-11-30 pasted without its address)
    expect(
      codes(
        'FACT SHEET: Virtual Engagement with Indigenous Women Leaders in Preparation for the Fourth Convening of the Trilateral Working Group on Violence Against Indigenous Women and Girls',
        'Today, the White House welcomes our partners from the governments of Canada and Mexico as we jointly host a half-day virtual discussion with Indigenous women leaders from all three of our countries. This virtual engagement brings together Indigenous women leaders from across North America, which the White House will host in the Spring of 2022.',
      ),
    ).toEqual(['united-states'])
  })

  it('gives a one-voice document pasted without its publisher none of the foreign states or groupings it names (review 130)', () => {
    // (a White House statement of 2022-03-02, pasted from a browser: the United Nations is its topic, not its voice)
    expect(
      findPartiesEn({
        title: 'Statement by the President on the United Nations General Assembly Vote Condemning Russia’s Aggression Against Ukraine',
        opening:
          'Today, for the first time in 40 years, the United Nations Security Council convened an Emergency Special Session of the General Assembly. I commend the Member States of the United Nations for holding this historic session.',
      }),
    ).toEqual({ codes: [], from: 'none' })
    // (but a state that is the subject of its first sentence is its voice: code review of 2026-12-06)
    expect(codes('Statement by the Foreign Secretary', 'The United Kingdom condemns the missile launch. We call for restraint.')).toEqual([
      'united-kingdom',
    ])
    expect(codes('Statement by the Chief Cabinet Secretary', 'The Government of Japan strongly condemns the launch.')).toEqual(['japan'])
    // (nor a fact sheet on a grouping's summit, whose publisher is among its members: "Fact Sheet: Quad Summit")
    expect(
      codes(
        'Fact Sheet: Quad Summit',
        'Today, the leaders of the Quad met virtually. They committed to expanding safe vaccine manufacturing.',
      ),
    ).toEqual([])
  })

  it('reads leaders named anywhere in the title, and the list after “the leaders of” in the opening', () => {
    expect(
      codes('Joint Statement Following Meeting of President Joseph R. Biden and His Majesty King Abdullah II of Jordan in Jeddah'),
    ).toEqual(['united-states', 'jordan'])
    expect(
      codes(
        'Joint Statement on Further Restrictive Economic Measures',
        'We, the leaders of the European Commission, France, Germany, Italy, the United Kingdom, Canada, and the United States condemn Putin’s war on Ukraine.',
      ),
    ).toEqual(['european-commission', 'france', 'germany', 'italy', 'united-kingdom', 'canada', 'united-states'])
  })

  it('reads who speaks in the opening’s first sentence when the title names nobody (a body pasted alone)', () => {
    // the first sentence runs past "U.S." and "Jr.", by the sentence rules
    expect(
      codes(
        'pasted',
        'U.S. National Security Advisor Ann Smith and Israeli National Security Advisor Ben Cohen met on Monday to open the U.S.-Israel dialogue on technology. They spoke of Iran.',
      ),
    ).toEqual(['united-states', 'israel'])
    // a numbered first paragraph; a grouping that speaks alone
    expect(codes('pasted', '1. We, the leaders of the Group of Seven (G7), met today with the President of Ukraine.')).toEqual(['g7'])
    expect(
      codes(
        'pasted',
        'On May 2, we, the Heads of Government of India, Israel, the United Arab Emirates (UAE), and the United States, met as the “I2U2” Group.',
      ),
    ).toEqual(['india', 'israel', 'united-arab-emirates', 'united-states'])
    // after a dateline or a preamble, the list that is a sentence's subject (review)
    expect(
      codes(
        'pasted',
        'Two years ago, Russia launched its war. We, the Leaders of Canada, Japan and the United States, stand with Ukraine.',
      ),
    ).toEqual(['canada', 'japan', 'united-states'])
    expect(codes('pasted', 'Washington, D.C. We, the leaders of Japan and the United States, met today.')).toEqual([
      'japan',
      'united-states',
    ])
    // a grouping after "met with the leaders of" is whom they met, not who speaks (review)
    expect(codes('pasted', 'President Biden and Prime Minister Kishida met with the leaders of the G7 today.')).toEqual([
      'united-states',
      'japan',
    ])
    expect(codes('pasted', 'Today, President Biden hosted the leaders of the Pacific Islands Forum in Washington.')).toEqual([
      'united-states',
      'pacific-islands-forum',
    ])
    // "the leaders of …" in a later sentence is the occasion, not the speakers
    expect(
      codes(
        'pasted',
        'President Joseph R. Biden, Jr. and His Majesty King Abdullah II met today in Jeddah. The meeting was held at the Summit of the leaders of the United States and the Gulf Cooperation Council.',
      ),
    ).toEqual(['united-states', 'jordan'])
  })

  describe('edge cases', () => {
    it('does not read Northern Ireland or Latin America as parties, nor a grouping named beside its members', () => {
      expect(partiesNamedIn('the United Kingdom of Great Britain and Northern Ireland and Latin America').map((p) => p.code)).toEqual([
        'united-kingdom',
      ])
      expect(partiesNamedIn('the leaders of Australia, the United Kingdom, and the United States (AUKUS)').map((p) => p.code)).toEqual([
        'australia',
        'united-kingdom',
        'united-states',
      ])
    })

    it('finds nothing in a title and opening that name no party', () => {
      expect(findPartiesEn({ title: 'A Note', opening: 'It rained today.' })).toEqual({ codes: [], from: 'none' })
    })
  })
})

/**
 * The language check on real openings: the Los Angeles Declaration on
 * Migration and Protection as the White House printed it in Spanish, French
 * and Portuguese on 2022-06-10, and English and Chinese statements of the
 * bundled collections (US government works and official Chinese texts).
 */
import { describe, expect, it } from 'vitest'
import { otherLanguage, otherLanguageOf } from './other-language'

const SPANISH =
  'Nosotros, los Jefes de Estado y de Gobierno de la República Argentina, Barbados, Belice, la República Federativa del Brasil, Canadá, la República de Chile, la República de Colombia, la República de Costa Rica, la República del Ecuador, reunidos en Los Ángeles en los márgenes de la Novena Cumbre de las Américas, reiteramos nuestra voluntad de fortalecer los esfuerzos nacionales, regionales y hemisféricos a fin de crear las condiciones para una migración segura, ordenada, humana y regular.'
const FRENCH =
  'Nous, chefs d’État et de gouvernement de la République argentine, de la Barbade, du Belize, de la République fédérative du Brésil, du Canada, de la République du Chili, de la République de Colombie, réunis à Los Angeles dans le cadre du 9e sommet des Amériques, réitérons notre volonté de renforcer les efforts nationaux, régionaux et hémisphériques afin de créer les conditions.'
const PORTUGUESE =
  'Nós, os Chefes de Estado e de Governo da República Argentina, de Barbados, do Commonwealth das Bahamas, do Belize, da República Federativa do Brasil, do Canadá, da República do Chile, reunidos em Los Angeles em torno da Nona Cúpula das Américas, reiteramos nosso compromisso de fortalecer os esforços nacionais, regionais e hemisféricos.'
const ENGLISH =
  'We, the Heads of State and Government of the Argentine Republic, Barbados, Belize, the Federative Republic of Brazil, Canada, the Republic of Chile, the Republic of Colombia, gathered in Los Angeles on the margins of the Ninth Summit of the Americas, reaffirm our resolve to strengthen national, regional, and hemispheric efforts to create the conditions for safe, orderly, humane, and regular migration.'
const CHINESE =
  '应吉尔吉斯共和国总统热恩别科夫邀请，中华人民共和国主席习近平于2019年6月12日至13日对吉尔吉斯共和国进行国事访问。两国元首在友好、互信的气氛中举行会谈，就双边关系和共同关心的国际和地区问题深入交换意见，达成广泛共识。双方高度评价中吉建交以来两国关系发展取得的成就。'

describe('otherLanguage', () => {
  it('names the language of a text Tongwen does not read', () => {
    expect(otherLanguage(SPANISH)).toBe('Spanish')
    expect(otherLanguage(FRENCH)).toBe('French')
    expect(otherLanguage(PORTUGUESE)).toBe('Portuguese')
  })

  it('gives the tag of the language, for the lang attribute of the text', () => {
    expect(otherLanguageOf(SPANISH)).toEqual({ name: 'Spanish', tag: 'es' })
    expect(otherLanguageOf(PORTUGUESE)).toEqual({ name: 'Portuguese', tag: 'pt' })
    expect(otherLanguageOf(ENGLISH)).toBeNull()
  })

  it('finds nothing to say of English or Chinese', () => {
    expect(otherLanguage(ENGLISH)).toBeNull()
    expect(otherLanguage(CHINESE)).toBeNull()
  })

  it('does not guess from a line too short to tell', () => {
    expect(otherLanguage('Declaración de Los Ángeles')).toBeNull()
  })
})

describe('otherLanguage on English full of foreign names', () => {
  it('reads it as English by its function words', () => {
    expect(
      otherLanguage(
        'Minister Retno L.P. Marsudi received Minister Saifuddin Abdullah of Malaysia at Gedung Pancasila, Jakarta, on Monday. The two ministers discussed ASEAN, Myanmar, maritime borders and the protection of Indonesian migrant workers in Sabah and Sarawak.',
      ),
    ).toBeNull()
  })
})

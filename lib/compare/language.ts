/**
 * Comparisons are within one language: aligning a statement with its
 * translation needs a bilingual similarity, which Tongwen does not have yet.
 */
import type { CompareStatement } from './types'

const NAMES: Record<string, string> = { zh: 'Chinese', en: 'English' }
/** A statement language's name in English (a statement without one is Chinese, as stored before languages were). */
export const languageName = (language: string | undefined) => NAMES[language ?? 'zh'] ?? language ?? 'Chinese'

/**
 * Why two statements cannot be compared, or null when they can.
 * @example languageMismatch({ language: 'zh', … }, { language: 'en', … }) // 'A is in Chinese and B in English: …'
 */
export function languageMismatch(a: Pick<CompareStatement, 'language'>, b: Pick<CompareStatement, 'language'>): string | null {
  if ((a.language ?? 'zh') === (b.language ?? 'zh')) return null
  return `A is in ${languageName(a.language)} and B in ${languageName(b.language)}: Tongwen compares statements in the same language (aligning a translation with its original is not supported yet).`
}

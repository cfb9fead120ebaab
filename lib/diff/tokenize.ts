/**
 * Tokens for the diff: words from Intl.Segmenter (ICU's dictionary segmenter,
 * so Chinese gets words such as 国家 | 和平 | 统一, not single characters), or
 * single code points at character granularity. Tokens cover the text
 * completely, punctuation and spaces included.
 */
import type { Granularity } from './types'

export interface Token {
  text: string
  /** [from, to) in the tokenised string */
  from: number
  to: number
}

const segmenters = new Map<string, Intl.Segmenter>()

function segmenterFor(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale)
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' })
    segmenters.set(locale, segmenter)
  }
  return segmenter
}

/**
 * Word segmentation is the slow part of a diff, and statements are made of
 * recurring phrases, so recent results are remembered (a bounded cache,
 * cleared whole when full).
 */
const cache = new Map<string, Token[]>()
const CACHE_LIMIT = 50_000

/** Forgets every remembered segmentation (for measurements of a cold start). */
export function clearTokenCache(): void {
  cache.clear()
}

/** @example tokenize('实现国家和平统一', 'word').map((t) => t.text) // ['实现', '国家', '和平', '统一'] */
export function tokenize(text: string, granularity: Granularity, locale = 'zh'): Token[] {
  if (granularity === 'char') return segment(text, granularity, locale)
  const key = `${locale}\u0000${text}`
  let tokens = cache.get(key)
  if (!tokens) {
    if (cache.size >= CACHE_LIMIT) cache.clear()
    tokens = segment(text, granularity, locale)
    cache.set(key, tokens)
  }
  return tokens
}

function segment(text: string, granularity: Granularity, locale: string): Token[] {
  const tokens: Token[] = []
  if (granularity === 'char') {
    let offset = 0
    for (const ch of text) {
      tokens.push({ text: ch, from: offset, to: offset + ch.length })
      offset += ch.length
    }
    return tokens
  }
  for (const { segment, index } of segmenterFor(locale).segment(text)) {
    tokens.push({ text: segment, from: index, to: index + segment.length })
  }
  return tokens
}

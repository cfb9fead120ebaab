/**
 * Tokens for the diff: words, or single code points at character granularity.
 * Text with Chinese in it is cut into words by jieba (lib/text/chinese-words,
 * the segmenter the formulas use), so that a changed span is whole words:
 * ICU's Intl.Segmenter cuts 构建 and 共同体 (构|建, 共同|体), and a diff on
 * its words marks half a word changed. Other text, and Chinese that jieba
 * cannot spell back exactly, gets Intl.Segmenter's words. Tokens cover the
 * text completely, punctuation and spaces included.
 */
import { chineseWordStarts } from '@/lib/text/chinese-words'
import type { ChineseWords, Granularity } from './types'

const HAN = /\p{Script=Han}/u

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

/** @example tokenize('推动构建人类命运共同体', 'word').map((t) => t.text) // ['推动', '构建', '人类', '命运', '共同体'] */
export function tokenize(text: string, granularity: Granularity, locale = 'zh', chinese: ChineseWords = 'jieba'): Token[] {
  if (granularity === 'char') return segment(text, granularity, locale, chinese)
  const key = `${locale}\u0000${chinese}\u0000${text}`
  let tokens = cache.get(key)
  if (!tokens) {
    if (cache.size >= CACHE_LIMIT) cache.clear()
    tokens = segment(text, granularity, locale, chinese)
    cache.set(key, tokens)
  }
  return tokens
}

function segment(text: string, granularity: Granularity, locale: string, chinese: ChineseWords): Token[] {
  const tokens: Token[] = []
  if (granularity === 'char') {
    let offset = 0
    for (const ch of text) {
      tokens.push({ text: ch, from: offset, to: offset + ch.length })
      offset += ch.length
    }
    return tokens
  }
  const starts = chinese === 'jieba' && HAN.test(text) ? chineseWordStarts(text) : null
  if (starts)
    return starts.map((from, k) => ({ text: text.slice(from, starts[k + 1] ?? text.length), from, to: starts[k + 1] ?? text.length }))
  for (const { segment, index } of segmenterFor(locale).segment(text)) {
    tokens.push({ text: segment, from: index, to: index + segment.length })
  }
  return tokens
}

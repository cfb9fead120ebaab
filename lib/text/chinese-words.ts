/**
 * Chinese words from jieba (its Rust port, @node-rs/jieba, with its own
 * dictionary): it knows the compounds and names of official Chinese
 * (世界贸易组织, 中国政府, 两岸关系, 国家主权) that Intl.Segmenter cuts
 * into their parts (世界|贸易|组织), so that a phrase cut on its words never
 * begins with the tail of a name or ends inside one.
 */
import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict'

let jieba: Jieba | null = null

/** The segmenter, made on first use (loading its dictionary takes a moment). */
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict)
  return jieba
}

/**
 * The start of every word of `text`, in UTF-16 units, in order (0 first);
 * null if the segmenter's words do not spell the text exactly (then the caller
 * falls back on another segmenter).
 * @example chineseWordStarts('以世界贸易组织为核心') // [0, 1, 7, 8]
 */
export function chineseWordStarts(text: string): number[] | null {
  const starts: number[] = []
  let at = 0
  for (const word of segmenter().cut(text, false)) {
    if (text.startsWith(word, at)) {
      starts.push(at)
      at += word.length
    } else return null
  }
  return at === text.length ? starts : null
}

/**
 * The words of `text` as jieba cuts it (what chineseWordStarts marks), or none if it cannot spell the text.
 * @example chineseWords('以世界贸易组织为核心') // ['以', '世界贸易组织', '为', '核心']
 */
export function chineseWords(text: string): string[] {
  const starts = chineseWordStarts(text) ?? []
  return starts.map((start, k) => text.slice(start, starts[k + 1] ?? text.length))
}

/**
 * A Chinese text's words with jieba's part-of-speech tags (ICTCLAS tags: v a
 * verb, vn a verbal noun, n a noun, p a preposition, f a localiser …).
 * @example chineseTaggedWords('各领域合作取得').at(-1) // { word: '取得', tag: 'v' }
 */
export function chineseTaggedWords(text: string): { word: string; tag: string }[] {
  return segmenter()
    .tag(text, false)
    .map(({ word, tag }) => ({ word, tag }))
}

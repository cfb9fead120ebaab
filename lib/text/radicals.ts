/**
 * Undoing a common PDF extraction fault: fonts that map the glyphs of
 * ordinary ideographs to Kangxi radicals (U+2F00–U+2FD5) or CJK radical
 * supplements (U+2E80–U+2EF3), so that 中华人民 comes out as 中华⼈⺠ and
 * searches, comparisons and formulas miss it. Kangxi radicals fold to their
 * ideograph by NFKC; the supplements that stand for a whole simplified
 * character (⺠ 民, ⻓ 长, ⻔ 门 …) by the table below. One unit for one unit,
 * so offsets do not move.
 */

const SUPPLEMENT: Record<string, string> = {
  '⺁': '厂',
  '⺇': '几',
  '⺊': '卜',
  '⺒': '巳',
  '⺓': '幺',
  '⺕': '彐',
  '⺗': '心',
  '⺝': '月',
  '⺞': '歹',
  '⺟': '母',
  '⺠': '民',
  '⺤': '爪',
  '⺧': '牛',
  '⺨': '犬',
  '⺩': '王',
  '⺪': '疋',
  '⺫': '目',
  '⺬': '示',
  '⺮': '竹',
  '⺯': '糸',
  '⺴': '网',
  '⺶': '羊',
  '⺼': '肉',
  '⺽': '臼',
  '⻁': '虎',
  '⻄': '西',
  '⻅': '见',
  '⻆': '角',
  '⻉': '贝',
  '⻋': '车',
  '⻑': '長',
  '⻓': '长',
  '⻔': '门',
  '⻗': '雨',
  '⻘': '青',
  '⻙': '韦',
  '⻚': '页',
  '⻛': '风',
  '⻜': '飞',
  '⻝': '食',
  '⻡': '首',
  '⻢': '马',
  '⻣': '骨',
  '⻤': '鬼',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻧': '卤',
  '⻨': '麦',
  '⻩': '黄',
  '⻪': '黾',
  '⻬': '齐',
  '⻮': '齿',
  '⻯': '龙',
  '⻰': '龙',
  '⻳': '龟',
}

/**
 * The text with radicals standing for ideographs replaced, and how many were.
 * @example unifyRadicals('中华⼈⺠共和国').text // '中华人民共和国'
 */
export function unifyRadicals(text: string): { text: string; replaced: number } {
  let replaced = 0
  const out = text.replace(/[\u2e80-\u2ef3\u2f00-\u2fd5]/g, (ch) => {
    const unified = SUPPLEMENT[ch] ?? (ch >= '\u2f00' ? ch.normalize('NFKC') : ch)
    if (unified !== ch && unified.length === 1) {
      replaced++
      return unified
    }
    return ch
  })
  return { text: out, replaced }
}

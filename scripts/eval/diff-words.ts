/**
 * The diff's Chinese words measured on the Chinese gold pairs (issue 12): the
 * same rows diffed on jieba's words (the default) and on Intl.Segmenter's,
 * in the same run. For each: the changed spans (a run of deleted or inserted
 * text on one side) per changed row, and how many of them begin or end inside
 * a word, by each segmenter's words in turn (a span that keeps 统一 of
 * 和平统一 unchanged cuts jieba's word on purpose, so neither is a verdict alone).
 */
import type { CompareStatement, CompareResult } from '@/lib/compare/types'
import { compareStatements, DEFAULT_COMPARE_OPTIONS } from '@/lib/compare/compare-statements'
import type { ChineseWords } from '@/lib/diff/types'
import { tokenize } from '@/lib/diff/tokenize'
import type { Gold } from '@/lib/eval/gold'

interface SpanCounts {
  changedRows: number
  spans: number
  /** spans with an edge inside a word, by jieba's words and by Intl.Segmenter's */
  cutting: Record<ChineseWords, number>
}

/** The start offsets of the words of `text` (and its length), by one segmenter. */
function wordEdges(text: string, words: ChineseWords): Set<number> {
  const edges = new Set<number>([text.length])
  for (const token of tokenize(text, 'word', 'zh', words)) edges.add(token.from)
  return edges
}

function countSpans(result: CompareResult): SpanCounts {
  const counts: SpanCounts = { changedRows: 0, spans: 0, cutting: { jieba: 0, icu: 0 } }
  for (const row of result.rows) {
    if (!row.a.length || !row.b.length || row.ops.every((op) => op.op === 'equal')) continue
    counts.changedRows++
    for (const side of ['a', 'b'] as const) {
      const printed = row.ops.map((op) => (op.op === 'equal' ? op[side] : op.op === (side === 'a' ? 'delete' : 'insert') ? op[side] : ''))
      const text = printed.join('')
      const edges = { jieba: wordEdges(text, 'jieba'), icu: wordEdges(text, 'icu') }
      let at = 0
      row.ops.forEach((op, k) => {
        const length = (printed[k] as string).length
        if (op.op !== 'equal' && length) {
          counts.spans++
          for (const words of ['jieba', 'icu'] as const)
            if (!edges[words].has(at) || !edges[words].has(at + length)) counts.cutting[words]++
        }
        at += length
      })
    }
  }
  return counts
}

export function reportDiffWords(corpus: ReadonlyMap<string, CompareStatement>, golds: readonly Gold[]): string {
  const lines = [
    "the diff's Chinese words on the Chinese gold pairs, from jieba (now) and from Intl.Segmenter (before): changed spans per changed row, and the share of spans with an edge inside a word by each one's words",
  ]
  const empty = (): SpanCounts => ({ changedRows: 0, spans: 0, cutting: { jieba: 0, icu: 0 } })
  const totals = { jieba: empty(), icu: empty() }
  for (const gold of golds) {
    const a = corpus.get(gold.a.slug)
    const b = corpus.get(gold.b.slug)
    if (!a || !b || (a.language ?? 'zh') !== 'zh') continue
    const cells = (['jieba', 'icu'] as const).map((words) => {
      const counts = countSpans(compareStatements(a, b, DEFAULT_COMPARE_OPTIONS, { chineseWords: words }))
      const total = totals[words]
      total.changedRows += counts.changedRows
      total.spans += counts.spans
      total.cutting.jieba += counts.cutting.jieba
      total.cutting.icu += counts.cutting.icu
      return cell(words, counts)
    })
    lines.push(`  ${gold.name}`, ...cells.map((c) => `    ${c}`))
  }
  lines.push('  all Chinese gold pairs', `    ${cell('jieba', totals.jieba)}`, `    ${cell('icu', totals.icu)}`)
  return lines.join('\n')
}

function cell(words: ChineseWords, counts: SpanCounts): string {
  const label = words === 'jieba' ? 'jieba (now)      ' : 'Intl.Segmenter   '
  const perRow = counts.changedRows ? counts.spans / counts.changedRows : 0
  const share = (words: ChineseWords) => `${((counts.spans ? counts.cutting[words] / counts.spans : 0) * 100).toFixed(1)}%`
  return `${label}${String(counts.changedRows).padStart(4)} changed rows  ${perRow.toFixed(2)} spans per row  cut inside a word: ${share('jieba')} by jieba's words, ${share('icu')} by Intl.Segmenter's`
}

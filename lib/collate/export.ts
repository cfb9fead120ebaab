/**
 * The collation as files a reader takes elsewhere:
 * - CSV for a spreadsheet: one line per family, and per statement its wording
 *   and that wording marked against the base as wdiff does ([-base only-]
 *   {+this statement only+});
 * - TEI parallel segmentation (TEI P5, chapter 12 "Critical Apparatus"), the
 *   format critical editions use: each family an <app> whose <lem> is the
 *   base wording and whose <rdg>s are the other wordings, with the witnesses
 *   (statements) that read each; a statement without the family reads an
 *   empty <rdg>, a reading out of its statement's order says so
 *   (type="moved"), and one the collation is unsure of (held to the family
 *   only by weak links, Cell.unsure) has cert="low".
 */
import { csvCell } from '@/lib/compare/export'
import { cellText, markedCellText } from './cell-text'
import type { CollationResult } from './types'

const isEnglish = (result: CollationResult) => result.statements.every((s) => s.language === 'en')

/** One line per family; UTF-8 with a byte-order mark, so that spreadsheet programs read Chinese correctly. */
export function collateToCsv(result: CollationResult): string {
  const english = isEnglish(result)
  const header = ['family', 'in', 'wordings', 'base']
  result.statements.forEach((s, k) => header.push(`${k + 1} ${s.slug}`, `${k + 1} against base`))
  const lines = [header.map(csvCell).join(',')]
  for (const family of result.families) {
    const row: (string | number)[] = [family.index, family.presence, family.variants, result.statements[family.base]?.slug ?? '']
    for (const cell of family.cells)
      row.push(
        cell ? `${cell.moved ? '(moved) ' : ''}${cell.unsure ? '(unsure) ' : ''}${cellText(cell, english)}` : '',
        cell && cell.variant > 0 ? markedCellText(cell, english) : '',
      )
    lines.push(row.map(csvCell).join(','))
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

/** Text as XML character data or attribute value. */
function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string)
}

/**
 * How many families the file holds and what the whole collation has: the same
 * when nothing is filtered ("68 families of clauses, 19 in every statement, …"),
 * else the families shown out of all ("1 of the 309 families of clauses, those a
 * filter showed; of the 309, 6 in every statement, …").
 */
function familiesSaid(result: CollationResult): string {
  const { all, some, one } = result.counts
  const total = all + some + one
  const spread = `${all} in every statement, ${some} in some, ${one} in one`
  const families = (n: number) => `${n} ${n === 1 ? 'family' : 'families'} of clauses`
  if (result.families.length === total) return `${families(total)}, ${spread}`
  return `${result.families.length} of the ${families(total)}, those a filter showed; of the ${total}, ${spread}`
}

/** The TEI document; witnesses are w1…wN in the statements' order. */
export function collateToTei(result: CollationResult, dates: readonly (string | null)[] = []): string {
  const english = isEnglish(result)
  const witnesses = result.statements
    .map(
      (s, k) =>
        `          <witness xml:id="w${k + 1}">${xml(s.title)}${dates[k] ? ` (${xml(dates[k] as string)})` : ''} <idno type="slug">${xml(s.slug)}</idno></witness>`,
    )
    .join('\n')
  const language = result.statements[0]?.language ?? 'zh'
  const apps = result.families.map((family) => {
    // readings: one per wording and place (in order or moved), with the witnesses that read it
    // (and sure or not: a reading held to the family only by weak links is one the collation is unsure of, cert="low")
    const readings = new Map<string, { text: string; wits: number[]; base: boolean; moved: boolean; unsure: boolean }>()
    const absent: number[] = []
    family.cells.forEach((cell, k) => {
      if (!cell) return absent.push(k)
      const key = `${cell.variant}:${cell.moved ? 1 : 0}:${cell.unsure ? 1 : 0}`
      const reading = readings.get(key) ?? {
        text: cellText(cell, english),
        wits: [],
        base: cell.variant === 0,
        moved: cell.moved,
        unsure: cell.unsure !== undefined,
      }
      reading.wits.push(k)
      readings.set(key, reading)
    })
    const wit = (list: number[]) => list.map((k) => `#w${k + 1}`).join(' ')
    // (the lemma first, as TEI's content model for <app> has it: lem?, then the readings)
    const lemma = (r: { base: boolean; moved: boolean; unsure: boolean }) => r.base && !r.moved && !r.unsure
    const ordered = [...readings.values()].sort((x, y) => Number(lemma(y)) - Number(lemma(x)))
    const lines = ordered.map((r) => {
      const tag = lemma(r) ? 'lem' : 'rdg'
      return `          <${tag} wit="${wit(r.wits)}"${r.moved ? ' type="moved"' : ''}${r.unsure ? ' cert="low"' : ''}>${xml(r.text)}</${tag}>`
    })
    if (absent.length) lines.push(`          <rdg wit="${wit(absent)}"/>`)
    return `      <ab xml:id="f${family.index}" n="${family.index}">\n        <app>\n${lines.join('\n')}\n        </app>\n      </ab>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="${xml(language)}">
  <teiHeader>
    <fileDesc>
      <titleStmt><title>Collation of ${result.statements.length} statements</title></titleStmt>
      <publicationStmt><p>Collated by Tongwen: ${xml(familiesSaid(result))}.</p></publicationStmt>
      <sourceDesc>
        <listWit>
${witnesses}
        </listWit>
      </sourceDesc>
    </fileDesc>
    <encodingDesc><variantEncoding method="parallel-segmentation" location="internal"/></encodingDesc>
  </teiHeader>
  <text>
    <body>
${apps.join('\n')}
    </body>
  </text>
</TEI>
`
}

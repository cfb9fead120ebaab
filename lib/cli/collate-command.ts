/**
 * `npm run cli -- collate <slug…> [--json] [--show all|some|one] [--differs]
 * [--threshold 0.25] [--granularity word|char] [--no-mask]`: the collation
 * of 3 to 20 statements, as text (a line per family, each statement's clause
 * numbers, then every wording other than the base marked against it) or as
 * the API's JSON.
 */
import { parseArgs } from 'node:util'
import type { CliIo } from './io'
import type { Db } from '@/lib/services/database'
import { collate } from '@/lib/services/collate'
import { ServiceError } from '@/lib/services/errors'
import { filterFamilies } from '@/lib/collate/filter-families'
import { cellText, markedCellText } from '@/lib/collate/cell-text'
import type { Cell, CollationResult, Family } from '@/lib/collate/types'
import { parseCollateQuery } from '@/lib/url/collate'
import { invalidFor } from '@/lib/url/params'
import { collateToJson } from '@/lib/views/collate'

const FLAGS = { threshold: '--threshold', granularity: '--granularity', mask: '--no-mask', show: '--show', s: 'the statements' }

export async function collateCommand(db: Db, args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      show: { type: 'string' },
      differs: { type: 'boolean', default: false },
      threshold: { type: 'string' },
      granularity: { type: 'string' },
      'no-mask': { type: 'boolean', default: false },
    },
  })
  if (positionals.length === 0) {
    io.err('Name 3 to 20 statements: npm run cli -- collate <slug> <slug> <slug>… (see npm run cli -- list).')
    return 2
  }
  const parsed = parseCollateQuery({
    s: positionals.join(','),
    show: values.show,
    variant: values.differs ? 'differs' : undefined,
    threshold: values.threshold,
    granularity: values.granularity,
    mask: values['no-mask'] ? '0' : undefined,
  })
  if (!parsed.ok) {
    io.err(invalidFor(parsed, FLAGS))
    return 2
  }
  try {
    // one collation in a process of its own: no size limit (the user asked for it, on their machine), nothing kept
    const { statements, result } = await collate(db, parsed.slugs, parsed.options, { maxClauses: Infinity, keep: 0 })
    if (values.json)
      io.out(
        JSON.stringify(
          collateToJson(
            result,
            statements.map((s) => s.date),
          ),
          null,
          2,
        ),
      )
    else
      io.out(
        formatCollation(
          result,
          filterFamilies(result, parsed.view).map((s) => s.family),
        ),
      )
    return 0
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error
    io.err(error.code === 'not-found' ? `${error.message} See npm run cli -- list.` : error.message)
    return error.code === 'invalid' ? 2 : 1
  }
}

const letter = (k: number) => String.fromCharCode(65 + k)

/** The collation as text: the statements by letter, the counts, then each family shown. */
export function formatCollation(result: CollationResult, families: readonly Family[] = result.families): string {
  const n = result.statements.length
  const english = result.statements.every((s) => s.language === 'en')
  const lines = result.statements.map((s, k) => {
    const m = result.summaries[k]
    return `${letter(k)}: ${s.title} (${s.slug}) — ${m?.clauses} clauses; families: ${m?.inAll} in all, ${m?.inSome} shared with some, ${m?.onlyHere} only here; ${m?.moved.length} moved`
  })
  lines.push(
    `${result.families.length} families: ${result.counts.all} in all ${n}, ${result.counts.some} in some, ${result.counts.one} in only one`,
    '',
  )
  for (const family of families) {
    const where = family.cells
      .map((cell, k) => `${letter(k)}${cell ? cell.clauses.map((c) => c.position + 1).join('+') + (cell.moved ? '↕' : '') : '–'}`)
      .join(' ')
    lines.push(`#f${family.index} in ${family.presence}/${n}, ${family.variants} wording${family.variants === 1 ? '' : 's'}: ${where}`)
    const base = family.cells[family.base] as Cell
    lines.push(`  ${letter(family.base)} (base): ${cellText(base, english)}`)
    family.cells.forEach((cell, k) => {
      if (cell && cell.variant > 0) lines.push(`  ${letter(k)}: ${markedCellText(cell, english)}`)
    })
  }
  return lines.join('\n')
}

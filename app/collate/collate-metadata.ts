import 'server-only'
import type { Metadata } from 'next'
import { MIN_COLLATED } from '@/lib/collate/collate-statements'
import { collateRest } from '@/lib/url/collate'
import { collateHref } from '@/lib/vocab/links'
import { clip, shareMetadata } from '@/app/_lib/share'
import { cellText } from '@/lib/collate/cell-text'
import { columnLabels } from './family-data'
import { loadCollation, readCollateQuery } from './load-collation'

/**
 * The title, description and preview image a shared link shows: the whole
 * collation ("Collation of 4 statements (…): 145 families, 7 in every statement"), or with
 * ?family=12 that family's wordings.
 */
export async function collateMetadata(key: string): Promise<Metadata> {
  const { slugs, options, view } = readCollateQuery(key)
  if (slugs.length < MIN_COLLATED) return { title: 'Collate statements' }
  const loaded = await loadCollation(key)
  if (!loaded.ok)
    return {
      title: loaded.code === 'not-found' ? 'Statement not found' : 'These statements cannot be collated',
      description: loaded.message,
    }
  const { statements, result } = loaded.collation
  const labels = columnLabels(statements)
  const who = statements.map((s, k) => `${labels[k]} (${s.date ?? 'undated'})`).join(', ')
  const family = view.family !== null ? result.families[view.family - 1] : undefined
  const { counts } = result
  const named = `${statements.length} statements (${whose(statements, labels)})`
  const title = family
    ? `Family ${family.index} of a collation of ${named}: in ${family.presence} of ${statements.length}, ${family.variants === 1 ? 'one wording' : `${family.variants} wordings`}`
    : `Collation of ${named}: ${result.families.length} ${result.families.length === 1 ? 'family' : 'families'}, ${counts.all} in every statement`
  const description = family
    ? family.cells
        .flatMap((cell, k) => (cell ? [`${labels[k]}: ${clip(cellText(cell, statements[0]?.language === 'en'), 90)}`] : []))
        .slice(0, 4)
        .join(' / ')
    : `${who}: ${result.families.length} families of clauses — ${counts.all} in every statement, ${counts.some} in some, ${counts.one} in only one.`
  return shareMetadata(
    title,
    description,
    `/collate/image${collateHref(slugs, collateRest(options, { family: family ? family.index : null })).replace(/^\/collate/, '')}`,
  )
}

/** Names shown in a title before "and N more". */
const NAMED_IN_TITLE = 4

/**
 * Whose statements a title names: the parties every statement has, "with" the
 * others' own (China with Kyrgyzstan, Tajikistan and United Arab Emirates),
 * or the speakers of speeches; a label two statements share gets their years,
 * or their dates when they share the year too (习近平 2019-06-05, 习近平
 * 2019-06-14); past NAMED_IN_TITLE, "and N more".
 */
export function whose(
  statements: readonly { date: string | null; speaker: string | null; parties: { code: string; nameEn: string }[] }[],
  labels: readonly string[],
): string {
  const common = (statements[0]?.parties ?? []).filter((p) => statements.every((s) => s.parties.some((q) => q.code === p.code)))
  const year = (k: number) => statements[k]?.date?.slice(0, 4) ?? 'undated'
  const dated = labels.map((label, k) => {
    const same = labels.flatMap((other, j) => (other === label ? [j] : []))
    if (same.length === 1) return label
    return `${label} ${same.filter((j) => year(j) === year(k)).length > 1 ? (statements[k]?.date ?? 'undated') : year(k)}`
  })
  const shown = dated.length > NAMED_IN_TITLE ? [...dated.slice(0, NAMED_IN_TITLE - 1), `${dated.length - NAMED_IN_TITLE + 1} more`] : dated
  const list = shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : (shown[0] ?? '')
  const commonName = common.map((p) => p.nameEn).join('–')
  // speeches are named by their speakers; successive editions of the same parties' statement by the parties and their years alone
  const speeches = statements.every((s) => s.speaker)
  return commonName && !speeches && labels.some((label) => label !== commonName) ? `${commonName} with ${list}` : list
}

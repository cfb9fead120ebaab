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
 * collation ("Collation of 4 statements: 12 families in all"), or with
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
  const title = family
    ? `Family ${family.index} of a collation of ${statements.length} statements: in ${family.presence} of ${statements.length}, ${family.variants === 1 ? 'one wording' : `${family.variants} wordings`}`
    : `Collation of ${statements.length} statements: ${counts.all} ${counts.all === 1 ? 'family' : 'families'} in all`
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

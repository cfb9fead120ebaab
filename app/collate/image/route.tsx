import type { Cell, Family } from '@/lib/collate/types'
import { KeptResults } from '@/lib/kept-results'
import { parseCollateQuery } from '@/lib/url/collate'
import { previewImage, type KeptImages } from '@/app/_lib/preview-image'
import { clipPieces, clipWidth, ImageFrame } from '@/app/_lib/share'
import { wrapUnits } from '@/lib/text/wrap-units'
import { textLang } from '@/lib/text/chars'
import { dateLabel } from '@/app/_components/labels'
import { columnLabels, columnLetter } from '../family-data'
import { collateKey, loadCollation } from '../load-collation'

/** The images this route drew, by ETag (see previewImage). */
const images: KeptImages = new KeptResults(32 * 1024 * 1024)

/** Where a line may break: between ideographs, after a word and its spaces. */

/** A family's shade in the strip: darker the more statements have it. */
const shade = (presence: number, total: number) => (presence === total ? '#1c1917' : presence === 1 ? '#d6d3d1' : '#a8a29e')

/** A cell's own wording (its equal and inserted pieces, the inserted marked), cut to `budget` ems (two lines of 39 ems with four cells, three with three, more with fewer). */
function CellText({ cell, budget }: { cell: Cell; budget: number }) {
  const own = cell.clauses.flatMap((c) => c.pieces.filter((p) => p.op !== 'delete').map((p) => ({ text: p.text, mark: p.op === 'insert' })))
  const shown = clipPieces(own, budget)
  return (
    // one flex item per ideograph or word: Satori has no inline flow
    <div style={{ display: 'flex', flexWrap: 'wrap', fontSize: 22, lineHeight: 1.45, flex: 1 }}>
      {shown.flatMap((piece, k) =>
        wrapUnits(piece.text).map((ch, c) => (
          <span
            key={`${k}-${c}`}
            style={{ whiteSpace: 'pre', ...(piece.mark ? { background: '#d8e8fb', color: '#0b3a75', textDecoration: 'underline' } : {}) }}
          >
            {ch}
          </span>
        )),
      )}
    </div>
  )
}

function FamilyPreview({ family, labels }: { family: Family; labels: string[] }) {
  const cells = family.cells.flatMap((cell, k) => (cell ? [{ cell, k }] : [])).slice(0, 4)
  const budget = cells.length > 3 ? 70 : cells.length > 2 ? 90 : 130
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 14, marginTop: 20, flex: 1 }}>
      {cells.map(({ cell, k }) => (
        <div key={k} style={{ display: 'flex', gap: 16 }}>
          <div style={{ display: 'flex', width: 220, fontSize: 20, color: '#44403c', fontWeight: 700 }}>
            {`${columnLetter(k)} · ${clipWidth(labels[k] ?? '', 16)}${family.base === k ? ' (base)' : ''}`}
          </div>
          <CellText cell={cell} budget={budget} />
        </div>
      ))}
    </div>
  )
}

/**
 * GET /collate/image?s=a,b,c&…: the picture a pasted link to a collation
 * shows — its statements, how many families they share and a strip of the
 * families by presence; with ?family=12, that family's wordings.
 */
export async function GET(request: Request): Promise<Response> {
  const params = Object.fromEntries(new URL(request.url).searchParams)
  const parsed = parseCollateQuery(params)
  if (!parsed.ok) return Response.json({ error: parsed.error }, { status: 400 })
  const loaded = await loadCollation(collateKey(params))
  if (!loaded.ok) return Response.json({ error: loaded.message }, { status: loaded.code === 'not-found' ? 404 : 422 })
  const { statements, result, version } = loaded.collation
  const family = parsed.view.family !== null ? result.families[parsed.view.family - 1] : undefined
  // the page links a family it has; one asked for by hand that the collation lacks is not found
  if (parsed.view.family !== null && !family)
    return Response.json(
      { error: `No family ${parsed.view.family}: this collation has ${result.families.length} families.` },
      { status: 404 },
    )
  const etag = `"${version}-${family?.index ?? 'all'}"`
  return previewImage(request, images, etag, () => {
    const labels = columnLabels(statements)
    const { counts } = result
    const total = statements.length
    const heading = family
      ? `Family ${family.index} · in ${family.presence} of ${total} · ${family.variants === 1 ? 'one wording' : `${family.variants} wordings`}`
      : `${result.families.length} families of clauses`
    const listed = statements.slice(0, 8).map((s, k) => `${columnLetter(k)} · ${clipWidth(labels[k] ?? '', 14)} · ${dateLabel(s.date)}`)
    if (statements.length > 8) listed.push(`and ${statements.length - 8} more`)
    // quotes and apostrophes as the statements' language prints them: full-width in Chinese, proportional in English
    const chinese = statements.some((s) => textLang(s.title) === 'zh-Hans')
    const body = (
      <ImageFrame chinese={chinese}>
        <div
          style={{ display: 'flex', fontSize: 24, color: '#57534e', fontWeight: 700 }}
        >{`Tongwen 同文 · collation of ${total} statements`}</div>
        <div
          style={{
            display: 'flex',
            flexWrap: 'wrap',
            rowGap: 6,
            columnGap: 28,
            marginTop: 16,
            fontSize: family ? 20 : 24,
            color: '#292524',
          }}
        >
          {listed.map((line) => (
            <div key={line} style={{ display: 'flex' }}>
              {line}
            </div>
          ))}
        </div>
        <div style={{ display: 'flex', fontSize: family ? 28 : 40, fontWeight: 700, marginTop: 24 }}>{heading}</div>
        {family ? (
          <FamilyPreview family={family} labels={labels} />
        ) : (
          <div style={{ display: 'flex', gap: 36, marginTop: 'auto', alignItems: 'baseline' }}>
            {(
              [
                [counts.all, 'in every one', shade(total, total)],
                [counts.some, 'in some', shade(2, total)],
                [counts.one, 'in only one', shade(1, total)],
              ] as const
            ).map(([n, label, colour]) => (
              <div key={label} style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
                <div style={{ display: 'flex', width: 22, height: 22, borderRadius: 4, background: colour }} />
                <span style={{ fontSize: 72, fontWeight: 700 }}>{String(n)}</span>
                <span style={{ fontSize: 30, color: '#44403c' }}>{label}</span>
              </div>
            ))}
          </div>
        )}
        <div style={{ display: 'flex', height: 28, marginTop: 24, borderRadius: 4, overflow: 'hidden', border: '1px solid #d6d3d1' }}>
          {result.families.map((f) => (
            <div
              key={f.index}
              style={{
                display: 'flex',
                flexGrow: 1,
                background: shade(f.presence, total),
                borderRight: '1px solid #fafaf9',
                opacity: family && f !== family ? 0.3 : 1,
              }}
            />
          ))}
        </div>
      </ImageFrame>
    )
    const text = [
      `Tongwen 同文 · collation of ${total} statements 0123456789—…·()`,
      heading,
      ...listed,
      'in all in some in only one base',
      ...(family ? family.cells.flatMap((cell) => (cell ? cell.clauses.map((c) => c.text) : [])) : []),
    ].join('')
    return { body, text, chinese }
  })
}

import { STATUS_LABELS } from '@/lib/vocab/row-status'
import { parseCompareQuery } from '@/lib/url/compare'
import { rowStatus, ROW_STATUSES, type RowStatus } from '@/lib/vocab/row-status'
import type { CompareRow } from '@/lib/compare/types'
import { leftApartFrom } from '@/lib/compare/export'
import { previewImage, type KeptImages } from '@/app/_lib/preview-image'
import { clipWidth, clipPieces, ImageFrame } from '@/app/_lib/share'
import { wrapUnits } from '@/lib/text/wrap-units'
import { textLang } from '@/lib/text/chars'
import { dateLabel, kindLabel, whoLabel } from '@/app/_components/labels'
import { loadComparison } from '../load-comparison'
import { KeptResults } from '@/lib/kept-results'

/** The images this route drew, by ETag (see previewImage). */
const images: KeptImages = new KeptResults(32 * 1024 * 1024)

const COLOURS: Record<RowStatus, string> = {
  identical: '#d6d3d1',
  changed: '#fbbf24',
  'a-only': '#f97316',
  'b-only': '#3b82f6',
  moved: '#8b5cf6',
}
/** One side of a row: its text with what only this side has marked. */
function RowSide({ row, side }: { row: CompareRow; side: 'a' | 'b' }) {
  const paired = row.a.length > 0 && row.b.length > 0
  const pieces = paired
    ? row.ops.flatMap((op) =>
        op.op === 'equal'
          ? [{ text: op[side], mark: false }]
          : (op.op === 'delete') === (side === 'a')
            ? [{ text: op[side], mark: true }]
            : [],
      )
    : [{ text: (side === 'a' ? row.a : row.b).map((c) => c.text).join(''), mark: false }]
  // what fits under the row's heading: five lines of about 20 ems (an ideograph is one), less what breaking between words leaves
  const shown = clipPieces(pieces, pieces.some((p) => /\p{Script=Han}/u.test(p.text)) ? 100 : 88)
  if (shown.length === 0 || (side === 'a' ? row.a : row.b).length === 0)
    return <div style={{ display: 'flex', color: '#78716c', fontSize: 26 }}>— no counterpart —</div>
  const markStyle =
    side === 'a'
      ? { background: '#fde2d6', color: '#7a2600', textDecoration: 'line-through' }
      : { background: '#d8e8fb', color: '#0b3a75', textDecoration: 'underline' }
  return (
    // one flex item per ideograph or word: Satori has no inline flow
    <div style={{ display: 'flex', flexWrap: 'wrap', fontSize: 26, lineHeight: 1.5 }}>
      {shown.flatMap((piece, k) =>
        wrapUnits(piece.text).map((ch, c) => (
          <span key={`${k}-${c}`} style={{ ...(piece.mark ? markStyle : {}), whiteSpace: 'pre' }}>
            {ch}
          </span>
        )),
      )}
    </div>
  )
}

/**
 * GET /compare/:a/:b/image?…: the picture a pasted link shows — the two
 * titles, the shared wording and the rows at a glance; with ?row=12, that
 * row's two clauses with their differences.
 */
export async function GET(request: Request, { params }: { params: Promise<{ a: string; b: string }> }): Promise<Response> {
  const { a: slugA, b: slugB } = await params
  const parsed = parseCompareQuery(Object.fromEntries(new URL(request.url).searchParams))
  if (!parsed.ok) return Response.json({ error: parsed.error }, { status: 400 })
  const { threshold, granularity, mask } = parsed.options
  const loaded = await loadComparison(slugA, slugB, threshold, granularity, mask, false)
  if (!loaded) return Response.json({ error: 'No such statement.' }, { status: 404 })
  if (loaded.mismatch !== null) return Response.json({ error: loaded.mismatch }, { status: 422 })
  const { a, b, result } = loaded
  // the page links a row it has (its metadata falls back on the overview); a row asked for by hand that it lacks is not found
  if (parsed.view.row !== null && !result.rows[parsed.view.row - 1])
    return Response.json({ error: `No row ${parsed.view.row}: this comparison has ${result.rows.length} rows.` }, { status: 404 })
  // the image depends on the comparison (its version) and the row shown: a validator a reader's cache can check
  const etag = `"${loaded.version}-${parsed.view.row ?? 'all'}"`
  return previewImage(request, images, etag, () => {
    const row = parsed.view.row !== null ? result.rows[parsed.view.row - 1] : undefined
    const counts = result.counts
    const heading = (statement: typeof a) => `${kindLabel(statement.kind)} · ${dateLabel(statement.date)} · ${whoLabel(statement)}`
    // quotes and apostrophes as the statements' language prints them: full-width in Chinese, proportional in English
    const chinese = textLang(a.title + b.title) === 'zh-Hans'
    const body = (
      <ImageFrame chinese={chinese}>
        <div style={{ display: 'flex', fontSize: 24, color: '#57534e', fontWeight: 700 }}>Tongwen 同文 · statements side by side</div>
        <div style={{ display: 'flex', gap: 40, marginTop: 24 }}>
          {[a, b].map((statement, k) => (
            <div key={k} style={{ display: 'flex', flexDirection: 'column', flex: 1 }}>
              <div style={{ display: 'flex', fontSize: 20, color: '#57534e' }}>{`${k === 0 ? 'A' : 'B'} · ${heading(statement)}`}</div>
              <div style={{ display: 'flex', fontSize: row ? 26 : 34, fontWeight: 700, marginTop: 8, lineHeight: 1.3 }}>
                {/* two lines beside a row, three on the overview */}
                {clipWidth(statement.title, row ? 38 : 44)}
              </div>
            </div>
          ))}
        </div>
        {row ? (
          <div style={{ display: 'flex', flexDirection: 'column', marginTop: 24, flex: 1 }}>
            <div
              style={{ display: 'flex', fontSize: 24, color: '#44403c', fontWeight: 700 }}
            >{`Row ${row.index} · ${STATUS_LABELS[rowStatus(row)]}${row.a.length && row.b.length ? ` · ${Math.round(row.score * 100)}% similar` : ''}${row.unsure ? ' · unsure' : ''}${row.apart ? ` · left apart from ${leftApartFrom(row)}` : ''}`}</div>
            <div style={{ display: 'flex', gap: 40, marginTop: 12, overflow: 'hidden' }}>
              <div style={{ display: 'flex', flex: 1 }}>
                <RowSide row={row} side="a" />
              </div>
              <div style={{ display: 'flex', flex: 1 }}>
                <RowSide row={row} side="b" />
              </div>
            </div>
          </div>
        ) : (
          <div style={{ display: 'flex', flexDirection: 'column', marginTop: 'auto' }}>
            <div style={{ display: 'flex', alignItems: 'baseline', gap: 16 }}>
              <span style={{ fontSize: 96, fontWeight: 700 }}>{`${Math.round(result.similarity * 100)}%`}</span>
              <span style={{ fontSize: 36, color: '#44403c' }}>shared wording</span>
            </div>
            <div style={{ display: 'flex', gap: 28, fontSize: 24, color: '#44403c', marginTop: 8 }}>
              {ROW_STATUSES.map((status) => (
                <div key={status} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
                  <div style={{ display: 'flex', width: 18, height: 18, borderRadius: 3, background: COLOURS[status] }} />
                  {`${counts[status]} ${STATUS_LABELS[status]}`}
                </div>
              ))}
            </div>
          </div>
        )}
        <div style={{ display: 'flex', height: 28, marginTop: 24, borderRadius: 4, overflow: 'hidden', border: '1px solid #d6d3d1' }}>
          {result.rows.map((r) => (
            <div
              key={r.index}
              style={{
                display: 'flex',
                flexGrow: Math.max(
                  20,
                  [...r.a, ...r.b].reduce((n, c) => n + c.text.length, 0),
                ),
                background: COLOURS[rowStatus(r)],
                borderRight: '1px solid #fafaf9',
                opacity: row && r !== row ? 0.35 : 1,
              }}
            />
          ))}
        </div>
      </ImageFrame>
    )
    const text = [
      'Tongwen 同文 · statements side by side 0123456789%—…·',
      a.title,
      b.title,
      heading(a),
      heading(b),
      ...(row ? [...row.a, ...row.b].map((c) => c.text) : []),
    ].join('')
    return { body, text, chinese }
  })
}

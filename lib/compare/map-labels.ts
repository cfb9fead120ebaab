/**
 * Names for the statements on the corpus map that tell each apart at a
 * glance: the date and the partner (the parties other than the one most of the
 * map's statements have, the host: China, the United States; for a speech
 * the speaker and the place), then the kind, and where two statements still
 * read the same (two China–Russia joint statements of one day), the words of
 * their titles that differ.
 */

export interface MapLabelInput {
  title: string
  kind: string
  date: string | null
  place: string | null
  speaker: string | null
  /** English names, in the statement's order (the host or China first) */
  parties: string[]
}

export interface MapLabel {
  /** "2019-06-05 · Russia", "2019-06-05 · 习近平, 莫斯科" */
  name: string
  /** "Joint statement · 加强当代全球战略稳定", "Speech" */
  detail: string
}

/** At most this many characters of a title tell two statements apart. */
const TITLE_CUE = 14

/** The words of a title the other titles do not share: their common beginning and end cut off. */
function distinctPart(title: string, others: readonly string[]): string {
  const chars = [...title]
  let head = 0
  let tail = 0
  for (const other of others) {
    const o = [...other]
    let h = 0
    while (h < chars.length && h < o.length && chars[h] === o[h]) h++
    let t = 0
    while (t < chars.length - h && t < o.length - h && chars[chars.length - 1 - t] === o[o.length - 1 - t]) t++
    head = Math.max(head, h)
    tail = Math.max(tail, t)
  }
  const middle = chars
    .slice(head, chars.length - tail)
    .join('')
    .replace(/^(关于|的)/, '')
    .replace(/的$/, '')
  const part = middle || title
  return [...part].length > TITLE_CUE ? `${[...part].slice(0, TITLE_CUE - 1).join('')}…` : part
}

/**
 * A label for each statement, in the given order.
 * @example mapLabels([{ title: '…', kind: 'joint-statement', date: '2019-06-13', place: '比什凯克', speaker: null, parties: ['China', 'Kyrgyzstan'] }], kindLabel)
 * // [{ name: '2019-06-13 · Kyrgyzstan', detail: 'Joint statement' }]
 */
export function mapLabels(statements: readonly MapLabelInput[], kindLabel: (kind: string) => string): MapLabel[] {
  // how many statements each party is in: of a statement's parties, the most common is the host, left out of its name
  // (walkthrough: the first party had been, which named the ASEAN–U.S. statement "United States")
  const uses = new Map<string, number>()
  for (const s of statements) for (const party of new Set(s.parties)) uses.set(party, (uses.get(party) ?? 0) + 1)
  const base = statements.map((s) => {
    const host = s.parties.reduce<string | null>(
      (best, party) => (best === null || (uses.get(party) ?? 0) > (uses.get(best) ?? 0) ? party : best),
      null,
    )
    const partner = s.speaker
      ? [s.speaker, s.place].filter(Boolean).join(', ')
      : s.parties.filter((party) => party !== host).join('–') || s.parties[0] || s.place || '—'
    return { name: `${s.date ?? 'undated'} · ${partner}`, kind: kindLabel(s.kind) }
  })
  return base.map((label, k) => {
    const twins = base.flatMap((other, j) =>
      j !== k && other.name === label.name && other.kind === label.kind ? [statements[j]?.title ?? ''] : [],
    )
    const cue = twins.length > 0 ? distinctPart(statements[k]?.title ?? '', twins) : null
    return { name: label.name, detail: cue ? `${label.kind} · ${cue}` : label.kind }
  })
}

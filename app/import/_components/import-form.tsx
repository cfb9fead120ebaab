'use client'

import { useState, type FormEvent } from 'react'
import type { FilePreview, PreviewStatement } from '@/lib/services/import-file'
import { KIND_LABELS } from '@/lib/vocab/statement-kinds'
import { statementHref } from '@/lib/vocab/links'
import { sameDateWords } from '@/lib/vocab/same-date'
import { headedSectionsInWords, printedSectionName } from '@/lib/vocab/section-name'
import { positionKey, standIn } from './stand-in'

type FileResult<T> = { name: string; ok: true } & T
type FileFailure = { name: string; ok: false; error: string }
type PreviewResponse = { files: (FileResult<{ preview: FilePreview }> | FileFailure)[] }
type ImportResponse = {
  files: (
    FileResult<{ imported: string[]; present: string[]; doubts: { slug: string; message: string }[]; detail: string }> | FileFailure
  )[]
  /** what failed after the statements were saved */
  problem?: string
}

/** The fields a reader may correct before saving, as the form holds them. */
interface Edit {
  skip: boolean
  title: string
  kind: string
  date: string
  place: string
  speaker: string
  parties: string
}

const KINDS = Object.entries(KIND_LABELS)

const initialEdit = (s: PreviewStatement): Edit => ({
  // a statement already there, or its text in another form, is left out unless the reader takes it
  skip: s.present !== null || s.sameAs !== null || s.sameInImport !== null,
  title: s.title,
  kind: s.kind,
  date: s.date ?? '',
  place: s.place ?? '',
  speaker: s.speaker ?? '',
  parties: s.parties.map((p) => p.code).join(', '),
})

/** Only what the reader changed is sent: the rest stays as the importer read it. */
function changes(s: PreviewStatement, edit: Edit): Record<string, unknown> {
  const original = initialEdit(s)
  const out: Record<string, unknown> = {}
  if (edit.skip) out.skip = true
  for (const key of ['title', 'kind', 'date', 'place', 'speaker', 'parties'] as const) if (edit[key] !== original[key]) out[key] = edit[key]
  return out
}

async function post<T>(url: string, body: FormData, csrf: string): Promise<{ ok: true; data: T } | { ok: false; error: string }> {
  try {
    const response = await fetch(url, { method: 'POST', body, headers: { 'x-csrf-token': csrf, accept: 'application/json' } })
    const data = (await response.json()) as T & { error?: string }
    if (!response.ok && data.error && !('files' in data)) return { ok: false, error: data.error }
    return { ok: true, data }
  } catch {
    return { ok: false, error: 'The server could not be reached; try again.' }
  }
}

/**
 * Choose files or paste text → preview with editable metadata → import. The
 * browser keeps the chosen files between the two steps; the server keeps
 * nothing until the import.
 */
export function ImportForm({ csrf, maxMb, parties }: { csrf: string; maxMb: number; parties: { code: string; name: string }[] }) {
  const [files, setFiles] = useState<File[]>([])
  const [text, setText] = useState('')
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [preview, setPreview] = useState<PreviewResponse | null>(null)
  const [edits, setEdits] = useState<Edit[][]>([])
  const [result, setResult] = useState<ImportResponse | null>(null)
  // the statements whose "Do not import" box the reader set, which a copy's box never overrides
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set())

  const form = (withEdits: boolean) => {
    const body = new FormData()
    for (const file of files) body.append('files', file)
    if (text.trim()) body.append('text', text)
    if (withEdits && preview) {
      const all: Record<number, Record<number, Record<string, unknown>>> = {}
      preview.files.forEach((file, f) => {
        if (!file.ok) return
        file.preview.statements.forEach((s, k) => {
          const change = changes(s, edits[f]?.[k] ?? initialEdit(s))
          if (Object.keys(change).length) (all[f] ??= {})[k] = change
        })
      })
      body.append('edits', JSON.stringify(all))
    }
    return body
  }

  async function onPreview(event: FormEvent) {
    event.preventDefault()
    setError(null)
    setResult(null)
    const large = files.find((file) => file.size > maxMb * 1024 * 1024)
    if (large) return setError(`${large.name} is over the import limit of ${maxMb} MB: split it, or import it with npm run cli -- import.`)
    if (files.length === 0 && !text.trim()) return setError('Choose a file or paste some text first.')
    setBusy('preview')
    const response = await post<PreviewResponse>('/api/import/preview', form(false), csrf)
    setBusy(null)
    if (!response.ok) return setError(response.error)
    setPreview(response.data)
    setTouched(new Set())
    setEdits(response.data.files.map((file) => (file.ok ? file.preview.statements.map(initialEdit) : [])))
  }

  async function onImport() {
    setError(null)
    setBusy('import')
    const response = await post<ImportResponse>('/api/import', form(true), csrf)
    setBusy(null)
    if (!response.ok) return setError(response.error)
    setResult(response.data)
    setPreview(null)
  }

  const previewFiles = preview
    ? preview.files.map((file) => (file.ok ? { name: file.name, statements: file.preview.statements } : null))
    : []

  const update = (f: number, k: number, field: keyof Edit, value: string | boolean) => {
    const changed = new Map([[positionKey(f, k), { [field]: value }]])
    if (field === 'skip') {
      // leaving out the first of two copies takes the other in its place, and taking it back leaves the copy out again
      const other = standIn(previewFiles, f, k, touched)
      if (other) changed.set(positionKey(...other), { skip: !value })
      setTouched((current) => new Set(current).add(positionKey(f, k)))
    }
    setEdits((current) => current.map((file, i) => file.map((edit, j) => ({ ...edit, ...changed.get(positionKey(i, j)) }))))
  }

  /** For a later copy: whether it is imported in place of the earlier one, which the reader left out. */
  const standsIn = (f: number, k: number) => {
    const ref = previewFiles[f]?.statements[k]?.sameInImport
    if (!ref || edits[f]?.[k]?.skip) return false
    const g = previewFiles.findIndex((file) => file?.name === ref.file)
    return g >= 0 && edits[g]?.[ref.index]?.skip === true
  }

  const toImport = preview
    ? preview.files.reduce((n, file, f) => n + (file.ok ? file.preview.statements.filter((_, k) => !edits[f]?.[k]?.skip).length : 0), 0)
    : 0
  // a statement taken with its title cleared cannot be saved: said on its card, and the import waits (walkthrough: a 422 above the results)
  const untitled = preview
    ? preview.files.reduce(
        (n, file, f) =>
          n + (file.ok ? file.preview.statements.filter((_, k) => !edits[f]?.[k]?.skip && edits[f]?.[k]?.title.trim() === '').length : 0),
        0,
      )
    : 0

  return (
    <div className="space-y-5">
      <form onSubmit={onPreview} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
        <label className="block space-y-1 text-sm">
          <span className="font-medium">Files</span>
          <input
            type="file"
            multiple
            accept=".txt,.text,.md,.markdown,.pdf,.docx,.html,.htm,.xhtml,text/plain,text/markdown,application/pdf,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(event) => setFiles(Array.from(event.target.files ?? []))}
            className="block w-full text-sm file:mr-3 file:rounded file:border file:border-stone-300 file:bg-stone-50 file:px-3 file:py-1"
          />
          <span className="text-stone-600">PDF, Word (.docx), web page, text or Markdown; up to {maxMb} MB in all.</span>
        </label>
        <label className="block space-y-1 text-sm">
          <span className="font-medium">Or paste text</span>
          <textarea
            value={text}
            onChange={(event) => setText(event.target.value)}
            rows={6}
            placeholder="中华人民共和国和……联合声明 / Joint Statement between …"
            className="w-full rounded border border-stone-300 p-2 font-mono text-sm"
          />
        </label>
        <button
          type="submit"
          disabled={busy !== null}
          className="rounded-md bg-stone-900 px-4 py-2 text-sm font-medium text-white hover:bg-stone-700 disabled:opacity-60"
        >
          {busy === 'preview' ? 'Reading…' : 'Preview'}
        </button>
      </form>

      {error ? (
        <p role="alert" className="rounded-lg border border-orange-300 bg-orange-50 p-3 text-orange-950">
          {error}
        </p>
      ) : null}

      {preview ? (
        <section aria-labelledby="preview-heading" className="space-y-4">
          <h2 id="preview-heading" className="text-lg font-semibold">
            What Tongwen found
          </h2>
          {preview.files.map((file, f) =>
            !file.ok ? (
              <div key={f} role="alert" className="rounded-lg border border-orange-300 bg-white p-4">
                <p className="font-medium">{file.name}</p>
                <p className="text-orange-900">{file.error}</p>
              </div>
            ) : (
              <div key={f} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
                <p className="font-medium">
                  {file.name}{' '}
                  <span className="font-normal text-stone-600">
                    · {file.preview.detail} · {file.preview.statements.length} statement{file.preview.statements.length === 1 ? '' : 's'}
                  </span>
                </p>
                {file.preview.statements.map((s, k) => (
                  <StatementCard
                    key={k}
                    statement={s}
                    edit={edits[f]?.[k] ?? initialEdit(s)}
                    repairs={file.preview.repairs}
                    onChange={(field, value) => update(f, k, field, value)}
                    standsIn={standsIn(f, k)}
                    id={`s-${f}-${k}`}
                  />
                ))}
              </div>
            ),
          )}
          <datalist id="party-names">
            {parties.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </datalist>
          <button
            type="button"
            onClick={onImport}
            disabled={busy !== null || toImport === 0 || untitled > 0}
            className="rounded-md bg-stone-900 px-4 py-2 text-sm font-medium text-white hover:bg-stone-700 disabled:opacity-60"
          >
            {busy === 'import' ? 'Importing…' : `Import ${toImport} statement${toImport === 1 ? '' : 's'}`}
          </button>
          {untitled > 0 ? (
            <p className="text-sm text-orange-900" role="status">
              {untitled === 1 ? 'A statement has' : `${untitled} statements have`} no title: type one on{' '}
              {untitled === 1 ? 'its card' : 'their cards'}, or leave {untitled === 1 ? 'it' : 'them'} out.
            </p>
          ) : null}
        </section>
      ) : null}

      {result ? <Results result={result} /> : null}
    </div>
  )
}

/** What the import will read again from a retyped title, of the fields the reader has not set. */
function rereadSentence(fields: readonly ('kind' | 'parties')[]): string {
  const what =
    fields.length === 2
      ? 'The kind, and the parties if it names them,'
      : fields[0] === 'kind'
        ? 'The kind'
        : 'The parties, if it names them,'
  return `${what} will be read again from the new title when you import, as from a title in the text; set ${fields.length === 2 ? 'them' : 'it'} here to keep your own.`
}

function StatementCard({
  statement: s,
  edit,
  repairs,
  onChange,
  standsIn,
  id,
}: {
  statement: PreviewStatement
  edit: Edit
  repairs: string[]
  onChange: (field: keyof Edit, value: string | boolean) => void
  /** a later copy taken because the reader left the earlier one out */
  standsIn: boolean
  id: string
}) {
  const field = 'flex flex-col gap-1 text-sm'
  const input = 'rounded border border-stone-300 px-2 py-1'
  // a doubt about a field the reader has changed is settled, as the import will record it
  const changed = new Set(Object.keys(changes(s, edit)))
  const notes = [
    ...repairs.map((message) => ({ kind: 'repair', message })),
    ...s.notes.filter((note) => !note.about || !changed.has(note.about)),
  ]
  // a title typed in is read again on import for what the parser reads from a title
  const rereads = changed.has('title') ? (['kind', 'parties'] as const).filter((key) => !changed.has(key)) : []
  return (
    <fieldset
      className={`space-y-3 rounded-md border p-3 ${edit.skip ? 'border-stone-200 bg-stone-50 opacity-70' : 'border-stone-300'}`}
      aria-labelledby={`${id}-legend`}
    >
      <legend id={`${id}-legend`} className="px-1 text-sm font-semibold">
        Statement {s.index + 1} · {languageOf(s)} · {headedSectionsInWords(s.sections)} · {s.clauses} clause{s.clauses === 1 ? '' : 's'}
        {s.present ? (
          <>
            {' '}
            ·{' '}
            <a href={statementHref(s.present)} className="text-blue-800 underline">
              already imported
            </a>
          </>
        ) : null}
      </legend>
      {s.sameAs ? (
        <p className="text-sm text-orange-900">
          The same text as{' '}
          <a href={statementHref(s.sameAs.slug)} className="underline">
            {s.sameAs.title}
          </a>
          , {sameDateWords(s.date, s.sameAs.date)}: {Math.round(s.sameAs.share * 100)}% of its clauses word for word. Importing it makes a
          second copy; take it only if it is another release of the statement, to compare the two.
        </p>
      ) : null}
      {s.sameInImport ? (
        <p className="text-sm text-orange-900">
          The same text as statement {s.sameInImport.index + 1} of {s.sameInImport.file}, in this import, {sameDateWords(s.date)}:{' '}
          {Math.round(s.sameInImport.share * 100)}% of its clauses word for word.{' '}
          {standsIn
            ? `That statement is left out, so this copy is imported in its place.`
            : 'Importing both makes two copies; take this one only if it is another release of the statement.'}
        </p>
      ) : null}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={edit.skip} onChange={(event) => onChange('skip', event.target.checked)} />
        Do not import this statement
      </label>
      <div className="grid gap-3 md:grid-cols-2">
        <label className={`${field} md:col-span-2`}>
          <span className="text-stone-600">Title</span>
          <input
            value={edit.title}
            onChange={(event) => onChange('title', event.target.value)}
            className={input}
            lang={langOf(s)}
            maxLength={300}
            aria-invalid={!edit.skip && edit.title.trim() === '' ? true : undefined}
            aria-describedby={!edit.skip && edit.title.trim() === '' ? `${id}-title-missing` : undefined}
          />
          {!edit.skip && edit.title.trim() === '' ? (
            <span id={`${id}-title-missing`} className="text-orange-900">
              Type a title: a statement needs one (up to 300 characters).
            </span>
          ) : null}
        </label>
        <label className={field}>
          <span className="text-stone-600">Kind</span>
          <select value={edit.kind} onChange={(event) => onChange('kind', event.target.value)} className={`${input} bg-white`}>
            {KINDS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className={field}>
          <span className="text-stone-600">Date</span>
          <input type="date" value={edit.date} onChange={(event) => onChange('date', event.target.value)} className={input} />
        </label>
        <label className={field}>
          <span className="text-stone-600">Place</span>
          <input value={edit.place} onChange={(event) => onChange('place', event.target.value)} className={input} />
        </label>
        <label className={field}>
          <span className="text-stone-600">Parties (codes or names, comma-separated)</span>
          <input value={edit.parties} onChange={(event) => onChange('parties', event.target.value)} list="party-names" className={input} />
        </label>
        {s.kind === 'speech' || edit.speaker ? (
          <label className={field}>
            <span className="text-stone-600">Speaker</span>
            <input value={edit.speaker} onChange={(event) => onChange('speaker', event.target.value)} className={input} />
          </label>
        ) : null}
      </div>
      <p className="text-xs text-stone-600">
        Sections:{' '}
        {s.sections
          .map((section) => `${printedSectionName(section.label, section.heading) || 'preamble'} (${section.clauses})`)
          .join(' · ')}
      </p>
      <p className="line-clamp-2 text-sm text-stone-700" lang={langOf(s)}>
        {s.opening.join(s.language === 'en' ? ' ' : '')}
      </p>
      {rereads.length ? <p className="text-sm text-stone-600">{rereadSentence(rereads)}</p> : null}
      {notes.length ? (
        <ul className="space-y-0.5 text-sm">
          {notes.map((note, k) => (
            <li key={k} className={note.kind === 'doubt' ? 'text-orange-900' : 'text-stone-600'}>
              <span className="font-semibold">{note.kind === 'doubt' ? 'Doubt' : 'Repair'}:</span> {note.message}
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  )
}

function Results({ result }: { result: ImportResponse }) {
  return (
    <section aria-labelledby="result-heading" role="status" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="result-heading" className="text-lg font-semibold">
        Imported
      </h2>
      {result.problem ? <p className="text-sm text-orange-900">{result.problem}</p> : null}
      {result.files.map((file, f) => (
        <div key={f} className="text-sm">
          <p className="font-medium">{file.name}</p>
          {!file.ok ? (
            <p className="text-orange-900">{file.error}</p>
          ) : (
            <ul className="list-disc pl-5">
              {file.imported.map((slug) => (
                <li key={slug}>
                  new:{' '}
                  <a href={statementHref(slug)} className="text-blue-800 underline">
                    {slug}
                  </a>
                </li>
              ))}
              {file.present.map((slug) => (
                <li key={slug}>
                  already there:{' '}
                  <a href={statementHref(slug)} className="text-blue-800 underline">
                    {slug}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  )
}

/** The card's language: "Spanish, read as English" for a text printed in a language Tongwen does not read. */
function languageOf(s: Pick<PreviewStatement, 'language' | 'printedIn'>): string {
  const read = s.language === 'en' ? 'English' : 'Chinese'
  return s.printedIn ? `${s.printedIn.name}, read as ${read}` : read
}

/** The `lang` of a statement's text, so that it is spoken and hyphenated in its own language. */
function langOf(s: Pick<PreviewStatement, 'language' | 'printedIn'>): string {
  return s.printedIn?.tag ?? (s.language === 'en' ? 'en' : 'zh-Hans')
}

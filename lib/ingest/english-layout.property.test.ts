/**
 * Property tests of English layout (issue 11), on real statements of the
 * collection: a statement re-wrapped at any width, with no-break spaces in
 * place of spaces, or with Markdown emphasis added, gives the same clauses.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readManifest, COLLECTIONS_DIR } from '@/lib/collections/bundled'
import { parseStatements } from './parse-statements'

const ROOT = path.join(import.meta.dirname, '../..')
const COLLECTION = 'whitehouse-2021-2022'
const entries = readManifest(COLLECTION, ROOT).statements.filter((entry) => entry.split === 'tune')

/** The clauses of the body paragraphs of a statement, as the importer reads it. */
function clausesOf(text: string, fileName: string): string[] {
  const result = parseStatements(text, { fileName })
  if (!result.ok) throw new Error(result.error)
  return result.statements.flatMap((s) => s.sections.flatMap((x) => x.clauses.map((c) => c.text)))
}

/** Paragraphs of plain text: the body with its own wrapping undone, one paragraph per string. */
function paragraphsOf(file: string): { title: string; paragraphs: string[] } {
  const text = readFileSync(path.join(ROOT, COLLECTIONS_DIR, COLLECTION, file), 'utf8')
  const result = parseStatements(text, { fileName: file })
  if (!result.ok) throw new Error(result.error)
  const statement = result.statements[0]
  if (!statement) throw new Error(`${file}: no statement`)
  const paragraphs: string[] = []
  let current = -1
  for (const section of statement.sections) {
    for (const clause of section.clauses) {
      if (clause.paragraph !== current) {
        paragraphs.push(clause.text)
        current = clause.paragraph
      } else paragraphs[paragraphs.length - 1] += ` ${clause.text}`
    }
  }
  return { title: statement.title, paragraphs }
}

function wrap(paragraph: string, width: number): string {
  const lines: string[] = []
  let line = ''
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines.join('\n')
}

const SEED = 20261130
const sample = fc.constantFrom(...entries.slice(0, 40).map((entry) => entry.file))

describe('English layout on real statements', () => {
  it('gives the same clauses whatever the width the text is wrapped at', () => {
    fc.assert(
      fc.property(sample, fc.integer({ min: 40, max: 160 }), fc.boolean(), (file, width, blankLines) => {
        const { title, paragraphs } = paragraphsOf(file)
        const flat = [title, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n')
        const wrapped = [title, '', ...paragraphs.map((p) => wrap(p, width))].join(blankLines ? '\n\n' : '\n\n  \u00a0\n')
        expect(clausesOf(wrapped, file)).toEqual(clausesOf(flat, file))
      }),
      { seed: SEED, numRuns: 25 },
    )
  })

  it('gives the same clauses with no-break spaces for spaces, and with Markdown emphasis on words', () => {
    fc.assert(
      fc.property(sample, fc.double({ min: 0, max: 0.3, noNaN: true }), fc.constantFrom('**', '_', '*'), (file, share, mark) => {
        const { title, paragraphs } = paragraphsOf(file)
        const plain = [title, '', ...paragraphs.flatMap((p) => [wrap(p, 72), ''])].join('\n')
        let n = 0
        const damaged = [
          title,
          '',
          ...paragraphs.flatMap((p) => [
            wrap(p, 72)
              .split(' ')
              .map((word) => {
                n++
                // emphasis on whole words only, as Markdown writes it
                if (n % 7 === 0 && /^[A-Za-z]+$/.test(word)) return `${mark}${word}${mark}`
                return word
              })
              .join(n % 3 === 0 && share > 0.1 ? '\u00a0' : ' '),
            '',
          ]),
        ].join('\n')
        expect(clausesOf(damaged, file)).toEqual(clausesOf(plain, file))
      }),
      { seed: SEED, numRuns: 25 },
    )
  })
})

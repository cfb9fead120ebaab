/**
 * Files are read in a worker thread within a time and memory budget (issue
 * 18, finding 4): over either, the reading is stopped and the failure is one
 * line naming the limit; the next file is read as usual.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { manyClauseStatement } from '@/lib/scale/hostile-inputs'
import { readFileInWorker } from './run-read-file'

const FIXTURE = readFileSync(path.join(import.meta.dirname, '../../test/fixtures/import/kyrgyzstan-2019-en.docx'))
const utf8 = (text: string) => new TextEncoder().encode(text)

describe('readFileInWorker', () => {
  it('reads an ordinary file', async () => {
    const result = await readFileInWorker('kyrgyzstan-2019-en.docx', FIXTURE)
    expect(result).toMatchObject({ ok: true, file: { format: 'docx', statements: [expect.objectContaining({ language: 'en' })] } })
  }, 60_000)

  it('refuses a statement of more clauses than the limit, naming it', async () => {
    const result = await readFileInWorker('huge.txt', utf8(manyClauseStatement(400)), { maxStatementClauses: 300 })
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/ has 40\d clauses, over the limit of 300 for one statement \(TONGWEN_MAX_STATEMENT_CLAUSES\)\.$/),
    })
  }, 60_000)

  it('refuses a statement of more characters than the limit, naming it', async () => {
    const result = await readFileInWorker('long.txt', utf8(manyClauseStatement(200)), { maxStatementChars: 5_000 })
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/characters, over the limit of 5,000 for one statement \(TONGWEN_MAX_STATEMENT_CHARS\)\.$/),
    })
  }, 60_000)

  it('stops a reading over its time budget, then reads the next file', async () => {
    const result = await readFileInWorker('slow.txt', utf8(manyClauseStatement(2_900)), { importTimeoutMs: 50 })
    expect(result).toEqual({
      ok: false,
      error: 'Reading the file took longer than 50 ms (TONGWEN_IMPORT_TIMEOUT_S) and was stopped; nothing was saved.',
    })
    expect(await readFileInWorker('kyrgyzstan-2019-en.docx', FIXTURE)).toMatchObject({ ok: true })
  }, 60_000)

  it('stops a reading over its memory budget, and the process lives on', async () => {
    const result = await readFileInWorker('big.txt', utf8(manyClauseStatement(200_000)), {
      importMemoryMb: 80,
      maxTextLines: 1_000_000,
      maxStatementClauses: 1_000_000,
      maxStatementChars: 100_000_000,
      importTimeoutMs: 120_000,
    })
    expect(result).toEqual({
      ok: false,
      error: 'Reading the file needed more than 80 MB of memory (TONGWEN_IMPORT_MEMORY_MB) and was stopped; nothing was saved.',
    })
    expect(await readFileInWorker('kyrgyzstan-2019-en.docx', FIXTURE)).toMatchObject({ ok: true })
  }, 150_000)
})

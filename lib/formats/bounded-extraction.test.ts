/**
 * Extraction keeps to its bounds whatever the file (issue 18): a zip bomb is
 * refused before anything unpacks it, deep markup before a tree is built, and
 * the text walk is linear in the page's size.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { manyLinesText, nestedHtml, zipBombDocx } from '@/lib/scale/hostile-inputs'
import { extractText } from './extract-text'
import { htmlText, markupDepth } from './html-text'
import { checkZipBudget } from './zip-budget'

const DOCX = readFileSync(path.join(import.meta.dirname, '../../test/fixtures/import/kyrgyzstan-2019-en.docx'))
const BUDGET = { maxUnzippedBytes: 4 * 1024 * 1024, maxZipRatio: 100 }

describe('checkZipBudget', () => {
  it('passes an ordinary Word file', () => {
    expect(checkZipBudget(DOCX, BUDGET)).toMatchObject({ ok: true })
  })

  it('refuses a zip bomb by its directory, naming the limit (issue 18, finding 2)', () => {
    const bomb = zipBombDocx(8 * 1024 * 1024)
    expect(bomb.length).toBeLessThan(20_000)
    expect(checkZipBudget(bomb, BUDGET)).toEqual({
      ok: false,
      error: 'The Word file unpacks to 8 MB, over the limit of 4 MB (TONGWEN_MAX_UNZIPPED_MB): it is not an ordinary document.',
    })
  })

  it('refuses a zip bomb whose directory lies, without unpacking past the limit', () => {
    expect(checkZipBudget(zipBombDocx(8 * 1024 * 1024, { lie: true }), BUDGET)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/TONGWEN_MAX_UNZIPPED_MB/),
    })
  })

  it('refuses a ratio no document has, within the size limit', () => {
    expect(checkZipBudget(zipBombDocx(3 * 1024 * 1024), BUDGET)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^The Word file is compressed \d+ to 1, over the limit of 100 to 1 \(TONGWEN_MAX_ZIP_RATIO\)/),
    })
  })

  describe('edge cases', () => {
    it('calls a file with no directory damaged', () => {
      expect(checkZipBudget(DOCX.subarray(0, 500), BUDGET)).toMatchObject({ ok: false, error: expect.stringMatching(/damaged/) })
    })
  })
})

describe('extractText', () => {
  it('refuses the zip bomb through the ordinary path', async () => {
    expect(await extractText('bomb.docx', zipBombDocx(60 * 1024 * 1024))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/TONGWEN_MAX_UNZIPPED_MB/),
    })
  })

  it('refuses deeply nested markup before building a tree (finding 3)', async () => {
    const result = await extractText('deep.html', new TextEncoder().encode(nestedHtml(200_000)))
    expect(result).toEqual({
      ok: false,
      error: 'The web page nests its elements more than 200 deep (TONGWEN_MAX_HTML_DEPTH): save it as text and import that.',
    })
  })

  it('refuses text of more lines than the limit (finding 4)', async () => {
    expect(await extractText('lines.txt', new TextEncoder().encode(manyLinesText(60_000)))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^The text has 60,002 lines, over the limit of 50,000 \(TONGWEN_MAX_TEXT_LINES\)/),
    })
  })

  it('reads an ordinary Word file within the default bounds', async () => {
    expect(await extractText('kyrgyzstan-2019-en.docx', DOCX)).toMatchObject({ ok: true, format: 'docx' })
  })
})

describe('markupDepth', () => {
  it('counts nesting, not sloppy markup', () => {
    expect(markupDepth(nestedHtml(50))).toBe(50)
    expect(markupDepth(`<body>${'<p>unclosed '.repeat(500)}<br><img src=x></body>`)).toBe(0)
    expect(markupDepth('<div><script>if (a<b) "<div><div>"</script></div>')).toBe(2)
  })

  it('is never less than the depth a parser builds, for nested divs and spans (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('<div>', '</div>', '<span>', '</span>', 'x'), { maxLength: 60 }), (tokens) => {
        const html = tokens.join('')
        const { document } = parseHTML(`<html><body>${html}</body></html>`)
        let deepest = 0
        const stack: [Element, number][] = [[document.body as unknown as Element, 0]]
        while (stack.length) {
          const [node, depth] = stack.pop() as [Element, number]
          deepest = Math.max(deepest, depth)
          for (const child of Array.from(node.children)) stack.push([child, depth + 1])
        }
        expect(markupDepth(html)).toBeGreaterThanOrEqual(deepest)
      }),
    )
  })
})

describe('htmlText', () => {
  // how its time grows with the page (1×, 10×, 100×) is measured by npm run bench (html-10x, html-100x), not asserted here
  it('reads a page of 10,000 paragraphs whole', () => {
    const page = `<!doctype html><html><body><article>${'<div><p>The two sides agreed to deepen their cooperation.</p></div>'.repeat(10_000)}</article></body></html>`
    const result = htmlText(page)
    expect(result.ok && result.text.match(/The two sides agreed/g)).toHaveLength(10_000)
  })

  it('reads markup nested to its limit, in order', () => {
    expect(htmlText(nestedHtml(200))).toMatchObject({
      ok: true,
      text: expect.stringContaining('The two sides held talks in Bishkek on 13 June 2019.'),
    })
  })
})

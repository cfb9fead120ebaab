/**
 * `npx tsx scripts/make-import-fixtures.ts`: writes the import fixtures in
 * test/fixtures/import/ from the bundled corpus and the English texts in
 * test/fixtures/import/source/. They are committed, so tests need none of the
 * tools used here: Debian's Chromium (PDFs), iconv (GB18030) and qpdf (the
 * password-protected PDF). Run it again only to change a fixture.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import JSZip from 'jszip'
import { chromium } from 'playwright-core'
import { parseStatements } from '@/lib/ingest/parse-statements'
import type { ParsedStatement } from '@/lib/ingest/types'

const DIR = path.join('test', 'fixtures', 'import')
const CORPUS = readFileSync(path.join('data', 'corpus', 'xinhua-2019-06-xi-state-visits.txt'), 'utf8')
const escape = (text: string) => text.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`)

function corpus(): ParsedStatement[] {
  const result = parseStatements(CORPUS)
  if (!result.ok) throw new Error(result.error)
  return result.statements
}

/** A statement as its paragraphs: section numbers (一、) on their own, clauses joined per paragraph. */
function paragraphs(statement: ParsedStatement): { text: string; heading: boolean }[] {
  const out: { text: string; heading: boolean }[] = []
  for (const section of statement.sections) {
    if (section.label) out.push({ text: `${section.label}、`, heading: true })
    let current = -1
    for (const clause of section.clauses) {
      if (clause.paragraph !== current) out.push({ text: '', heading: false })
      current = clause.paragraph
      ;(out.at(-1) as { text: string }).text += clause.text
    }
  }
  return out
}

/** An English source text as its title, date line and paragraphs. */
function english(name: string) {
  const [title = '', ...rest] = readFileSync(path.join(DIR, 'source', name), 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
  return { title, paragraphs: rest }
}

const PAGE_CSS = `@page { size: A4; margin: 25mm 22mm; }
body { font-family: 'Noto Serif CJK SC', 'Noto Sans CJK SC', serif; font-size: 12pt; line-height: 1.9; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 1.5em; }
p { text-indent: 2em; text-align: justify; margin: 0; }
p.section { text-align: center; text-indent: 0; margin: .8em 0; font-weight: bold; }
p.date { text-align: center; text-indent: 0; margin-bottom: 1em; }
.statement { break-after: page; }`

function chineseHtml(statements: ParsedStatement[]): string {
  const body = statements
    .map(
      (s) =>
        `<div class="statement"><h1>${escape(s.title)}</h1>${paragraphs(s)
          .map((p) => `<p${p.heading ? ' class="section"' : ''}>${escape(p.text)}</p>`)
          .join('')}</div>`,
    )
    .join('')
  return `<!doctype html><html lang="zh"><head><meta charset="utf-8"><style>${PAGE_CSS}</style></head><body>${body}</body></html>`
}

function englishHtml(name: string): string {
  const { title, paragraphs: rest } = english(name)
  const body = rest
    .map((p, k) =>
      k === 0 ? `<p class="date">${escape(p)}</p>` : /^[IVX]+\.$/.test(p) ? `<p class="section">${escape(p)}</p>` : `<p>${escape(p)}</p>`,
    )
    .join('')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${PAGE_CSS} body{font-family:'Noto Serif','DejaVu Serif',serif}</style></head><body><h1>${escape(title)}</h1>${body}</body></html>`
}

/** A saved ministry web page: the statement among navigation, a menu, scripts and event handlers. */
function webPage(statement: ParsedStatement): string {
  const body = paragraphs(statement)
    .map((p) => `<p${p.heading ? ' style="text-align:center"' : ''} onclick="track(this)">${escape(p.text)}</p>`)
    .join('\n')
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(statement.title)}_外交部</title>
<script>function track(e){fetch('/t?'+e.textContent)}; document.cookie='x=1'</script>
<style>.nav{display:flex}</style></head>
<body onload="alert('loaded')">
<header><div class="logo">中华人民共和国外交部</div><nav class="nav"><a href="/">首页</a> <a href="/zyxw">外交部新闻</a> <a href="/wjbz">外交部长</a> <a href="/zwbd">发言人表态</a></nav></header>
<div class="crumb">首页 &gt; 重要新闻</div>
<article><h1>${escape(statement.title)}</h1>
<div class="info">2019-06-16 01:10　来源：新华社 <a href="javascript:print()">打印本页</a></div>
${body}
</article>
<aside><h3>相关新闻</h3><ul><li><a href="/a">习近平出席上海合作组织成员国元首理事会第十九次会议</a></li><li><a href="/b">习近平同塔吉克斯坦总统拉赫蒙会谈</a></li></ul></aside>
<footer>版权所有：中华人民共和国外交部 <img src="x" onerror="alert(document.cookie)"></footer>
<script>document.write('<p>injected</p>')</script>
</body></html>`
}

async function docx(name: string): Promise<Buffer> {
  const { title, paragraphs: rest } = english(name)
  const run = (text: string, bold = false) =>
    `<w:p><w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`
  const zip = new JSZip()
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  )
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  )
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${run(title, true)}${rest.map((p) => run(p)).join('')}</w:body></w:document>`,
  )
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}

async function main(): Promise<void> {
  const statements = corpus()
  const at = (n: number) => statements[n] as ParsedStatement
  const [russia, kyrgyzstan, tajikistan] = [at(0), at(4), at(7)]
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  })
  try {
    const page = await browser.newPage()
    const pdf = async (html: string, file: string) => {
      await page.setContent(html, { waitUntil: 'load' })
      await page.pdf({ path: path.join(DIR, file), format: 'A4', preferCSSPageSize: true })
    }
    // a ministry PDF of two statements, without datelines: Chinese, typeset with indents and justified lines
    await pdf(chineseHtml([kyrgyzstan, tajikistan]), 'kyrgyzstan-tajikistan-2019-zh.pdf')
    await pdf(englishHtml('tajikistan-2019-en.txt'), 'tajikistan-2019-en.pdf')
    // a scan: the first page as a picture, no text layer
    await page.setContent(chineseHtml([kyrgyzstan]), { waitUntil: 'load' })
    const picture = await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: 800, height: 1000 } })
    await pdf(
      `<!doctype html><html><body style="margin:0"><img src="data:image/png;base64,${picture.toString('base64')}" style="width:100%"></body></html>`,
      'scanned.pdf',
    )
  } finally {
    await browser.close()
  }
  execFileSync('qpdf', [
    '--encrypt',
    'secret',
    'secret',
    '256',
    '--',
    path.join(DIR, 'tajikistan-2019-en.pdf'),
    path.join(DIR, 'protected.pdf'),
  ])
  const word = await docx('kyrgyzstan-2019-en.txt')
  writeFileSync(path.join(DIR, 'kyrgyzstan-2019-en.docx'), word)
  writeFileSync(path.join(DIR, 'truncated.docx'), word.subarray(0, Math.floor(word.length / 2)))
  writeFileSync(path.join(DIR, 'tajikistan-2019-zh.html'), webPage(tajikistan))
  // the first China–Russia release as the bundled file has it (extraction damage included), saved in GB18030
  const release = CORPUS.slice(russia.sourceStart, statements[1]?.sourceStart ?? CORPUS.length)
  writeFileSync(path.join(DIR, 'russia-2019-gb18030.txt'), execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: release }))
  // bad input
  writeFileSync(path.join(DIR, 'empty.txt'), '')
  writeFileSync(
    path.join(DIR, 'image-renamed.txt'),
    Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'),
  )
  writeFileSync(
    path.join(DIR, 'shift-jis.txt'),
    Buffer.from('82b182f182c982bf82cd8140837e8393836783bf82cd93fa967b8cea82c582b782e282c981418141', 'hex'),
  )
  // a title and a date with no sentence: since issue 11, text with sentences is a statement even without a title or date
  writeFileSync(path.join(DIR, 'no-statement.txt'), '会议纪要\n\n——\n\n2019年6月13日\n')
  console.log(`Wrote the fixtures in ${DIR}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})

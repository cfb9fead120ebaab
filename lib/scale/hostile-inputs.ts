/**
 * Hostile inputs, generated at any scale, for the hostile-input tests and
 * the hostile benchmark (issue 18): a zip-bomb .docx, deeply nested HTML, a
 * statement of very many clauses, text of very many lines. Small to send,
 * expensive to read if nothing bounds the reading.
 */
import { crc32, deflateRawSync } from 'node:zlib'

interface ZipEntry {
  name: string
  data: Uint8Array
  /** the uncompressed size the central directory claims (default: the real one) */
  claimedSize?: number
}

/** A ZIP archive of deflated entries (PKWARE APPNOTE: local headers, central directory, end record). */
export function zipArchive(entries: readonly ZipEntry[]): Uint8Array {
  const locals: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name)
    const packed = deflateRawSync(entry.data, { level: 9 })
    const crc = crc32(entry.data)
    const size = entry.claimedSize ?? entry.data.length
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(packed.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    locals.push(local, name, packed)
    const header = Buffer.alloc(46)
    header.writeUInt32LE(0x02014b50, 0)
    header.writeUInt16LE(20, 4)
    header.writeUInt16LE(20, 6)
    header.writeUInt16LE(8, 10)
    header.writeUInt32LE(crc, 16)
    header.writeUInt32LE(packed.length, 20)
    header.writeUInt32LE(size, 24)
    header.writeUInt16LE(name.length, 28)
    header.writeUInt32LE(offset, 42)
    central.push(header, name)
    offset += 30 + name.length + packed.length
  }
  const directory = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...locals, directory, end]))
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'

/**
 * A .docx whose document.xml unpacks to about `unpackedBytes` (one paragraph,
 * then spaces: compressed about 1000 to 1); `lie` makes the directory claim
 * it is small, as a hostile file would.
 */
export function zipBombDocx(unpackedBytes: number, { lie = false }: { lie?: boolean } = {}): Uint8Array {
  const head =
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Joint Statement'
  const tail = '</w:t></w:r></w:p></w:body></w:document>'
  const document = Buffer.alloc(Math.max(unpackedBytes, head.length + tail.length), ' ')
  document.write(head, 0)
  document.write(tail, document.length - tail.length)
  const text = (s: string) => new Uint8Array(Buffer.from(s))
  return zipArchive([
    { name: '[Content_Types].xml', data: text(CONTENT_TYPES) },
    { name: '_rels/.rels', data: text(RELS) },
    { name: 'word/document.xml', data: new Uint8Array(document), claimedSize: lie ? 1000 : undefined },
  ])
}

/** A web page of `depth` nested <div>s around a sentence. */
export function nestedHtml(depth: number): string {
  return `<!doctype html><html><head><title>Joint Statement</title></head><body>${'<div>'.repeat(depth)}The two sides held talks in Bishkek on 13 June 2019.${'</div>'.repeat(depth)}</body></html>`
}

/** An English statement of `clauses` short sentences, one paragraph of ten each. */
export function manyClauseStatement(clauses: number): string {
  const lines = ['Joint Statement between the Republic of Atlantis and the Republic of Utopia', 'Bishkek, 13 June 2019', '']
  for (let k = 0; k < clauses; k += 10) {
    const sentences: string[] = []
    for (let j = k; j < Math.min(clauses, k + 10); j++)
      sentences.push(`The two sides agreed on measure number ${j + 1} of their cooperation.`)
    lines.push(sentences.join(' '), '')
  }
  return lines.join('\n')
}

/** Text of `lines` one-character lines (the parser looks at every line at once). */
export function manyLinesText(lines: number): string {
  return `Joint Statement\n${'a\n'.repeat(lines)}`
}

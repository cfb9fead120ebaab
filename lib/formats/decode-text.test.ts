import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { decodeText } from './decode-text'

const TEXT = '新华社比什凯克6月13日电\n中华人民共和国和吉尔吉斯共和国关于进一步深化全面战略伙伴关系的联合声明\n吉方坚定奉行一个中国原则。'
const utf8 = (text: string) => new TextEncoder().encode(text)

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2 + (bom ? 2 : 0))
  let at = 0
  if (bom) {
    out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff])
    at = 2
  }
  for (let i = 0; i < text.length; i++, at += 2) {
    const unit = text.charCodeAt(i)
    out[endian === 'le' ? at : at + 1] = unit & 0xff
    out[endian === 'le' ? at + 1 : at] = unit >> 8
  }
  return out
}

/** GB18030 bytes, made by the system's iconv (Node can decode GB18030 but not encode it). */
const gb18030 = (text: string) => new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text }))

describe('decodeText', () => {
  it('returns UTF-8 text as it is', () => {
    expect(decodeText(utf8(TEXT))).toEqual({ ok: true, text: TEXT, encoding: 'utf-8', bom: false })
  })

  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]))).toEqual({ ok: true, text: TEXT, encoding: 'utf-8', bom: true })
  })

  it('reads UTF-16 in both byte orders, with or without a byte-order mark', () => {
    for (const endian of ['le', 'be'] as const) {
      for (const bom of [true, false]) {
        expect(decodeText(utf16(TEXT, endian, bom))).toMatchObject({ ok: true, text: TEXT, encoding: `utf-16${endian}` })
      }
    }
  })

  it('reads GB18030 (and so GBK and GB2312), the encoding of Chinese text saved on Windows', () => {
    expect(decodeText(gb18030(TEXT))).toEqual({ ok: true, text: TEXT, encoding: 'gb18030', bom: false })
    // a character outside GBK, which only GB18030 has
    expect(decodeText(gb18030(`${TEXT}𠀀`))).toMatchObject({ ok: true, text: `${TEXT}𠀀` })
  })

  describe('edge cases', () => {
    it('refuses an empty file', () => {
      expect(decodeText(new Uint8Array())).toEqual({ ok: false, error: 'The file is empty.' })
    })

    it('refuses binary data, such as an image renamed .txt', () => {
      const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0x00, 0x13])
      expect(decodeText(png)).toMatchObject({ ok: false, error: expect.stringContaining('not text') })
    })

    it('refuses bytes in an encoding it does not know rather than showing mojibake', () => {
      // Shift-JIS (Japanese) bytes are not valid UTF-8 and read as GB18030 would be rubbish
      const sjis = new Uint8Array([
        0x82, 0xb1, 0x82, 0xf1, 0x82, 0xc9, 0x82, 0xbf, 0x82, 0xcd, 0x81, 0x40, 0x83, 0x65, 0x83, 0x58, 0x83, 0x67, 0x80, 0xa0, 0xfd,
      ])
      expect(decodeText(sjis)).toMatchObject({ ok: false, error: expect.stringContaining('encoding is not one Tongwen recognises') })
    })

    it('refuses a file that claims UTF-16 and is not', () => {
      expect(decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41]))).toMatchObject({ ok: false })
    })
  })
})

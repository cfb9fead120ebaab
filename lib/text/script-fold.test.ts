import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { normalizeForComparison } from './normalize'
import { isTraditional, toSimplified } from './script-fold'

const root = path.join(import.meta.dirname, '../..')
const chineseFiles = [
  'data/corpus/xinhua-2019-06-xi-state-visits.txt',
  ...readdirSync(path.join(root, 'data/collections/zh-official'))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => `data/collections/zh-official/${name}`),
]

describe('Traditional characters read as Simplified', () => {
  it('folds one character for one, keeping the length', () => {
    const text = '雙方將於今後深化夥伴關係，堅定支持中國實現國家和平統一。'
    expect(toSimplified(text)).toBe('双方将于今后深化伙伴关系，坚定支持中国实现国家和平统一。')
    expect(toSimplified(text)).toHaveLength(text.length)
  })

  it('leaves every bundled Simplified statement exactly as it is (于, 后, 乾, 著 are Simplified characters too)', () => {
    expect(chineseFiles.length).toBeGreaterThan(1)
    for (const file of chineseFiles) {
      const text = readFileSync(path.join(root, file), 'utf8')
      expect(isTraditional(text), file).toBe(false)
      expect(toSimplified(text) === text, file).toBe(true)
    }
    expect(toSimplified('于是，乾隆以后')).toBe('于是，乾隆以后')
  })

  it('folds a character shared with Simplified (於, 後) only in a text that is evidently Traditional', () => {
    expect(toSimplified('於是')).toBe('於是')
    expect(toSimplified('於是兩國')).toBe('于是两国')
  })

  it('is how comparison reads Chinese, each character mapped to the one printed; the content hash keeps the script', () => {
    const compared = normalizeForComparison('夥伴 關係')
    expect(compared.text).toBe('伙伴关系')
    expect(compared.start).toEqual([0, 1, 3, 4])
    expect(normalizeForComparison('夥伴關係', { script: false }).text).toBe('夥伴關係')
  })
})

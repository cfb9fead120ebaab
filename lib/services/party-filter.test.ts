import { describe, expect, it } from 'vitest'
import { tempDatabaseForFile } from '@/test/helpers/temp-db'
import { partyFilterProblem } from './party-filter'
import { deleteStatement, getStatement, listParties, listStatements } from './statements'
import { importFile } from './import-file'
import { PASTED_TEXT_NAME } from '@/lib/ingest/file-name'
import { parseStatementEdit } from '@/lib/ingest/statement-edit'

const partyEdit = (parties: string) => {
  const parsed = parseStatementEdit({ parties })
  if (!parsed.ok) throw new Error(parsed.error)
  return parsed.edit
}
import { searchClauses } from './search'
import { ServiceError } from './errors'

const temp = tempDatabaseForFile()
const refusal = { name: 'ServiceError', code: 'invalid', message: expect.stringContaining('no party has the code “narnia”') }

describe('a party filter (walkthrough: party=narnia listed nothing and said nothing)', () => {
  it('takes every party the gazetteer knows, with statements or none, and no filter at all', async () => {
    expect(await partyFilterProblem(temp.db, undefined)).toBeNull()
    expect(await partyFilterProblem(temp.db, 'kyrgyzstan')).toBeNull()
    // the gazetteer has Kazakhstan, the seed has no statement of it: an empty list is then the true answer
    expect(await partyFilterProblem(temp.db, 'kazakhstan')).toBeNull()
    expect((await listStatements(temp.db, { party: 'kazakhstan' })).total).toBe(0)
  })

  it('refuses a code no party has, in the list and the search, with the sentence the page shows', async () => {
    expect(await partyFilterProblem(temp.db, 'narnia')).toMatch(/^Invalid party: no party has the code “narnia”; use a party code or name/)
    await expect(listStatements(temp.db, { party: 'narnia' })).rejects.toBeInstanceOf(ServiceError)
    await expect(listStatements(temp.db, { party: 'narnia' })).rejects.toMatchObject(refusal)
    await expect(searchClauses(temp.db, { q: '和平', party: 'narnia', page: 1, perPage: 20 })).rejects.toMatchObject(refusal)
  })

  it('takes a code a statement has that the gazetteer lacks (a party an import added), and not one no statement has', async () => {
    const narnia = await temp.db.party.create({ data: { code: 'narnia', nameEn: 'Narnia', nameZh: '纳尼亚' } })
    // a row left from a statement deleted before unused parties went with it
    expect(await partyFilterProblem(temp.db, 'narnia')).toMatch(/no party has the code “narnia”/)
    const statement = await temp.db.statement.findFirstOrThrow({ select: { id: true } })
    await temp.db.statementParty.create({ data: { statementId: statement.id, partyId: narnia.id, position: 99 } })
    expect(await partyFilterProblem(temp.db, 'narnia')).toBeNull()
    expect((await listStatements(temp.db, { party: 'narnia' })).total).toBe(1)
    expect((await searchClauses(temp.db, { q: '和平', party: 'narnia', page: 1, perPage: 20 })).statementCount).toBeLessThanOrEqual(1)
  })
})

describe('a party typed in on import that the gazetteer does not know (walkthrough: "Narnia, Atlantis" saved silently, and stayed in the menu)', () => {
  it('is kept as written with a doubt, offered while a statement has it, and gone with its last statement', async () => {
    const text = 'Joint Statement on a Test of Parties\nMarch 3, 2021\n\nThe two sides agreed to hold talks on the matters of this test.'
    const report = await importFile(temp.db, PASTED_TEXT_NAME, new TextEncoder().encode(text), 1 << 20, {
      // as the import form sends it, read as the API reads it
      edits: [partyEdit('Ruritania, Atlantis')],
      formulas: 'defer',
    })
    const slug = report.imported[0] ?? ''
    const stored = await getStatement(temp.db, slug)
    expect(stored?.parties.map((p) => [p.code, p.nameEn])).toEqual([
      ['ruritania', 'Ruritania'],
      ['atlantis', 'Atlantis'],
    ])
    expect(stored?.notes.map((n) => n.message)).toEqual(
      expect.arrayContaining([
        'party "Ruritania" is not in the gazetteer; its name is kept as written and not masked in comparisons',
        'party "Atlantis" is not in the gazetteer; its name is kept as written and not masked in comparisons',
      ]),
    )
    expect((await listParties(temp.db)).map((p) => p.code)).toContain('ruritania')
    expect(await partyFilterProblem(temp.db, 'ruritania')).toBeNull()
    expect(await deleteStatement(temp.db, slug)).toBe(true)
    expect((await listParties(temp.db)).map((p) => p.code)).not.toContain('ruritania')
    expect(await temp.db.party.count({ where: { code: { in: ['ruritania', 'atlantis'] } } })).toBe(0)
    expect(await partyFilterProblem(temp.db, 'ruritania')).toMatch(/no party has the code/)
  })
})

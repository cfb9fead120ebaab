import { describe, expect, it } from 'vitest'
import { tempDatabaseForFile } from '@/test/helpers/temp-db'
import { partyFilterProblem } from './party-filter'
import { listStatements } from './statements'
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

  it('takes a code the database has that the gazetteer lacks (a party an import added)', async () => {
    await temp.db.party.create({ data: { code: 'narnia', nameEn: 'Narnia', nameZh: '纳尼亚' } })
    expect(await partyFilterProblem(temp.db, 'narnia')).toBeNull()
    expect((await listStatements(temp.db, { party: 'narnia' })).total).toBe(0)
    expect((await searchClauses(temp.db, { q: '和平', party: 'narnia', page: 1, perPage: 20 })).statementCount).toBe(0)
  })
})

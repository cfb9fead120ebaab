import Link from 'next/link'
import type { MapQuery } from '@/lib/url/map'
import type { PartySummary } from '@/lib/db/statements'
import { findPartyByCode } from '@/lib/parties/gazetteer'
import { kindLabel } from '@/app/_components/labels'
import { STATEMENT_KINDS as KINDS } from '@/lib/vocab/statement-kinds'

/**
 * The selection as a plain GET form: its URL is the map. The party menu offers
 * the parties some statement has (the statement list's), not the whole
 * gazetteer, where most had led to an empty map.
 */
export function MapFilterForm({ filter, parties }: { filter: MapQuery; parties: PartySummary[] }) {
  // a party the address names that no statement has (the gazetteer knows it) stays chosen, rather than showing "any party"
  const chosen = filter.party && !parties.some((party) => party.code === filter.party) ? findPartyByCode(filter.party) : undefined
  const options = chosen ? [{ code: chosen.code, nameEn: chosen.nameEn }, ...parties] : parties
  return (
    <form action="/map" method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-3 text-sm">
      <label className="flex flex-col gap-1">
        <span className="text-stone-600">Kind</span>
        <select name="kind" defaultValue={filter.kind ?? ''} className="rounded border border-stone-300 bg-white px-2 py-1">
          <option value="">all kinds</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kindLabel(kind)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-stone-600">Party</span>
        <select name="party" defaultValue={filter.party ?? ''} className="rounded border border-stone-300 bg-white px-2 py-1">
          <option value="">any party</option>
          {options.map((party) => (
            <option key={party.code} value={party.code}>
              {party.nameEn}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded-md bg-stone-900 px-3 py-1.5 font-medium text-white hover:bg-stone-700">
        Show
      </button>
      {filter.kind || filter.party ? (
        <Link href="/map" className="py-1.5 text-blue-800 underline-offset-2 hover:underline">
          All statements
        </Link>
      ) : null}
    </form>
  )
}

import Link from 'next/link'
import type { MapQuery } from '@/lib/url/map'
import { PARTIES } from '@/lib/parties/gazetteer'
import { kindLabel } from '@/app/_components/labels'
import { STATEMENT_KINDS as KINDS } from '@/lib/vocab/statement-kinds'

/** The selection as a plain GET form: its URL is the map. */
export function MapFilterForm({ filter }: { filter: MapQuery }) {
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
          {PARTIES.map((party) => (
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

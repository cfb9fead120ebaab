import type { CompareOptions } from '@/lib/compare/types'
import type { CompareView } from '@/lib/url/compare'

/** The comparison options as a GET form: the resulting URL is the whole view. */
export function OptionsForm({ action, options, view }: { action: string; options: CompareOptions; view: CompareView }) {
  return (
    <form action={action} method="get" className="flex flex-wrap items-end gap-4 text-sm print:hidden" aria-label="Comparison options">
      {view.rows !== 'all' ? <input type="hidden" name="view" value={view.rows} /> : null}
      {view.formulas ? <input type="hidden" name="formulas" value="1" /> : null}
      <label className="flex flex-col gap-1">
        <span className="text-stone-600">
          Pair clauses in order from similarity <span className="text-xs">(0 to 1: 0.25 is 25%)</span>
        </span>
        <input
          aria-describedby="threshold-note"
          name="threshold"
          type="number"
          min={0}
          max={1}
          step={0.01}
          defaultValue={options.threshold}
          className="w-24 rounded border border-stone-300 bg-white px-2 py-1 tabular-nums"
        />
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-stone-600">Diff by</span>
        <select name="granularity" defaultValue={options.granularity} className="rounded border border-stone-300 bg-white px-2 py-1">
          <option value="word">words</option>
          <option value="char">characters</option>
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-stone-600">Party names</span>
        <select name="mask" defaultValue={options.mask ? '1' : '0'} className="rounded border border-stone-300 bg-white px-2 py-1">
          <option value="1">counterpart names masked</option>
          <option value="0">compared as written</option>
        </select>
      </label>
      <button type="submit" className="rounded-md border border-stone-400 bg-white px-3 py-1.5 font-medium hover:bg-stone-100">
        Apply
      </button>
      {/* the aligner pairs below the threshold in three ways (lib/align/align-clauses): the form should not promise it never does */}
      <p id="threshold-note" className="w-full text-xs text-stone-600">
        A pair less similar than that is made only with its neighbours&rsquo; support, between two clauses that are each other&rsquo;s best
        match (a move), or as part of a merge; each row&rsquo;s &ldquo;why&rdquo; says which. Doubtful pairs are marked unsure, and in
        English one whose clause is about as similar to another is left apart, each clause shown alone.
      </p>
    </form>
  )
}

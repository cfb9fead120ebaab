/**
 * Results kept for the next reader, least recently used first out, within a
 * budget of weight (a comparison weighs its rows). Keys name everything the
 * result depends on — the statements' versions and the options — so a kept
 * result is never stale: an edit or a new import makes a new key, and the
 * old entry simply ages out.
 */
export class KeptResults<V> {
  private readonly entries = new Map<string, { value: V; weight: number }>()
  private weight = 0

  constructor(readonly budget: number) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    // most recently used last
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry.value
  }

  /** Keeps the value unless it alone is over the budget; drops the least recently used until the rest fit. */
  set(key: string, value: V, weight: number): void {
    const old = this.entries.get(key)
    if (old) {
      this.entries.delete(key)
      this.weight -= old.weight
    }
    if (weight > this.budget) return
    this.entries.set(key, { value, weight })
    this.weight += weight
    for (const [oldest, entry] of this.entries) {
      if (this.weight <= this.budget) break
      this.entries.delete(oldest)
      this.weight -= entry.weight
    }
  }

  get size(): number {
    return this.entries.size
  }

  get totalWeight(): number {
    return this.weight
  }
}

/**
 * Text that remembers where each of its UTF-16 units came from.
 *
 * Repair and normalisation rewrite text (join lines, drop spaces, fold widths,
 * mask names), but a reader must always be shown the original words and a clause
 * must point back into its source file. A MappedText carries, for every unit of
 * `text`, the half-open range [start[i], end[i]) of the original it stands for.
 */
export interface MappedText {
  readonly text: string
  readonly start: readonly number[]
  readonly end: readonly number[]
}

/** A MappedText for a piece of an original string that begins at `offset`. */
export function mapIdentity(text: string, offset = 0): MappedText {
  const start: number[] = new Array(text.length)
  const end: number[] = new Array(text.length)
  for (let i = 0; i < text.length; i++) {
    start[i] = offset + i
    end[i] = offset + i + 1
  }
  return { text, start, end }
}

/** Builds a MappedText one piece at a time. */
export class MappedTextBuilder {
  private parts: string[] = []
  private start: number[] = []
  private end: number[] = []

  /** Appends `text`, every unit of which stands for the original range [from, to). */
  push(text: string, from: number, to: number): this {
    this.parts.push(text)
    for (let i = 0; i < text.length; i++) {
      this.start.push(from)
      this.end.push(to)
    }
    return this
  }

  /** Appends units [from, to) of `source` with their own mappings. */
  pushSlice(source: MappedText, from = 0, to = source.text.length): this {
    this.parts.push(source.text.slice(from, to))
    for (let i = from; i < to; i++) {
      this.start.push(source.start[i] as number)
      this.end.push(source.end[i] as number)
    }
    return this
  }

  get length(): number {
    return this.start.length
  }

  /** The last code point appended so far, or '' when nothing has been. */
  lastCodePoint(): string {
    for (let i = this.parts.length - 1; i >= 0; i--) {
      const part = this.parts[i] as string
      if (part) return Array.from(part.slice(-2)).at(-1) as string
    }
    return ''
  }

  build(): MappedText {
    return { text: this.parts.join(''), start: this.start, end: this.end }
  }
}

/** The part of `m` between units `from` and `to`, mappings kept. */
export function sliceMapped(m: MappedText, from: number, to: number): MappedText {
  return {
    text: m.text.slice(from, to),
    start: m.start.slice(from, to),
    end: m.end.slice(from, to),
  }
}

/**
 * The original range covered by units [from, to) of `m`; an empty range maps
 * to an empty range. Mappings only ever move forward (every rewrite here keeps
 * the order of the text), so the ends of the range decide it.
 */
export function originalRange(m: MappedText, from: number, to: number): [number, number] {
  if (to <= from) {
    const at = from < m.text.length ? (m.start[from] as number) : m.text.length ? (m.end[m.text.length - 1] as number) : 0
    return [at, at]
  }
  return [m.start[from] as number, m.end[to - 1] as number]
}

/** Removes leading and trailing whitespace, mappings kept. */
export function trimMapped(m: MappedText): MappedText {
  let from = 0
  let to = m.text.length
  while (from < to && /\s/.test(m.text[from] as string)) from++
  while (to > from && /\s/.test(m.text[to - 1] as string)) to--
  return from === 0 && to === m.text.length ? m : sliceMapped(m, from, to)
}

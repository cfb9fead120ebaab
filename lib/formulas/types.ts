/** A clause as the miner reads it: its comparison form (normalised, party-masked). */
export interface MiningClause {
  id: number
  text: string
}

export interface MiningDocument {
  id: number
  clauses: MiningClause[]
}

export interface MiningOptions {
  /** a formula occurs in at least this many documents */
  minDocuments: number
  /** and has at least this many ideographs (Chinese text)… */
  minHan: number
  /** …or at least this many words (Latin-script text) */
  minWords: number
  /** near-variants differ by at most this many characters at one place (国家统一 / 国家和平统一) */
  maxGap: number
}

/** Where a formula occurs: a range of a clause's comparison form. */
export interface Occurrence {
  document: number
  clause: number
  start: number
  end: number
  /** index into the formula's variants */
  variant: number
}

/** A formula's occurrences, column by column (a large corpus has millions). */
export interface Occurrences {
  document: Int32Array
  clause: Int32Array
  start: Int32Array
  end: Int32Array
  variant: Int32Array
}

export interface Variant {
  /** the variant in comparison form (party names as placeholders) */
  pattern: string
  occurrences: number
  documents: number
}

export interface MinedFormula {
  /** the most used variant's pattern: the formula's identity */
  key: string
  variants: Variant[]
  /** in document, clause, start order */
  occurrences: Occurrences
  documents: number
  /** ideographs (or words) of the key */
  length: number
}

/** A statement as the formula records are made from it (see formulaRecords). */
export interface FormulaSourceStatement {
  id: number
  date: string | null
  kind: string
  /** 'zh' or 'en': a formula's growth is measured against the statements of its language (without one, all count as one language) */
  language?: string
  /** party codes, in order */
  parties: readonly string[]
  clauses: readonly { id: number; text: string; label: string | null }[]
}

/** A formula as it is stored: offsets are into the printed clause text. */
export interface FormulaRecord {
  /** stable across rebuilds: a hash of the key */
  id: string
  key: string
  /** the main variant as printed where it first occurs, names as placeholders */
  text: string
  length: number
  statementCount: number
  occurrenceCount: number
  firstDate: string | null
  lastDate: string | null
  /** percentage points of its language's statements gained from the year before the latest to the latest (lib/formulas/growth), or null */
  growth: number | null
  kinds: string[]
  /** a formula, or a name (a state, organisation, person, treaty or place: lib/formulas/names), listed apart and not underlined */
  kind: 'formula' | 'name'
  /** the id of its family's head (its own for a head) and of the formula it is built on (lib/formulas/families) */
  familyId: string
  parentId: string | null
  variants: { pattern: string; text: string; occurrences: number; statements: number }[]
  /** `document` is the statement id; start and end are offsets into the printed clause text */
  occurrences: Occurrences
}

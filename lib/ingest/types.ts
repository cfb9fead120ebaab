import type { StatementKind } from '@/lib/vocab/statement-kinds'
import type { MappedText } from '@/lib/text/mapped-text'
import type { PrintedLanguage } from '@/lib/text/other-language'

/** A line of the source file and where it starts in it. */
export interface SourceLine {
  text: string
  /** offset (UTF-16 units) of the line's first unit in the source */
  start: number
}

/** "新华社比什凯克6月13日电": who filed the release, where and on which day. */
export interface Dateline {
  agency: string
  place: string
  month: number
  day: number
  /** the dateline as printed, trimmed */
  text: string
}

/** One release found in a file, before repair. */
export interface RawDocument {
  /** null for a statement found by its title, or for text without a dateline */
  dateline: Dateline | null
  /** lines after the dateline, up to the next dateline */
  lines: SourceLine[]
  /** source range of the whole release, dateline included */
  start: number
  end: number
}

/** Something the importer repaired, or something it is unsure of. */
export interface ImportNote {
  kind: 'repair' | 'doubt'
  message: string
  /** the metadata a doubt is about: a reader who sets it by hand settles the doubt */
  about?: 'title' | 'date' | 'parties'
}

/** A paragraph after repair: lines joined, page furniture removed. */
export interface RepairedParagraph {
  text: MappedText
  /** the paragraph is a single short line (title, heading, salutation, last line) */
  short: boolean
  /** a heading marked as such by the text's markup (Markdown `#`, a line in bold) */
  heading?: boolean
  /**
   * the heading is one by its markup (`#`, bold), not by its shape alone (a short line over a paragraph, a run-in heading
   * printed without bold): where a page prints its headings of two levels so, the difference tells the levels apart
   */
  markedHeading?: boolean
  /** a list item (its bullet removed) */
  listItem?: boolean
  /** a list item's indentation in the source: an item under another is indented more */
  indent?: number
  /** the whole paragraph is one run of emphasis in its markup (**bold** or *italic*, over one line or several) */
  emphasized?: boolean
  /** a transcript's place, on a line of its own above its first time stamp ("Oval Office", "Via Teleconference") */
  placeLine?: boolean
  /** a paragraph of a transcript (turns of several speakers), where only markup makes a heading */
  transcript?: boolean
  /**
   * the run of bold that opens the paragraph, ending with a full stop or a colon, with more text after it: a run-in label
   * in the page's markup ("**Knowledge: Information is Power.** The United States will …"), as its text reads
   */
  leadIn?: string
}

export interface ParsedClause {
  text: string
  /** the enumeration that opens the paragraph, on its first clause only */
  label: string | null
  /** paragraph index within the statement, from 0 */
  paragraph: number
  sourceStart: number
  sourceEnd: number
}

export interface ParsedSection {
  /** 0 for the preamble, 1 for 一/二/…, 2 for a named heading inside a numbered section */
  level: number
  label: string | null
  heading: string | null
  clauses: ParsedClause[]
}

/** A statement as the importer understood it: metadata, sections, clauses. */
export interface ParsedStatement {
  title: string
  subtitle: string | null
  kind: StatementKind
  /** YYYY-MM-DD, or null when the year could not be established */
  date: string | null
  place: string | null
  speaker: string | null
  /** gazetteer codes, or `zh:<name>` for a party the gazetteer does not know */
  parties: string[]
  language: 'zh' | 'en'
  /** the language the text is printed in when it is neither (a White House statement in Spanish), read by the rules of `language` */
  printedIn?: PrintedLanguage
  sections: ParsedSection[]
  notes: ImportNote[]
  dateline: Dateline | null
  sourceStart: number
  sourceEnd: number
}

/** What a file yields: its statements, or why it yields none. */
export type ParseResult = { ok: true; statements: ParsedStatement[] } | { ok: false; error: string }

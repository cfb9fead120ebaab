/**
 * What a not-found page says, by what was not found.
 *
 * A page that calls notFound() answers 404 but, in Next's production build,
 * with an empty body: its not-found page is only drawn by the browser's script
 * (vercel/next.js#62228), so a reader without script, a link preview or a
 * crawler sees nothing. So the proxy looks up the records an address names
 * before the page renders and answers a missing one itself, with this notice
 * as a page of its own (as it answers options it cannot read with a 400). The
 * pages' own not-found boundaries show the same notice after a notFound().
 * Statements that cannot be compared or collated together are answered the
 * same way, with a 422 (REFUSALS).
 */
export interface NotFoundNotice {
  heading: string
  text: string
  links: readonly (readonly [href: string, label: string])[]
  /** the label of a link back to the statement's or formula's own address, when the part or page asked for is past the last */
  back?: string
}

const NOTICES = {
  page: {
    heading: 'Page not found',
    text: 'Nothing lives at this address. The link may be mistyped, or the statement it pointed to may have been removed.',
    links: [['/', 'See all statements']],
  },
  statement: {
    heading: 'Statement not found',
    text: 'No statement has this address. Its link may be mistyped, or the statement may have been removed.',
    links: [['/', 'See all statements']],
  },
  'statement-part': {
    heading: 'Part not found',
    text: 'This statement is read in fewer parts than this link names: the link may be mistyped, or the statement shortened since it was made.',
    links: [['/', 'See all statements']],
    back: 'Read the statement from the start',
  },
  comparison: {
    heading: 'Statement not found',
    text: 'One or both of the statements named in this address do not exist. Their links may be mistyped, or they may have been removed; the list of statements has their current addresses.',
    links: [['/', 'See all statements']],
  },
  collation: {
    heading: 'Statement not found',
    text: 'One or more of the statements named in this address do not exist. Their links may be mistyped, or they may have been removed; the list of statements has their current addresses.',
    links: [
      ['/collate', 'Choose statements to collate'],
      ['/', 'See all statements'],
    ],
  },
  formula: {
    heading: 'Formula not found',
    text: 'No formula has this address. A formula’s address is made from its main wording and stays when the formulas are mined again, but a formula whose main wording changed, or that is no longer used in two statements, is gone; search the list for its words.',
    links: [['/formulas', 'See all formulas']],
  },
  'concordance-page': {
    heading: 'Page not found',
    text: 'The concordance of this formula has fewer pages: the formula is used less often than when this link was made.',
    links: [['/formulas', 'See all formulas']],
    back: 'Read it from its first occurrence',
  },
  'statement-formulas': {
    heading: 'Statement not found',
    text: 'No statement has this address, so there are no formulas of it to list.',
    links: [['/formulas', 'See all formulas']],
  },
} as const satisfies Record<string, NotFoundNotice>

export type NotFoundKind = keyof typeof NOTICES

/** The notice for `kind`, its links led by the way `back` (the statement's or formula's own address) when it has one. */
export function notFoundNotice(kind: NotFoundKind, back?: string): NotFoundNotice {
  const notice: NotFoundNotice = NOTICES[kind]
  return back && notice.back ? { ...notice, links: [[back, notice.back], ...notice.links] } : notice
}

/**
 * What the pages that refuse statements together say (a 422): their heading,
 * and where to go instead. The link fits every reason (two languages, one
 * statement named twice, too many clauses together); the message says which.
 */
export const REFUSALS = {
  compare: { heading: 'These statements cannot be compared', link: ['/', 'Choose two other statements to compare'] },
  collate: { heading: 'These statements cannot be collated', link: ['/collate', 'Choose other statements to collate'] },
} as const

/**
 * Keeps statement-list, statement, comparison, collation, formula-list, formula, map and search URLs canonical and honest before a page renders:
 * - options that cannot be read get a 400 page saying which and why
 *   (a page that already started streaming could only answer 200);
 * - options spelled out at their defaults, or unknown parameters, are
 *   redirected to the shortest URL for the same view, so one view has one link;
 * - a statement or formula the address names that does not exist is a 404
 *   drawn here, on the server (lib/url/not-found says why), and statements
 *   that cannot be compared or collated together a 422.
 */
import { NextResponse, type NextRequest } from 'next/server'
import { MIN_COLLATED } from '@/lib/collate/collate-statements'
import { collateRest, parseCollateQuery } from '@/lib/url/collate'
import { compareQuery, parseCompareQuery } from '@/lib/url/compare'
import { collateHref, statementHref } from '@/lib/vocab/links'
import { CONCORDANCE_PAGE, concordanceQueryString, formulaQueryString, parseConcordanceQuery, parseFormulaQuery } from '@/lib/url/formulas'
import { mapQueryString, parseMapQuery } from '@/lib/url/map'
import { lastPage, parseStatementListQuery, statementListQueryString } from '@/lib/url/statement-list'
import { parseSearchQuery, searchQueryString } from '@/lib/url/search'
import { parseStatementPageQuery } from '@/lib/url/statement-page'
import { firstValue } from '@/lib/url/params'
import { languageName } from '@/lib/compare/language'
import { notFoundNotice, REFUSALS, type NotFoundKind } from '@/lib/url/not-found'
import { getDb } from '@/lib/services/database'
import { partsOf, statementClauseCount } from '@/lib/services/statements'
import { partyFilterProblem } from '@/lib/services/party-filter'
import { formulaOccurrenceCount } from '@/lib/services/formulas'
import { collationVersions, pairVersions, slugProblem } from '@/lib/services/pre-checks'
import { CannotCollateError, CannotCompareError, ServiceError, type RefusedStatement } from '@/lib/services/errors'
import { SITE_NAV } from '@/lib/views/site-nav'

export const config = {
  matcher: [
    '/',
    '/statements/:slug',
    '/compare/:a/:b',
    '/collate',
    '/formulas',
    '/formulas/:id',
    '/map',
    '/search',
    // the API only for requests without a body: Next copies the body of a request its proxy sees (up to 10 MB),
    // which would cut a large upload short and read an oversized one whole before the route could refuse it
    {
      source: '/api/:path*',
      missing: [
        { type: 'header', key: 'content-length' },
        { type: 'header', key: 'transfer-encoding' },
      ],
    },
  ],
}

export async function proxy(request: NextRequest): Promise<Response | undefined> {
  // an address that is not valid percent-encoding ("%E0%A4%A"): a 400 that says so, where Next answered a bare 500
  const api = request.nextUrl.pathname.startsWith('/api/')
  const segments = request.nextUrl.pathname.split('/').slice(1).map(decodedSegment)
  // the query too: it reaches here decoded, "q=%E0%A4%A" as a replacement character (U+FFFD) and a stray "%A", which a search
  // would then look for; nobody types that character, so a value with it comes from a broken address
  if (segments.includes(null) || [...request.nextUrl.searchParams.values()].some((v) => v.includes('\uFFFD'))) return undecodable(api)
  // the API answers its own problems, as JSON
  if (api) return undefined
  const params = paramsOf(request.nextUrl)
  return canonicalUrl(request.nextUrl, params) ?? (await recordProblem(request.nextUrl, segments as string[], params))
}

/**
 * The query's parameters with every value they were given: the parsers read
 * each by its first, as the pages do (?part=1&part=999 is part 1 to both).
 */
type QueryParams = Record<string, string | string[]>

function paramsOf(url: NextRequest['nextUrl']): QueryParams {
  const params: QueryParams = {}
  for (const name of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(name)
    params[name] = values.length > 1 ? values : (values[0] as string)
  }
  return params
}

/** A 400 for options that cannot be read, a redirect to the view's canonical URL, or undefined when the URL is both. */
function canonicalUrl(url: NextRequest['nextUrl'], params: QueryParams): Response | undefined {
  let canonical: string
  if (url.pathname === '/collate') return collateProxy(url, params)
  if (url.pathname === '/') {
    const parsed = parseStatementListQuery(params)
    if (!parsed.ok) return invalidOptions('This statement list is not valid', url.pathname, 'Show all statements', parsed.error)
    canonical = statementListQueryString(parsed.query)
  } else if (url.pathname.startsWith('/statements/')) {
    // only the part and the formula marks are read; other parameters (?edited=1 after an edit) are left as they are
    const parsed = parseStatementPageQuery(params)
    if (!parsed.ok)
      return invalidOptions(
        // the heading names what is wrong: the part asked for, or another option of the page (formulas=7, walkthrough)
        parsed.field === 'part' ? 'This part of the statement is not valid' : 'This view of the statement is not valid',
        url.pathname,
        'Read the statement from the start',
        parsed.error,
      )
    return undefined
  } else if (url.pathname === '/map') {
    const parsed = parseMapQuery(params)
    if (!parsed.ok) return invalidOptions('This map selection is not valid', url.pathname, 'Show the whole corpus', parsed.error)
    canonical = mapQueryString(parsed.filter)
  } else if (url.pathname === '/search') {
    const parsed = parseSearchQuery(params)
    if (!parsed.ok) return invalidOptions('This search is not valid', url.pathname, 'Start a new search', parsed.error)
    canonical = searchQueryString(parsed.query)
  } else if (url.pathname.startsWith('/formulas/')) {
    // the page of the concordance; the page shows a fixed number a page, so `limit` is not its
    const parsed = parseConcordanceQuery({ page: params.page })
    if (!parsed.ok) return invalidOptions('This page of the concordance is not valid', url.pathname, 'Show the first page', parsed.error)
    canonical = concordanceQueryString(parsed.query.page)
  } else if (url.pathname === '/formulas') {
    const parsed = parseFormulaQuery(params)
    if (!parsed.ok) return invalidOptions('These formula filters are not valid', url.pathname, 'Show all formulas', parsed.error)
    canonical = formulaQueryString(parsed.query)
  } else {
    const parsed = parseCompareQuery(params)
    if (!parsed.ok)
      return invalidOptions(
        'These comparison options are not valid',
        url.pathname,
        'Show the comparison with the default options',
        parsed.error,
      )
    canonical = compareQuery(parsed.options, parsed.view)
  }
  if (url.search === canonical || (url.search === '' && canonical === '')) return undefined
  const target = url.clone()
  target.search = canonical
  return NextResponse.redirect(target, 308)
}

/**
 * A collation's parameters, with every value of `s` (the picker's form sends
 * one per ticked statement): a bad one is a 400; three statements or more are
 * redirected to their one link (/collate?s=a,b,c&…); fewer, or any with a
 * picker's page, are the picker's, whose own fields (find, language, page) stay.
 */
function collateProxy(url: NextRequest['nextUrl'], params: QueryParams): Response | undefined {
  const parsed = parseCollateQuery(params)
  if (!parsed.ok) return invalidOptions('This collation is not valid', url.pathname, 'Choose statements to collate', parsed.error)
  // fewer than three, or a page of the picker asked for (its Next and Previous carry the ticks, however many): the picker's
  if (parsed.slugs.length < MIN_COLLATED || params.page !== undefined) return undefined
  // a statement named twice is a 400, as the API answers it (the picker never sends one twice)
  const problem = slugProblem(parsed.slugs)
  if (problem?.endsWith('named twice.'))
    return invalidOptions('This collation is not valid', url.pathname, 'Choose statements to collate', problem)
  const canonical = collateHref(parsed.slugs, collateRest(parsed.options, parsed.view)).slice(url.pathname.length)
  // compared as parameters, so that a comma sent as %2C is the same link and never a redirect loop
  if (new URLSearchParams(url.search).toString() === new URLSearchParams(canonical).toString()) return undefined
  return NextResponse.redirect(new URL(`${url.pathname}${canonical}`, url.origin), 308)
}

/**
 * Undefined when what the address names exists (the statements, the formula,
 * the part or page asked for) and can be shown; otherwise the page that says
 * why, drawn here on the server: a 404, or a 422 for statements that cannot
 * be compared or collated together. `segments` are the path's, decoded
 * (proxy() answered an address whose segments do not decode).
 */
async function recordProblem(url: NextRequest['nextUrl'], segments: readonly string[], params: QueryParams): Promise<Response | undefined> {
  const [first, second, third] = segments
  try {
    if (first === 'compare' && second && third) await pairVersions(getDb(), second, third)
    else if (first === 'collate') {
      const parsed = parseCollateQuery(params)
      if (parsed.ok && parsed.slugs.length >= MIN_COLLATED) await collationVersions(getDb(), parsed.slugs)
    } else if ((first === '' || first === 'search' || (first === 'map' && !second)) && params.party) {
      // a party code no party has (party=narnia; the URL is canonical by now, so a name was read as its code): a 400 that says so, where the list had been empty
      const problem = await partyFilterProblem(getDb(), firstValue(params.party))
      if (problem && first === 'search') return invalidOptions('This search is not valid', url.pathname, 'Start a new search', problem)
      if (problem && first === 'map')
        return invalidOptions('This map selection is not valid', url.pathname, 'Show the whole corpus', problem)
      if (problem) return invalidOptions('This statement list is not valid', url.pathname, 'Show all statements', problem)
    } else {
      const kind = await missingKind(params, first, second)
      // a part or page past the last leads back to the first: the statement's or formula's own address, with its other options
      if (kind) return notFoundPage(kind, firstPartHref(url, kind === 'statement-part' ? 'part' : 'page'))
    }
  } catch (error) {
    // which statement is missing, as the API says it ('No statement with the slug "nope".')
    if (error instanceof ServiceError && error.code === 'not-found')
      return notFoundPage(first === 'compare' ? 'comparison' : 'collation', undefined, error.message)
    if (error instanceof CannotCompareError)
      return plainPage(422, REFUSALS.compare.heading, error.message, [REFUSALS.compare.link], [error.a, error.b])
    if (error instanceof CannotCollateError)
      return plainPage(422, REFUSALS.collate.heading, error.message, [REFUSALS.collate.link], error.statements)
    // the collate page says what is wrong with its picks itself, beside the picker; anything else (the
    // database busy or gone) is the page's to meet, with its own error page, as before the proxy looked
    if (!(error instanceof ServiceError)) console.error('proxy: could not look up the records of', url.pathname, error)
  }
  return undefined
}

/** The address without the part or page it asked for (so the first), its other options kept: ?formulas=1 stays. */
function firstPartHref(url: NextRequest['nextUrl'], key: 'part' | 'page'): string {
  const rest = new URLSearchParams(url.search)
  rest.delete(key)
  const query = rest.toString()
  return query ? `${url.pathname}?${query}` : url.pathname
}

function notFoundPage(kind: NotFoundKind, back?: string, which?: string): Response {
  const notice = notFoundNotice(kind, back)
  return plainPage(404, notice.heading, which ? `${which} ${notice.text}` : notice.text, notice.links)
}

/** What is missing of a statement's page, a formula's, or the formulas of a statement. */
async function missingKind(params: QueryParams, first?: string, second?: string): Promise<NotFoundKind | null> {
  if (first === 'statements' && second) {
    const clauses = await statementClauseCount(getDb(), second)
    if (clauses === null) return 'statement'
    // the part was read before this
    const query = parseStatementPageQuery(params)
    return query.ok && query.part > partsOf(clauses) ? 'statement-part' : null
  }
  if (first === 'formulas' && second) {
    const occurrences = await formulaOccurrenceCount(getDb(), second)
    if (occurrences === null) return 'formula'
    // the page was read (and is canonical) before this
    const page = parseConcordanceQuery({ page: firstValue(params.page) })
    return page.ok && page.query.page > lastPage(occurrences, CONCORDANCE_PAGE) ? 'concordance-page' : null
  }
  if (first === 'formulas') {
    const statement = firstValue(params.statement)
    return statement && (await statementClauseCount(getDb(), statement)) === null ? 'statement-formulas' : null
  }
  return null
}

function decodedSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

const UNDECODABLE = 'part of it is not valid percent-encoding (a % must be followed by two hexadecimal digits that spell UTF-8).'

/** The answer to an address that cannot be decoded: JSON for the API, a page for the rest. */
function undecodable(api: boolean): Response {
  if (api)
    return Response.json({ error: `This address is not valid: ${UNDECODABLE}` }, { status: 400, headers: { 'cache-control': 'no-store' } })
  return plainPage(400, 'This address is not valid', `Check the link: ${UNDECODABLE}`, [['/', 'All statements']])
}

const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)

function invalidOptions(heading: string, pathname: string, back: string, error: string): Response {
  // the statement list's own page needs no second link to itself
  return plainPage(
    400,
    heading,
    error,
    pathname === '/'
      ? [[pathname, back]]
      : [
          [pathname, back],
          ['/', 'All statements'],
        ],
  )
}

/**
 * A page of its own, answered before Next renders anything: a heading, one
 * paragraph, the statements it is about (linked, each in its language), and
 * links; every text escaped, in the site's colours, not indexed, not kept.
 */
function plainPage(
  status: number,
  heading: string,
  text: string,
  links: readonly (readonly [href: string, label: string])[],
  statements: readonly RefusedStatement[] = [],
): Response {
  const listed = statements.length
    ? `<ul>${statements
        .map(
          (s) =>
            `<li><a href="${escape(statementHref(s.slug))}" lang="${s.language === 'zh' ? 'zh-Hans' : escape(s.language)}">${escape(s.title)}</a> (${escape(languageName(s.language))})</li>`,
        )
        .join('')}</ul>`
    : ''
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(heading)} · Tongwen 同文</title>
<style>body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;background:#fafaf9;color:#1c1917;margin:0;padding:0 1rem}nav{box-sizing:border-box;max-width:80rem;margin:0 auto;padding:.75rem 1rem;display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;align-items:baseline}nav a{color:#57534e;text-decoration:none;font-size:.875rem}nav a:first-child{font-weight:600;font-size:1.125rem;color:#1c1917}header{border-bottom:1px solid #e7e5e4;background:#fff;margin:0 -1rem}main{max-width:36rem;margin:2rem auto 3rem;padding:1.5rem;background:#fff;border:1px solid ${status === 404 ? '#e7e5e4' : '#fdba74'};border-radius:.5rem}h1{font-size:1.5rem}a{color:#1e40af}li{margin:.25rem 0}</style></head>
<body><header><nav aria-label="Main"><a href="/">Tongwen <span lang="zh-Hans">同文</span></a>${SITE_NAV.map(([href, label]) => `<a href="${escape(href)}">${escape(label)}</a>`).join('')}</nav></header><main role="alert"><h1>${escape(heading)}</h1><p>${escape(text)}</p>${listed}<p>${links.map(([href, label]) => `<a href="${escape(href)}">${escape(label)}</a>`).join(' · ')}</p></main></body></html>`
  return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } })
}

/**
 * Keeps statement-list, statement, comparison, collation, formula-list, formula, map and search URLs canonical and honest before a page renders:
 * - options that cannot be read get a 400 page saying which and why
 *   (a page that already started streaming could only answer 200);
 * - options spelled out at their defaults, or unknown parameters, are
 *   redirected to the shortest URL for the same view, so one view has one link.
 */
import { NextResponse, type NextRequest } from 'next/server'
import { MIN_COLLATED } from '@/lib/collate/collate-statements'
import { collateRest, parseCollateQuery } from '@/lib/url/collate'
import { compareQuery, parseCompareQuery } from '@/lib/url/compare'
import { collateHref } from '@/lib/vocab/links'
import { concordanceQueryString, formulaQueryString, parseConcordanceQuery, parseFormulaQuery } from '@/lib/url/formulas'
import { mapQueryString, parseMapQuery } from '@/lib/url/map'
import { parseStatementListQuery, statementListQueryString } from '@/lib/url/statement-list'
import { parseSearchQuery, searchQueryString } from '@/lib/url/search'
import { parseStatementPageQuery } from '@/lib/url/statement-page'

export const config = { matcher: ['/', '/statements/:slug', '/compare/:a/:b', '/collate', '/formulas', '/formulas/:id', '/map', '/search'] }

export function proxy(request: NextRequest): Response | undefined {
  const url = request.nextUrl
  const params = Object.fromEntries(url.searchParams)
  let canonical: string
  if (url.pathname === '/collate') return collateProxy(url)
  if (url.pathname === '/') {
    const parsed = parseStatementListQuery(params)
    if (!parsed.ok) return invalidOptions('This statement list is not valid', url.pathname, 'Show all statements', parsed.error)
    canonical = statementListQueryString(parsed.query)
  } else if (url.pathname.startsWith('/statements/')) {
    // only the part is read; other parameters (?edited=1 after an edit) are left as they are
    const parsed = parseStatementPageQuery(params)
    if (!parsed.ok)
      return invalidOptions('This part of the statement is not valid', url.pathname, 'Read the statement from the start', parsed.error)
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
 * redirected to their one link (/collate?s=a,b,c&…); fewer are the picker's,
 * whose own fields (find, language) stay.
 */
function collateProxy(url: NextRequest['nextUrl']): Response | undefined {
  const params: Record<string, string | string[]> = {}
  for (const name of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(name)
    params[name] = values.length > 1 ? values : (values[0] as string)
  }
  const parsed = parseCollateQuery(params)
  if (!parsed.ok) return invalidOptions('This collation is not valid', url.pathname, 'Choose statements to collate', parsed.error)
  if (parsed.slugs.length < MIN_COLLATED) return undefined
  const canonical = collateHref(parsed.slugs, collateRest(parsed.options, parsed.view)).slice(url.pathname.length)
  // compared as parameters, so that a comma sent as %2C is the same link and never a redirect loop
  if (new URLSearchParams(url.search).toString() === new URLSearchParams(canonical).toString()) return undefined
  return NextResponse.redirect(new URL(`${url.pathname}${canonical}`, url.origin), 308)
}

const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)

function invalidOptions(heading: string, pathname: string, back: string, error: string): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(heading)} · Tongwen 同文</title>
<style>body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;background:#fafaf9;color:#1c1917;margin:0}main{max-width:36rem;margin:3rem auto;padding:1.5rem;background:#fff;border:1px solid #fdba74;border-radius:.5rem}a{color:#1e40af}</style></head>
<body><main role="alert"><h1>${escape(heading)}</h1><p>${escape(error)}</p><p><a href="${escape(pathname)}">${escape(back)}</a> · <a href="/">All statements</a></p></main></body></html>`
  return new Response(html, { status: 400, headers: { 'content-type': 'text/html; charset=utf-8' } })
}

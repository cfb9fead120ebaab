/** The site's main navigation after its name: the layout's header, and the plain pages the proxy draws for wrong addresses. */
export const SITE_NAV: readonly (readonly [href: string, label: string])[] = [
  ['/', 'Statements'],
  ['/search', 'Search'],
  ['/formulas', 'Formulas'],
  ['/map', 'Map'],
  ['/import', 'Import'],
]

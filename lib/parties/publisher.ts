/**
 * The government a statement's source belongs to, from its address: the
 * White House and the State Department publish for the United States, the
 * Foreign Ministry and Xinhua for China. A one-voice document (a fact sheet,
 * a statement by the president) is that government's.
 */
const PUBLISHERS: readonly [RegExp, string][] = [
  [/(^|\.)(whitehouse\.gov|state\.gov|ustr\.gov|defense\.gov|treasury\.gov|usembassy\.gov)$/, 'united-states'],
  [
    /(^|\.)(fmprc\.gov\.cn|mfa\.gov\.cn|gov\.cn|news\.cn|xinhuanet\.com|people\.com\.cn|chinadaily\.com\.cn|china-embassy\.gov\.cn)$/,
    'china',
  ],
  [/(^|\.)gov\.uk$/, 'united-kingdom'],
  [/(^|\.)(kremlin\.ru|mid\.ru)$/, 'russia'],
  [/(^|\.)(mofa\.go\.jp|kantei\.go\.jp)$/, 'japan'],
  [/(^|\.)(mofa\.go\.kr|president\.go\.kr)$/, 'south-korea'],
  [/(^|\.)(mea\.gov\.in|pmindia\.gov\.in)$/, 'india'],
  [/(^|\.)(elysee\.fr|diplomatie\.gouv\.fr)$/, 'france'],
  [/(^|\.)(bundesregierung\.de|auswaertiges-amt\.de)$/, 'germany'],
  [/(^|\.)(pm\.gov\.au|dfat\.gov\.au)$/, 'australia'],
  [/(^|\.)(pm\.gc\.ca|international\.gc\.ca)$/, 'canada'],
  [/(^|\.)(europa\.eu|consilium\.europa\.eu)$/, 'european-union'],
]

/** The gazetteer code of the government that published at `url`, or null. */
export function publisherOf(url: string | undefined | null): string | null {
  if (!url) return null
  let host: string
  try {
    host = new URL(url).hostname.toLowerCase()
  } catch {
    return null
  }
  // an archive of a government's site is that government's (bidenwhitehouse.archives.gov)
  if (/(^|\.)(bidenwhitehouse|obamawhitehouse|trumpwhitehouse)\.archives\.gov$/.test(host)) return 'united-states'
  return PUBLISHERS.find(([pattern]) => pattern.test(host))?.[1] ?? null
}

import 'server-only'
import { headers } from 'next/headers'

/**
 * The origin a visitor used, for absolute URLs in link previews (a preview
 * image must be an absolute URL). Behind a proxy, its X-Forwarded headers say
 * the public host and scheme.
 */
export async function requestOrigin(): Promise<URL> {
  const list = await headers()
  const host = list.get('x-forwarded-host') ?? list.get('host') ?? 'localhost:3000'
  const proto = list.get('x-forwarded-proto') ?? (/^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(host) ? 'http' : 'https')
  return new URL(`${proto.split(',')[0]?.trim()}://${host.split(',')[0]?.trim()}`)
}

import 'server-only'
import { headers } from 'next/headers'
import { getEnv } from '@/lib/env'

/**
 * The origin a visitor used, for absolute URLs in link previews (a preview
 * image must be an absolute URL). Behind a proxy of ours (TONGWEN_TRUST_PROXY=1),
 * its X-Forwarded headers say the public host and scheme; otherwise they are
 * ignored, since anyone can send them.
 */
export async function requestOrigin(): Promise<URL> {
  const list = await headers()
  const trust = getEnv().trustProxy
  const host = (trust ? list.get('x-forwarded-host') : null) ?? list.get('host') ?? 'localhost:3000'
  const proto =
    (trust ? list.get('x-forwarded-proto') : null) ?? (/^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(host) ? 'http' : 'https')
  return new URL(`${proto.split(',')[0]?.trim()}://${host.split(',')[0]?.trim()}`)
}

/**
 * Runs once when the server starts, before it takes requests: in the Node
 * runtime, the overload gate (lib/server/overload-gate.ts) with the limits of
 * lib/env.ts, and outside it the pages kept for anonymous readers
 * (lib/server/page-cache.ts), so that a kept page is served even while renders queue.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ installOverloadGate }, { installPageCache }, { getEnv }, { dataGeneration, getDb }, { SESSION_COOKIE }] = await Promise.all([
    import('@/lib/server/overload-gate'),
    import('@/lib/server/page-cache'),
    import('@/lib/env'),
    import('@/lib/services/database'),
    import('@/lib/auth/tokens'),
  ])
  const { limits, keptPageBytes } = getEnv()
  installOverloadGate({ maxConcurrent: limits.maxConcurrent, maxQueue: limits.maxQueue })
  installPageCache({ maxBytes: keptPageBytes, generation: () => dataGeneration(getDb()), sessionCookie: SESSION_COOKIE })
}

/**
 * Runs once when the server starts, before it takes requests: in the Node
 * runtime, the overload gate (lib/server/overload-gate.ts) with the limits of
 * lib/env.ts.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ installOverloadGate }, { getEnv }] = await Promise.all([import('@/lib/server/overload-gate'), import('@/lib/env')])
  const { maxConcurrent, maxQueue } = getEnv().limits
  installOverloadGate({ maxConcurrent, maxQueue })
}

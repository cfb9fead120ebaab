/**
 * Runs once before all tests: the Prisma client must have been generated
 * (npm install does it); say so plainly rather than failing on an import.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'

export default function setup(): void {
  const client = path.join(import.meta.dirname, '../../lib/generated/prisma/client.ts')
  if (!existsSync(client)) throw new Error('The Prisma client is missing: run npm install (it generates lib/generated/prisma).')
}

/**
 * The database as the app's pages, API routes and CLI reach it: the process's
 * client (lib/db/client), to hand to the other services.
 */
export { createDb, getDb, type Db } from '@/lib/db/client'
export { dataGeneration } from '@/lib/db/write-lock'

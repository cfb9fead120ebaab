// Configuration for the ordinary Prisma CLI (`prisma generate`, and `prisma migrate
// deploy` where its native engine is available). The app itself never reads this
// file: it resolves the database in lib/env.ts.
import { defineConfig } from 'prisma/config'

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'file:./data/tongwen.db' },
})

// For Prisma's own CLI on a machine that has its native engine (this project does not
// need it: see lib/db/migrations.ts). Paths are relative to this file.
//   DATABASE_URL=… npx prisma migrate status --config prisma/prisma.config.ts
//   DATABASE_URL=… npx prisma migrate deploy --config prisma/prisma.config.ts
import { defineConfig, env } from 'prisma/config'

export default defineConfig({
  schema: 'schema.prisma',
  migrations: { path: 'migrations' },
  datasource: { url: env('DATABASE_URL') },
})

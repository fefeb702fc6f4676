// npm run db:seed — creates the demo user, workspace and article on DATABASE_URL.
import { describeSeed, seedDemo } from '@/lib/demo/seed-demo'
import { disconnectDb } from '@/lib/db/client'

try {
  console.log(describeSeed(await seedDemo()))
} finally {
  await disconnectDb()
}

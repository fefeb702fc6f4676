import { NextResponse } from 'next/server'
import { pingDatabase } from '@/lib/health/ping-database'
import { handleRoute } from '@/lib/http/handle-route'

// 200 {db: "ok"} when Postgres answers a trivial query now, else 503.
export const GET = handleRoute(async () => {
  const isUp = await pingDatabase()
  return NextResponse.json({ db: isUp ? 'ok' : 'unavailable' }, { status: isUp ? 200 : 503, headers: { 'cache-control': 'no-store' } })
})

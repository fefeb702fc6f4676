import { NextResponse } from 'next/server'
import { checkHealth } from '@/lib/health/check-health'
import { handleRoute } from '@/lib/http/handle-route'

export const GET = handleRoute(async () => {
  const { isHealthy, body } = await checkHealth()
  return NextResponse.json(body, { status: isHealthy ? 200 : 503, headers: { 'cache-control': 'no-store' } })
})

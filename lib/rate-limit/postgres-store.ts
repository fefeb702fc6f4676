import 'server-only'
import { RateLimiterPostgres } from 'rate-limiter-flexible'

// rate-limiter-flexible's Postgres store on our `rate_limits` table (Prisma model
// RateLimit). The library writes `expire` as milliseconds since the epoch into a
// `bigint` column; ours is `timestamp(3)` (UTC, as Prisma stores every DateTime), where its
// queries fail ("invalid input syntax for type timestamp"). So its three queries are
// restated with the conversion, keeping their semantics (rate-limiter-flexible 11.4,
// lib/RateLimiterPostgres.js): the rest of the library still sees milliseconds.
//
// Unqualified table name on purpose: the pool's connections start with the search_path of
// DATABASE_URL's ?schema= (lib/db/database-url.ts), so each test schema has its own table.
const TABLE = '"rate_limits"'
const toTimestamp = (param: string) => `(to_timestamp(${param}::float8 / 1000) AT TIME ZONE 'UTC')`
const toMs = (column: string) => `(extract(epoch from ${column}) * 1000)::float8`

interface StoreInternals {
  _query(query: { name: string; text: string; values: unknown[] }): Promise<{ rows: { points: number; expire: number | null }[]; rowCount: number | null }>
}

export class TimestampRateLimiterPostgres extends RateLimiterPostgres {
  _upsert(key: string, points: number, msDuration: number, forceExpire = false) {
    const now = Date.now()
    const newExpire = msDuration > 0 ? now + msDuration : null
    const expire = forceExpire ? toTimestamp('$3') : `CASE WHEN ${TABLE}.expire <= ${toTimestamp('$4')} THEN ${toTimestamp('$3')} ELSE ${TABLE}.expire END`
    return (this as unknown as StoreInternals)._query({
      name: forceExpire ? 'claimtrack-upsert-force' : 'claimtrack-upsert',
      text: `INSERT INTO ${TABLE} (key, points, expire) VALUES ($1, $2, ${toTimestamp('$3')})
        ON CONFLICT (key) DO UPDATE SET
          points = CASE WHEN ${TABLE}.expire <= ${toTimestamp('$4')} OR $5::boolean THEN $2 ELSE ${TABLE}.points + $2 END,
          expire = ${expire}
        RETURNING points, ${toMs('expire')} AS expire`,
      values: [key, points, newExpire, now, forceExpire],
    })
  }

  _get(key: string) {
    return (this as unknown as StoreInternals)
      ._query({
        name: 'claimtrack-get',
        text: `SELECT points, ${toMs('expire')} AS expire FROM ${TABLE} WHERE key = $1 AND (expire > ${toTimestamp('$2')} OR expire IS NULL)`,
        values: [key, Date.now()],
      })
      .then((result) => (result.rowCount === 0 ? null : result))
  }

  clearExpired(expire: number) {
    return (this as unknown as StoreInternals)
      ._query({ name: 'claimtrack-clear-expired', text: `DELETE FROM ${TABLE} WHERE expire < ${toTimestamp('$1')}`, values: [expire] })
      .then(() => undefined)
      .catch(() => undefined) // as the library: cleaning up is not critical
  }
}

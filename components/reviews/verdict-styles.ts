import type { Verdict } from '@/lib/db/generated/enums'

// Bar and badge colours per verdict, best (emerald) to worst (rose); Unverifiable neutral.
export const VERDICT_COLORS: Record<Verdict, { bar: string; badge: string }> = {
  ACCURATE: { bar: 'bg-emerald-600', badge: 'bg-emerald-50 text-emerald-900' },
  ACCURATE_WITH_CAVEATS: { bar: 'bg-lime-500', badge: 'bg-lime-50 text-lime-900' },
  MISLEADING: { bar: 'bg-amber-500', badge: 'bg-amber-50 text-amber-900' },
  INACCURATE: { bar: 'bg-orange-600', badge: 'bg-orange-50 text-orange-900' },
  FALSE: { bar: 'bg-rose-700', badge: 'bg-rose-50 text-rose-900' },
  UNVERIFIABLE: { bar: 'bg-stone-400', badge: 'bg-stone-100 text-stone-700' },
}

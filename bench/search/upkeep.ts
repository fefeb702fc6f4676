// What the search indexes cost a writer: a 300-claim document imported through the
// real import service (createDocument: extraction, then the document, revision,
// claims and quantities in one transaction, then the "checked before" matching), with
// the search triggers on and with them disabled, alternately, so that drift in this
// machine's speed falls on both. With the triggers off no vector is computed and the
// GIN indexes get nothing new; the trigram index on the quote is kept up either way.
// Afterwards the triggers are on again and the rows written without them get their
// vectors.
// The imports go to a second, empty workspace of the same database: the search
// indexes span all workspaces, so they are the million-claim ones either way, while
// the "checked before" matching after each import (which compares the new claims with
// the workspace's verified claims, minutes in the big workspace) has nothing to
// compare with there and does not drown what is measured.
import { getDb } from '@/lib/db/client'
import { createDocument } from '@/lib/documents/create-document'
import { createPasswordAccount } from '@/lib/users/create-password-account'
import { PASSWORD } from './seed'
import { makeSentence, randomSource } from './vocabulary'

// The search triggers an import fires (Quantity has none).
const TRIGGERS = [
  ['Document', 'Document_search', 'title = title'],
  ['DocumentRevision', 'DocumentRevision_search', 'text = text'],
  ['Claim', 'Claim_search', 'quote = quote'],
] as const

const SEARCH_INDEXES = ['Document_searchVector_idx', 'DocumentRevision_searchVector_idx', 'Claim_searchVector_idx']
const cleanPendingLists = (indexes: string[]) => getDb().$executeRawUnsafe(`SELECT gin_clean_pending_list(i::regclass) FROM unnest($1::text[]) i`, indexes.map((index) => `"${index}"`))

const setTriggers = async (isOn: boolean) => {
  for (const [table, trigger] of TRIGGERS) await getDb().$executeRawUnsafe(`ALTER TABLE "${table}" ${isOn ? 'ENABLE' : 'DISABLE'} TRIGGER "${trigger}"`)
}

export async function timeUpkeep(repetitions: number): Promise<{ on: number[]; off: number[]; claims: number }> {
  const owner = await createPasswordAccount({ email: 'importer@bench.test', password: PASSWORD, name: 'Importer' })
  const { workspaceId } = owner
  const times = { on: [] as number[], off: [] as number[] }
  let claims = 0
  const importOne = async (seed: number) => {
    const random = randomSource(seed)
    const text = Array.from({ length: 60 }, () => Array.from({ length: 5 }, () => makeSentence(random)).join(' ')).join('\n')
    await cleanPendingLists([...SEARCH_INDEXES, 'Claim_quote_idx', 'Document_title_idx'])
    const started = performance.now()
    const document = await createDocument({ actor: owner, workspaceId, title: `Upkeep import ${seed}`, text })
    await cleanPendingLists(SEARCH_INDEXES)
    claims = document.claimCount
    return performance.now() - started
  }
  try {
    await importOne(1_000) // warm-up: the import path's code and plans
    for (let turn = 0; turn < repetitions; turn++) {
      for (const isOn of turn % 2 ? [false, true] : [true, false]) {
        await setTriggers(isOn)
        times[isOn ? 'on' : 'off'].push(await importOne(1_001 + turn * 2 + Number(isOn)))
      }
    }
  } finally {
    await setTriggers(true)
    for (const [table, , touch] of TRIGGERS) await getDb().$executeRawUnsafe(`UPDATE "${table}" SET ${touch} WHERE "searchVector" IS NULL`)
  }
  return { ...times, claims }
}

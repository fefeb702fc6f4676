import { extract } from '@/lib/extract'
import { formatQuantity } from '@/lib/claims/format-quantity'
import { toCanonicalText } from '@/lib/text/canonical-text'
import { readInput } from './read-input'

export interface ExtractOptions {
  json?: boolean
}

// Prints the claims and quantities of a text. With --json, the JSON documented in
// the README ("claimtrack extract --json"); offsets are into the canonical text.
export async function runExtract(file: string, options: ExtractOptions): Promise<number> {
  const document = await readInput(file)
  const text = toCanonicalText(document.text)
  const result = extract(text)
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ version: 1, characters: text.length, sentences: result.sentences.length, claims: result.claims }, null, 2)}\n`)
    return 0
  }
  for (const claim of result.claims) {
    console.log(`[${claim.kind} ${claim.checkworthiness.toFixed(2)}] ${claim.text}`)
    for (const quantity of claim.quantities) console.log(`    “${quantity.text}” → ${formatQuantity(quantity)}`)
  }
  console.log(`\n${result.claims.length} claims, ${result.claims.reduce((sum, claim) => sum + claim.quantities.length, 0)} quantities in ${result.sentences.length} sentences.`)
  return 0
}

// A long article for throughput: paragraphs of corpus sentences shuffled by a seeded
// PRNG, with the seed article's paragraphs mixed in, so every run reads the same text.
import { readFileSync } from 'node:fs'
import { SEED_ARTICLE_PATH, type TCorpusSentence } from '@/tests/support/extract-corpus'
import { seededRandom } from './shared/seeded-random'

export { seededRandom }

export interface Article {
  text: string // paragraphs joined by blank lines
  paragraphs: string[]
  bytes: number // UTF-8
}

const SEED_PARAGRAPH_SHARE = 0.1
const SENTENCES_PER_PARAGRAPH = { min: 2, max: 7 }

export function buildArticle(corpus: readonly TCorpusSentence[], targetBytes: number, seed = 20_24): Article {
  const random = seededRandom(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const sentences = corpus.filter((sentence) => sentence.genre !== 'seed').map((sentence) => sentence.text)
  const seedParagraphs = readFileSync(SEED_ARTICLE_PATH, 'utf8').split('\n').filter((line) => line.trim() !== '')
  const paragraphs: string[] = []
  let bytes = 0
  while (bytes < targetBytes) {
    let paragraph: string
    if (random() < SEED_PARAGRAPH_SHARE) {
      paragraph = pick(seedParagraphs)
    } else {
      const { min, max } = SENTENCES_PER_PARAGRAPH
      const count = min + Math.floor(random() * (max - min + 1))
      paragraph = Array.from({ length: count }, () => pick(sentences)).join(' ')
    }
    paragraphs.push(paragraph)
    bytes += Buffer.byteLength(paragraph) + 2 // and the blank line
  }
  const text = paragraphs.join('\n\n')
  return { text, paragraphs, bytes: Buffer.byteLength(text) }
}

// The leading paragraphs up to `bytes`: the fixed sample slow recognizers are timed on.
export function articlePrefix(article: Article, bytes: number): string[] {
  const prefix: string[] = []
  let total = 0
  for (const paragraph of article.paragraphs) {
    if (total >= bytes) break
    prefix.push(paragraph)
    total += Buffer.byteLength(paragraph) + 2
  }
  return prefix
}

import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { importFile, type ImportedDocument } from '@/lib/import'

// A file through the same parsers as an upload (txt, md, html, docx, pdf), or standard
// input as plain text when the path is "-".
export async function readInput(file: string): Promise<ImportedDocument> {
  if (file === '-') {
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
    return importFile({ filename: 'stdin.txt', bytes: new Uint8Array(Buffer.concat(chunks)) })
  }
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === 'ENOENT' ? `${file}: no such file` : `${file}: ${error.message}`)
  })
  return importFile({ filename: path.basename(file), bytes: new Uint8Array(bytes) })
}

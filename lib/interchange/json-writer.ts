import type { Writable } from 'node:stream'

// Writes text to a Node stream, waiting when its buffer is full, so a large export
// never piles up in memory. Small pieces are gathered into chunks of about 64 KB.
export class StreamWriter {
  private pending: string[] = []
  private size = 0
  constructor(private readonly stream: Writable, private readonly chunkSize = 64 * 1024) {}

  async write(text: string): Promise<void> {
    this.pending.push(text)
    this.size += text.length
    if (this.size >= this.chunkSize) await this.flush()
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return
    const chunk = this.pending.join('')
    this.pending = []
    this.size = 0
    if (this.stream.destroyed) throw new Error('The export was cancelled: the output closed')
    if (!this.stream.write(chunk)) {
      await new Promise<void>((resolve, reject) => {
        const done = (error?: Error) => {
          this.stream.off('drain', onDrain)
          this.stream.off('close', onClose)
          this.stream.off('error', done)
          if (error) reject(error)
          else resolve()
        }
        const onDrain = () => done()
        const onClose = () => done(new Error('The export was cancelled: the output closed'))
        this.stream.on('drain', onDrain)
        this.stream.on('close', onClose)
        this.stream.on('error', done)
      })
    }
  }
}

// A JSON array written one element at a time; elements that are already JSON text
// (built by the database) pass through with `toJson` the identity.
export async function writeArray<T>(writer: StreamWriter, batches: AsyncIterable<T[]>, indent: string, toJson: (item: T) => string = JSON.stringify): Promise<void> {
  let isFirst = true
  await writer.write('[')
  for await (const batch of batches) {
    for (const item of batch) {
      await writer.write(`${isFirst ? '' : ','}\n${indent}  ${toJson(item)}`)
      isFirst = false
    }
  }
  await writer.write(isFirst ? ']' : `\n${indent}]`)
}

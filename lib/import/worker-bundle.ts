import { mkdir, rename } from 'node:fs/promises'
import path from 'node:path'

// The import child runs compiled JavaScript, not TypeScript through tsx: one file,
// bundled with esbuild once per server process (a fraction of a second, in esbuild's
// own process), so it starts fast and needs nothing from the source tree at run time.
// Rebuilt per process rather than at `next build`, so it can never be older than the
// code beside it.
let bundle: Promise<string> | undefined

export function importWorkerBundle(): Promise<string> {
  bundle ??= build().catch((error: unknown) => {
    bundle = undefined
    throw error
  })
  return bundle
}

async function build(): Promise<string> {
  const { build: esbuild } = await import('esbuild')
  const root = process.env.CLAIMTRACK_ROOT ?? process.cwd()
  const outfile = path.join(root, 'node_modules/.cache/claimtrack/import-worker.mjs')
  const scratch = `${outfile}.${process.pid}.tmp`
  await mkdir(path.dirname(outfile), { recursive: true })
  await esbuild({
    entryPoints: [path.join(root, 'lib/import/child/import-entry.ts')],
    outfile: scratch,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: path.join(root, 'tsconfig.json'),
    // pdf.js runs its "worker" in the same process by importing pdf.worker.mjs from
    // beside itself, and reads its font metrics from its own package: it works only
    // where it was installed, so the bundle imports it from node_modules.
    external: ['pdfjs-dist'],
    // Dependencies written as CommonJS call require(); an ES module has none of its own.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'silent',
  })
  // Atomic: two processes building at once each leave a whole file.
  await rename(scratch, outfile)
  return outfile
}

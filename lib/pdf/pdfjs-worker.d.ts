// pdf.js's worker code, run in the same thread by its "fake worker"; imported only for
// its side effect (it sets globalThis.pdfjsWorker), so it needs no types.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs'

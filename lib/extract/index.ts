// The extraction engine: pure functions from text to sentences, claims and
// normalized quantities. No I/O; offsets are UTF-16 indices into the input.

export { extract } from './extract'
export { extractQuantities } from './extract-quantities'
export { segmentSentences } from './segment-sentences'
export { deriveChange, deriveChanges } from './derive-changes'
export { roundingBounds } from './rounding'
export { possibleUnits, UNSPECIFIED_DOLLAR } from './currencies'
export * from './types'

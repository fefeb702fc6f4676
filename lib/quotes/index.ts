// Locating evidence quotes in source snapshots: pure functions, no I/O.
export { canonicalText, BLOCK_SEPARATOR, type OffsetBlock, type QuoteSnapshot, type SnapshotBlock } from './canonical-text'
export { buildQuoteIndex, cachedQuoteIndex, type QuoteIndex } from './quote-index'
export { locateQuote, type QuoteLocation, type QuoteMethod, type QuoteStatus } from './locate-quote'
export { quoteSelectors, quoteTarget, type QuoteSelector } from './quote-selectors'
export { figureFromLocatedQuote, type LocatedFigure } from './figure-from-quote'
export { historyAfter, quoteReaderPath, readStoredLocation, toStoredLocation, type StoredQuoteLocation } from './stored-location'
export { isFlaggedState, placeText, quoteCheckLabel, shortPlace, type QuoteCheckState } from './describe-location'

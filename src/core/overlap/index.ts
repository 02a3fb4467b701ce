/** Plans that describe the same initiative: a TF-IDF cosine over their problem, idea and approach. */
export { overlapDocument } from './document.js';
export { findOverlaps, DEFAULT_OVERLAP_THRESHOLD } from './find.js';
export { setAsideDistinct, normalPlanPath, distinctPairKey } from './distinct.js';
export type { OverlapDocument, OverlapOptions, OverlapPair, PassageMatch, Passage } from './types.js';

import text from './warm-up.txt';

/**
 * A short press text with the usual mistakes (warm-up.txt), linted once when the server has
 * started and is idle: the engine's first lint in a fresh process runs cold (regular expressions
 * compiled on first use, functions not yet optimized), which otherwise lands on a document's first
 * diagnostics. A data file, so the shipped bundle carries it compressed.
 */
export const WARM_UP_TEXT: string = text;

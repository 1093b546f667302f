import { C, CLASS } from '../chars';
import { T, tokenContaining, Tokens } from '../tokenize';

/**
 * Prefix rules look for a two-letter prefix (می، بی) near the start of a word. Walking every
 * token costs a millisecond per MiB; searching the text for the prefix with indexOf and
 * mapping the few word-initial hits to their token costs a fraction of that.
 */

/**
 * Index of the Word token that starts exactly at `pos`, or -1. `from` is a token known to
 * start at or before `pos`: the search gallops forward from it, as hits come in text order.
 */
export function wordTokenAt(tokens: Tokens, pos: number, from = 0): number {
  const i = tokenContaining(tokens, pos, from);
  return i >= 0 && tokens.start[i] === pos && tokens.kind[i] === T.Word ? i : -1;
}

const ZWNJ = 0x200c;

function isLetter(c: number): boolean {
  const k = CLASS[c];
  return k === C.Letter || k === C.Mark;
}

/**
 * Calls `visit(token, at)` once per Word token for the first occurrence of `needle` at most
 * `maxLead` letters after the token's start (`at` is the offset of the occurrence).
 * Occurrences after the first letter count only for words whose first letter passes `mayLead`.
 * Occurrences already joined to the next letter by a ZWNJ (the right spelling) are passed over
 * before any token look-up.
 */
export function forEachNearWordStart(
  text: string,
  tokens: Tokens,
  needle: string,
  maxLead: number,
  visit: (token: number, at: number) => void,
  /** Whether a word starting with this letter may have `needle` after its first letter. */
  mayLead?: (c: number) => boolean,
  /** Called with the other occurrences inside a word (not joined on by a ZWNJ), unmapped. */
  elsewhere?: (at: number) => void,
): void {
  const n = needle.length;
  let last = -1;
  let cursor = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (text.charCodeAt(at + n) === ZWNJ && isLetter(text.charCodeAt(at + n + 1))) continue;
    let ws = at;
    while (ws > 0 && at - ws <= maxLead && isLetter(text.charCodeAt(ws - 1))) ws--;
    if (at - ws > maxLead || (ws > 0 && isLetter(text.charCodeAt(ws - 1))) || (ws < at && !(mayLead && mayLead(text.charCodeAt(ws))))) {
      if (elsewhere && ws < at) elsewhere(at);
      continue;
    }
    const i = wordTokenAt(tokens, ws, cursor);
    if (i < 0) continue;
    cursor = i;
    if (i !== last) visit((last = i), at);
  }
}

/**
 * The word after token i across a gap of spaces and stray joiners («می ‌شود»), with whether the
 * gap held a joiner; undefined when no gap or no word follows.
 */
export function wordAcrossGap(tokens: Tokens, i: number): { j: number; joiner: boolean } | undefined {
  let j = i + 1;
  let joiner = false;
  while (j < tokens.count && (tokens.kind[j] === T.Space || tokens.kind[j] === T.Joiner)) {
    if (tokens.kind[j] === T.Joiner) joiner = true;
    j++;
  }
  if (j === i + 1 || j >= tokens.count || tokens.kind[j] !== T.Word) return undefined;
  return { j, joiner };
}

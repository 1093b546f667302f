import { F, FOLD, fold } from './chars';
import blessingsData from './data/blessings.txt';
import firstNamesData from './data/first-names.txt';
import givenNamesData from './data/given-names.txt';
import honorificsData from './data/honorifics.txt';
import stopsData from './data/name-stops.txt';
import officesData from './data/offices.txt';
import titlesData from './data/titles.txt';
import { HashedMap, parseLexicon } from './lexicon';
import { pdfLexicon } from './morphology/segment';
import { PhraseHit, PhraseMatcher, expandPattern } from './phrases';
import { T, Tokens, exactHash, foldedHash, hashString } from './tokenize';

/**
 * The document-wide pass shared by the §3/§4 rules: one scan of the token stream finds every
 * honorific, blessing formula, title and source marker (phrase trie) and every parenthesised
 * blessing abbreviation; the rules then decide from these few occurrences. The scan is cached
 * per token stream and text, so the §3/§4 rules pay for it once.
 */
export type EntryKind = 'honorific' | 'blessing' | 'title' | 'marker';

export interface Entry {
  kind: EntryKind;
  /** The house form (honorific, title) or the full formula (blessing). */
  canonical: string;
  /** honorific: clerical | military | academic | civil | part; marker: report | agency. */
  group: string;
  /** Honorific that never contradicts another of its group (سردار, پروفسور). */
  generic: boolean;
  /** Honorifics this one may be shortened to later in an article. */
  short: string[];
  /** blessing: the abbreviation written in parentheses («ره»). */
  abbr: string;
  /** Suffixes the title's last word may carry (as written after the house form). */
  suffixes: string[];
  /** Whether other spellings are listed (titles without any only delimit names). */
  variants: boolean;
}

export type Hit = PhraseHit<Entry>;

function entry(kind: EntryKind, canonical: string, extra: Partial<Entry> = {}): Entry {
  return { kind, canonical, group: '', generic: false, short: [], abbr: '', suffixes: [''], variants: true, ...extra };
}

function cells(line: string): string[] {
  return line.split('|').map((c) => c.trim());
}

function spellings(canonical: string, list: string): string[][] {
  const out = expandPattern(canonical);
  for (const p of list.split(',')) if (p.trim()) out.push(...expandPattern(p));
  return out;
}

export function parseHonorifics(source: string): { entry: Entry; spellings: string[][] }[] {
  return parseLexicon(source).map((line) => {
    const [canonical, group, list = '', flags = ''] = cells(line);
    const e = entry('honorific', canonical, { group });
    for (const f of flags.split(/\s+/)) {
      if (f === 'generic') e.generic = true;
      else if (f.startsWith('short:')) e.short = f.slice(6).split(',');
    }
    return { entry: e, spellings: spellings(canonical, list) };
  });
}

export function parseBlessings(source: string): { entry: Entry; spellings: string[][] }[] {
  return parseLexicon(source).map((line) => {
    const [canonical, abbr, list = ''] = cells(line);
    return { entry: entry('blessing', canonical, { abbr }), spellings: spellings(canonical, list) };
  });
}

export function parseTitles(source: string): { entry: Entry; spellings: string[][] }[] {
  return parseLexicon(source).map((line) => {
    const [canonical, list = '', sfx = ''] = cells(line);
    const suffixes = ['', ...sfx.split(/\s+/).filter(Boolean)];
    return { entry: entry('title', canonical, { suffixes, variants: list.trim() !== '' }), spellings: spellings(canonical, list) };
  });
}

/** Source markers: the words before an agency's name («به گزارش قم نیوز،», «خبرگزاری مهر»). */
const MARKERS: [string, string][] = [
  // «به گزارش»: the trie keys on «گزارش», so the frequent «به» does not enter the walk.
  ['گزارش', 'report'],
  ['خبرگزاری', 'agency'],
  ['پایگاه خبری', 'agency'],
  ['پایگاه اطلاع‌رسانی', 'agency'],
  ['روزنامه', 'agency'],
  ['هفته‌نامه', 'agency'],
  ['خبرگزاری‌های', 'agency'],
];

export const HONORIFICS = parseHonorifics(honorificsData);
/**
 * Folded hashes of the words an honorific can end a token with: the last word of every spelling,
 * and the last words glued or joined by a ZWNJ, as they are matched («الاسلام», «حجت‌الاسلام»).
 */
const HONORIFIC_ENDS = new Set(
  HONORIFICS.flatMap(({ spellings: s }) => s.flatMap((words) => words.map((_, k) => foldedHash(words.slice(k).join(''))))),
);
/**
 * «دوم», «یکم», «سوم» end a rank («سرتیپ دوم») but alone are ordinals («دستگاه دوم»): they end
 * an honorific only after the rank's first word (RANK_HEADS).
 */
const ORDINAL_ENDS = new Set(['یکم', 'دوم', 'سوم'].map((w) => foldedHash(w)));
for (const h of ORDINAL_ENDS) HONORIFIC_ENDS.delete(h);
const RANK_HEADS = new Set(HONORIFICS.flatMap(({ spellings: s }) => s.filter((w) => w.length >= 2 && ORDINAL_ENDS.has(foldedHash(w[w.length - 1]))).map((w) => foldedHash(w.slice(0, -1).join('')))));
export const BLESSINGS = parseBlessings(blessingsData);
export const TITLES = parseTitles(titlesData);

export function buildMatcher(titles = TITLES, honorifics = HONORIFICS): PhraseMatcher<Entry> {
  const m = new PhraseMatcher<Entry>();
  for (const { entry: e, spellings: s } of honorifics) for (const w of s) m.add(w, e);
  for (const { entry: e, spellings: s } of BLESSINGS) for (const w of s) m.add(w, e);
  for (const { entry: e, spellings: s } of titles) for (const w of s) m.add(w, e, e.suffixes);
  for (const { entry: e } of [...honorifics, ...BLESSINGS, ...titles]) for (const sfx of e.suffixes) m.markExact(e.canonical + sfx, e);
  for (const [m1, group] of MARKERS) {
    const e = entry('marker', m1, { group });
    for (const w of expandPattern(m1)) m.add(w, e);
  }
  return m;
}

const DEFAULT_MATCHER = buildMatcher();

/** Abbreviations of blessings, by their exact hash («ره» → ره). */
const ABBRS = new HashedMap<string>(false);
for (const { entry: e } of BLESSINGS) ABBRS.set(e.abbr, e.abbr);
/** The full formula an abbreviation stands for (the first listed). */
export const FULL_FOR_ABBR = new Map<string, string>();
for (const { entry: e } of BLESSINGS) if (!FULL_FOR_ABBR.has(e.abbr)) FULL_FOR_ABBR.set(e.abbr, e.canonical);

export const STOPS = new HashedMap<true>(true);
for (const line of parseLexicon(stopsData)) for (const w of line.split(/\s+/)) STOPS.set(fold(w), true);
/** Function words and pronouns: never half of a name split by a space («مهد وی» is not «مهدوی»). */
export const FUNCTION_WORDS = new Set('و در به از با که را تا بر این آن وی او ما شما هم نیز یا چه هر اگر پس'.split(' '));
/** First words of titles of office («وزیر», «رئیس»), folded. */
export const OFFICE_HEADS = new HashedMap<true>(true);
for (const line of parseLexicon(officesData)) for (const w of line.split(/\s+/)) OFFICE_HEADS.set(fold(w), true);
/** Lineage words that sit between an honorific and a name without being part of the count. */
const LINEAGE = new HashedMap<true>(false);
for (const w of ['سید', 'سیده', 'شیخ', 'میر']) LINEAGE.set(w, true);
/** Surname endings that follow a space in a badly spaced surname («موسی پور»). */
export const SURNAME_SUFFIXES = ['پور', 'زاده', 'نیا'];
const SUFFIX_WORD = new HashedMap<true>(false);
for (const w of SURNAME_SUFFIXES) SUFFIX_WORD.set(w, true);
const SUFFIX_HASHES = SURNAME_SUFFIXES.map(hashString);
const ARABIC_COMMA = 0x060c;
/** «،», or the Latin comma pasted copy has in its place («آقاجانی , رئیس انجمن»). */
export function isComma(c: number): boolean {
  return c === ARABIC_COMMA || c === 0x2c;
}

/** The parts of two-part given names («محمد» + «رضا»), folded (given-names.txt). */
export const GIVEN_NAME_PARTS = (() => {
  const lines = parseLexicon(givenNamesData);
  const cut = lines.indexOf('+');
  const words = (ls: string[]) => ls.join(' ').split(/\s+/).map(fold);
  return { firsts: words(lines.slice(0, cut)), seconds: words(lines.slice(cut + 1)) };
})();
const FIRST_NAME_LINES = parseLexicon(firstNamesData);
const FIRST_NAME_CUT = FIRST_NAME_LINES.indexOf('+');
const hashesOf = (lines: string[]) => lines.join(' ').split(/\s+/).filter(Boolean).map((w) => foldedHash(w));
/** Folded hashes of the given names of first-names.txt and of the two-part ones glued («محمدجواد»). */
const FIRST_NAMES = new Set([
  ...hashesOf(FIRST_NAME_LINES.slice(0, FIRST_NAME_CUT)),
  ...GIVEN_NAME_PARTS.firsts.flatMap((a) => GIVEN_NAME_PARTS.seconds.filter((b) => b !== a).map((b) => foldedHash(a + b))),
]);
/** Given names that are also common words («رسول», «رحیم»): first-names.txt after «+». */
const WORD_NAMES = new Set(hashesOf(FIRST_NAME_LINES.slice(FIRST_NAME_CUT + 1)));
/** A 65,536-bit filter over FIRST_NAMES and WORD_NAMES (8 KB, cache-resident): most words are rejected without a Set look-up. */
const FIRST_FILTER = new Int32Array(2048);
for (const h of [...FIRST_NAMES, ...WORD_NAMES]) {
  const x = (h ^ (h >>> 16)) & 0xffff;
  FIRST_FILTER[x >>> 5] |= 1 << (x & 31);
}
const inNameFilter = (h: number) => {
  const x = (h ^ (h >>> 16)) & 0xffff;
  return (FIRST_FILTER[x >>> 5] & (1 << (x & 31))) !== 0;
};

/**
 * Whether word i follows a given name or an honorific and a space: a name («غلامعلی بردستانی»,
 * «حجت‌الاسلام بردستانی»), which the §6 rules leave whole, however it splits («بر» + «دستانی»).
 */
export function afterNameHead(tokens: Tokens, i: number): boolean {
  if (i < 2 || tokens.kind[i - 1] !== T.Space || tokens.kind[i - 2] !== T.Word) return false;
  const h = tokens.fhash[i - 2];
  if (ORDINAL_ENDS.has(h)) return i >= 4 && tokens.kind[i - 3] === T.Space && tokens.kind[i - 4] === T.Word && RANK_HEADS.has(tokens.fhash[i - 4]);
  return isGivenName(h) || HONORIFIC_ENDS.has(h);
}

/** Whether a word (its folded hash) is a common given name. */
export function isGivenName(h: number): boolean {
  return inNameFilter(h) && FIRST_NAMES.has(h);
}

/**
 * «امام رضا», «حضرت علی», «ماه رمضان»: a given name after these names no person of the article
 * (name-consistency reads no surname after one either).
 */
export const NOT_NAME_AFTER = new Set(['امام', 'حضرت', 'ماه'].map((w) => foldedHash(w)));

/** Whether a word may be a given name: listed, or one that is also a common word (see givenNameAt). */
export function mayBeGivenName(h: number): boolean {
  return inNameFilter(h) && (FIRST_NAMES.has(h) || WORD_NAMES.has(h));
}

/**
 * Whether word i is a given name where it stands: a listed one, or one that is also a common word
 * before a word no dictionary lists, nor with its ezafe («رسول کاکایی»; not «رمضان بلندگوی …»),
 * or before a word and a comma, the press's apposition («رحیم بیگی، راننده»).
 */
function givenNameAt(tokens: Tokens, text: string, i: number): boolean {
  const h = tokens.fhash[i];
  if (!inNameFilter(h)) return false;
  if (FIRST_NAMES.has(h)) return true;
  if (!WORD_NAMES.has(h)) return false;
  const p = i >= 2 && tokens.kind[i - 1] === T.Space ? i - 2 : -1;
  if (p >= 0 && tokens.kind[p] === T.Word && NOT_NAME_AFTER.has(tokens.fhash[p])) return false;
  const j = nextWord(tokens, i);
  if (j < 0 || tokens.end[j] - tokens.start[j] < 3) return false;
  const c = j + 1 < tokens.count && tokens.kind[j + 1] === T.Punct ? text.charCodeAt(tokens.start[j + 1]) : 0;
  if (isComma(c)) return true;
  const lexicon = pdfLexicon();
  if (lexicon.hasWord(tokens.fhash[j])) return false;
  const w = foldWord(text, tokens, j);
  return !(w.endsWith('ی') && lexicon.hasWord(foldedHash(w.slice(0, -1))));
}
/**
 * Surname endings that are also words («فر», «نسب», «نژاد»): a surname only when joined to its
 * stem with a ZWNJ («نوروزی‌فر»), never read from a spaced or glued spelling alone.
 */
const JOINED_SURNAME_ENDS = new Set(['فر', 'نسب', 'نژاد', 'راد', 'منش', 'فرد', 'کیا']);

/** «…پور», «…زاده», «…نیا» (and JOINED_SURNAME_ENDS after a ZWNJ), read from the last letter back. */
function endsWithSurnameSuffix(text: string, e: number): boolean {
  const c = text.charCodeAt(e - 1);
  for (let z = e - 2; z >= e - 5; z--) if (text.charCodeAt(z) === 0x200c) {
    if (JOINED_SURNAME_ENDS.has(text.slice(z + 1, e))) return true;
    break;
  }
  if (c === 0x631) return text.charCodeAt(e - 2) === 0x648 && text.charCodeAt(e - 3) === 0x67e; // پور
  if (c === 0x647) return text.charCodeAt(e - 2) === 0x62f && text.charCodeAt(e - 3) === 0x627 && text.charCodeAt(e - 4) === 0x632; // زاده
  if (c === 0x627) return text.charCodeAt(e - 2) === 0x6cc && text.charCodeAt(e - 3) === 0x646; // نیا
  return false;
}

/** «(ره)»: the parentheses and the abbreviation inside. */
export interface AbbrHit {
  abbr: string;
  /** Offsets of «(» and just after «)». */
  open: number;
  close: number;
  /** Token index of «(». */
  openTok: number;
}

/** A person mentioned after one or more honorifics: «حجت‌الاسلام والمسلمین سید مهدی خاموشی». */
export interface Mention {
  honorifics: Hit[];
  /** Name words (token ranges; a spaced surname suffix is merged into its word). */
  words: { first: number; last: number; start: number; end: number }[];
  /** The last name word folded, spaces removed: who the person is. */
  surname: string;
  /** The first name word folded when there are two or more, else ''. */
  firstName: string;
}

/** A two-word mention's words joined, the surname written apart it may be («نیک فرجام» for «نیک‌فرجام»); else null. */
export function joinedName(m: Mention): string | null {
  return m.words.length === 2 && m.firstName ? (m.firstName + m.surname).replace(/\u200c/g, '') : null;
}

export interface Scan {
  hits: Hit[];
  abbrs: AbbrHit[];
  /** ZWNJ-joined words ending in a surname suffix («زارع‌پور»), and bare suffixes after a word («زارع پور»). */
  surnames: number[];
  suffixWords: number[];
  /** «،» tokens followed by a title of office («…، دبیر جشنواره»): where appositiveNames looks. */
  commas: number[];
  /** «،» tokens followed by a given name («مدیرکل …، علیرضا فرهمند، گفت»): where title-change reads a title before a name. */
  nameCommas: number[];
  /** Given names («سعید», «محمدجواد»): the word after one may be a surname (name-consistency). */
  givenNames: number[];
  /** Title hits that may be misspelt, filtered once for both title rules. */
  titles?: Hit[];
  honorifics?: Hit[];
}

/**
 * Per token stream; the incremental linter updates a stream in place, so an entry is only
 * valid for the text it was computed from.
 */
const cache = new WeakMap<Tokens, { text: string; scan: Scan }>();

export function scanArticle(tokens: Tokens, text: string): Scan {
  const c = cache.get(tokens);
  if (c && c.text === text) return c.scan;
  const s: Scan = { hits: [], abbrs: [], surnames: [], suffixWords: [], commas: [], nameCommas: [], givenNames: [] };
  scanTokens(tokens, text, 0, tokens.count, s);
  cache.set(tokens, { text, scan: s });
  return s;
}

/** The scan computed for exactly this token stream and text, if any (nothing is computed). */
export function cachedScan(tokens: Tokens, text: string): Scan | undefined {
  const c = cache.get(tokens);
  return c && c.text === text ? c.scan : undefined;
}

/**
 * The scan of an edited document from the scan before the edit, for the incremental linter:
 * tokens [a, a + added) replaced old tokens [a, b) (whole lines; offsets after them moved by
 * delta). Occurrences never cross a line end, so those before the region are kept, those after
 * it shifted (in place: the old scan is not used again), and only the region is scanned.
 */
export function rescanArticle(prev: Scan, tokens: Tokens, text: string, a: number, b: number, added: number, delta: number): Scan {
  const shift = added - (b - a);
  const hitsBefore = keptBefore(prev.hits, (h) => h.last < a);
  const abbrsBefore = keptBefore(prev.abbrs, (h) => h.openTok < a);
  const surnamesBefore = keptBefore(prev.surnames, (i) => i < a);
  const suffixBefore = keptBefore(prev.suffixWords, (i) => i < a);
  const commasBefore = keptBefore(prev.commas, (i) => i < a);
  const nameCommasBefore = keptBefore(prev.nameCommas, (i) => i < a);
  const givenBefore = keptBefore(prev.givenNames, (i) => i < a);
  const s: Scan = {
    hits: prev.hits.slice(0, hitsBefore),
    abbrs: prev.abbrs.slice(0, abbrsBefore),
    surnames: prev.surnames.slice(0, surnamesBefore),
    suffixWords: prev.suffixWords.slice(0, suffixBefore),
    commas: prev.commas.slice(0, commasBefore),
    nameCommas: prev.nameCommas.slice(0, nameCommasBefore),
    givenNames: prev.givenNames.slice(0, givenBefore),
  };
  scanTokens(tokens, text, a, a + added, s);
  for (const h of prev.hits.slice(hitsBefore)) {
    if (h.first < b) continue;
    h.first += shift;
    h.last += shift;
    h.start += delta;
    h.end += delta;
    s.hits.push(h);
  }
  for (const h of prev.abbrs.slice(abbrsBefore)) {
    if (h.openTok < b) continue;
    h.openTok += shift;
    h.open += delta;
    h.close += delta;
    s.abbrs.push(h);
  }
  for (const i of prev.surnames.slice(surnamesBefore)) if (i >= b) s.surnames.push(i + shift);
  for (const i of prev.suffixWords.slice(suffixBefore)) if (i >= b) s.suffixWords.push(i + shift);
  for (const i of prev.commas.slice(commasBefore)) if (i >= b) s.commas.push(i + shift);
  for (const i of prev.nameCommas.slice(nameCommasBefore)) if (i >= b) s.nameCommas.push(i + shift);
  for (const i of prev.givenNames.slice(givenBefore)) if (i >= b) s.givenNames.push(i + shift);
  cache.set(tokens, { text, scan: s });
  return s;
}

/** How many items at the start of a list (in text order) lie before the edited region. */
function keptBefore<X>(list: X[], before: (x: X) => boolean): number {
  let n = 0;
  while (n < list.length && before(list[n])) n++;
  return n;
}

/** Scans tokens [from, to), appending to `out` (which holds the occurrences before `from`). */
function scanTokens(tokens: Tokens, text: string, from: number, to: number, out: Scan): void {
  const { hits, abbrs, surnames, suffixWords, commas, nameCommas, givenNames } = out;
  const { kind, start, end, fhash, flags } = tokens;
  const m = DEFAULT_MATCHER;
  const [h0, h1, h2] = SUFFIX_HASHES;
  for (let i = from; i < to; i++) {
    const k = kind[i];
    if (k === T.Word) {
      const e = end[i];
      // A surname written with its suffix apart («زارع‌پور»); its glued and spaced spellings are
      // found from it later, so only ZWNJ-joined words need their ending read here.
      if (flags[i] & F.Joiner && e - start[i] >= 6 && endsWithSurnameSuffix(text, e)) surnames.push(i);
      const h = exactHash(text, tokens, i);
      if ((h === h0 || h === h1 || h === h2) && i >= 2 && kind[i - 1] === T.Space && kind[i - 2] === T.Word && !endsHit(hits, i - 2)) suffixWords.push(i);
      if (!(flags[i] & F.ArabicSpan) && givenNameAt(tokens, text, i)) givenNames.push(i);
      if (!m.mayStart(fhash[i])) continue;
      const hit = m.matchAt(tokens, text, i);
      if (hit) {
        // «گزارش» is a source marker only in «به گزارش».
        if (hit.payload.group === 'report' && hit.payload.kind === 'marker' && !afterBe(tokens, text, i)) continue;
        hits.push(hit);
        i = hit.last;
      }
    } else if (k === T.Punct) {
      const c = text.charCodeAt(start[i]);
      if (c === 0x28) {
        const a = abbrAt(tokens, text, i);
        if (a) abbrs.push(a);
      } else if (isComma(c)) {
        const h = i + 1 < to && kind[i + 1] === T.Space ? i + 2 : i + 1;
        if (h < to && isOfficeHead(tokens, text, h)) commas.push(i);
        else if (h < to && tokens.kind[h] === T.Word && isGivenName(tokens.fhash[h])) nameCommas.push(i);
      }
    }
  }
}

/** Whether word token i follows «به» and a space. */
export function afterBe(tokens: Tokens, text: string, i: number): boolean {
  const p = i - 2;
  if (p < 0 || tokens.kind[i - 1] !== T.Space || tokens.kind[p] !== T.Word || tokens.end[p] - tokens.start[p] !== 2) return false;
  const s = tokens.start[p];
  return text.charCodeAt(s) === 0x628 && text.charCodeAt(s + 1) === 0x647; // «به»
}

/** Whether the last hit found ends at token i («مهندس پور محمدی»: «پور» is no suffix of «مهندس»). */
function endsHit(hits: Hit[], i: number): boolean {
  return hits.length > 0 && hits[hits.length - 1].last === i;
}

/** Whether the «(» at token i opens a blessing abbreviation («(ره)», «( ع )»): blessing-spacing's spaces. */
export function opensBlessingAbbr(tokens: Tokens, text: string, i: number): boolean {
  return abbrAt(tokens, text, i) !== null;
}

function abbrAt(tokens: Tokens, text: string, i: number): AbbrHit | null {
  const { kind, start, end } = tokens;
  let k = i + 1;
  if (k < tokens.count && kind[k] === T.Space) k++;
  if (k >= tokens.count || kind[k] !== T.Word) return null;
  const hk = exactHash(text, tokens, k);
  if (!ABBRS.mayHave(hk)) return null;
  const abbr = ABBRS.get(hk, text.slice(start[k], end[k]));
  if (!abbr) return null;
  let c = k + 1;
  if (c < tokens.count && kind[c] === T.Space) c++;
  if (c >= tokens.count || kind[c] !== T.Punct || text.charCodeAt(start[c]) !== 0x29) return null;
  return { abbr, open: start[i], close: end[c], openTok: i };
}

const mentionCache = new WeakMap<Scan, Mention[]>();

/**
 * People introduced by honorifics: a run of honorifics, optional lineage words, then 1–3 name
 * words, stopping at punctuation, a line end, a title, another honorific or a stop word.
 */
export function mentions(tokens: Tokens, text: string): Mention[] {
  const scan = scanArticle(tokens, text);
  const cached = mentionCache.get(scan);
  if (cached) return cached;
  const { hits } = scan;
  const out: Mention[] = [];
  const keys = new Map<number, string>();
  // Hits are in text order: the only hit that can start at the next word is hits[x + 1].
  for (let x = 0; x < hits.length; x++) {
    const h = hits[x];
    if (h.payload.kind !== 'honorific') continue;
    const run = [h];
    let i = nextWord(tokens, h.last);
    while (i >= 0 && x + 1 < hits.length && hits[x + 1].first === i && hits[x + 1].payload.kind === 'honorific') {
      const n = hits[++x];
      run.push(n);
      i = nextWord(tokens, n.last);
    }
    const nextHit = x + 1 < hits.length ? hits[x + 1].first : -1;
    const words: Mention['words'] = [];
    if (i < 0) i = afterStrayJoiner(tokens, run[run.length - 1].last);
    while (i >= 0 && words.length < 3) {
      if (i === nextHit || tokens.flags[i] & F.ArabicSpan) break;
      const fh = tokens.fhash[i];
      if (STOPS.mayHave(fh) && STOPS.get(fh, foldWord(text, tokens, i))) break;
      const h = exactHash(text, tokens, i);
      if (!words.length && LINEAGE.mayHave(h) && LINEAGE.get(h, text.slice(tokens.start[i], tokens.end[i]))) {
        i = nextWord(tokens, i);
        continue;
      }
      if (words.length && SUFFIX_WORD.mayHave(h) && SUFFIX_WORD.get(h, text.slice(tokens.start[i], tokens.end[i]))) {
        const w = words[words.length - 1];
        w.last = i;
        w.end = tokens.end[i];
      } else {
        // «حجت‌الاسلام علی‌اکبر نوروزی رسیدگی …»: after a given name and a surname, a third word is
        // the surname's only as a construct («علم الهدی»), a nisba («مکارم شیرازی») or a word no
        // dictionary lists; a common word ends the name.
        if (words.length === 2 && isGivenName(tokens.fhash[words[0].first]) && !mayBeGivenName(tokens.fhash[words[1].first]) && !surnameGoesOn(text, tokens, i)) break;
        words.push({ first: i, last: i, start: tokens.start[i], end: tokens.end[i] });
      }
      i = nextWord(tokens, i);
    }
    if (words.length) {
      const w = words[words.length - 1];
      out.push({
        honorifics: run,
        words,
        surname: foldSpan(text, tokens, w.first, w.last, keys),
        firstName: words.length > 1 ? foldSpan(text, tokens, words[0].first, words[0].last, keys) : '',
      });
    }
  }
  mentionCache.set(scan, out);
  return out;
}

/** Whether word i may still be part of a surname after a given name and a surname (see mentions). */
function surnameGoesOn(text: string, tokens: Tokens, i: number): boolean {
  const w = foldWord(text, tokens, i);
  if (w.startsWith('ال')) return true;
  const lexicon = pdfLexicon();
  if (!lexicon.known(w)) return true;
  return w.length >= 4 && w.endsWith('ی') && lexicon.isPlace(foldedHash(w.slice(0, -1)));
}

/** text of tokens first..last folded, spaces removed; one-token spans cached by folded hash. */
function foldSpan(text: string, tokens: Tokens, first: number, last: number, cache: Map<number, string>): string {
  if (first !== last) return fold(text.slice(tokens.start[first], tokens.end[last])).replace(/\s+/g, '');
  const h = tokens.fhash[first];
  let k = cache.get(h);
  if (k === undefined) cache.set(h, (k = foldWord(text, tokens, first)));
  return k;
}

/** The next word token after i separated by spaces only (same sentence part), or -1. */
export function nextWord(tokens: Tokens, i: number): number {
  let k = i + 1;
  if (k < tokens.count && tokens.kind[k] === T.Space) k++;
  return k < tokens.count && tokens.kind[k] === T.Word && k > i + 1 ? k : -1;
}

/**
 * The word after token i past a stray ZWNJ beside the space («حجت‌الاسلام ‌بیرانوند»), or -1:
 * where a person's name follows an honorific, the stray joiner is no word between them.
 */
function afterStrayJoiner(tokens: Tokens, i: number): number {
  const { kind, count } = tokens;
  let k = i + 1;
  if (k < count && kind[k] === T.Space) k++;
  if (k >= count || kind[k] !== T.Joiner) return -1;
  k++;
  if (k < count && kind[k] === T.Space && kind[k - 2] !== T.Space) k++;
  return k < count && kind[k] === T.Word ? k : -1;
}

export function foldWord(text: string, tokens: Tokens, i: number): string {
  return fold(text.slice(tokens.start[i], tokens.end[i]));
}

const customMatchers = new Map<string, PhraseMatcher<Entry>>();
const customHits = new WeakMap<Scan, Map<string, Hit[]>>();
type Forms = Record<string, string[]> | undefined;

/**
 * Hits of one kind under a rule option `forms` ({ house form: [other spellings] }), merged
 * over the defaults: a default whose house form is named, or is listed as another spelling, is
 * replaced (its suffixes carry over), so a newsroom can prefer «رییس» over «رئیس».
 */
function hitsWithForms(tokens: Tokens, text: string, kind: 'title' | 'honorific', forms: Forms, keep: (h: Hit) => boolean): Hit[] {
  const scan = scanArticle(tokens, text);
  if (!forms || typeof forms !== 'object' || !Object.keys(forms).length) {
    if (kind === 'title') return (scan.titles ??= scan.hits.filter(keep));
    return (scan.honorifics ??= scan.hits.filter(keep));
  }
  const key = kind + JSON.stringify(forms);
  let perDoc = customHits.get(scan);
  const got = perDoc?.get(key);
  if (got) return got;
  let m = customMatchers.get(key);
  if (!m) {
    m = kind === 'title' ? buildMatcher(mergeForms(TITLES, forms, 'title')) : buildMatcher(TITLES, mergeForms(HONORIFICS, forms, 'honorific'));
    if (customMatchers.size > 16) customMatchers.clear();
    customMatchers.set(key, m);
  }
  const hits = m.scan(tokens, text).filter(keep);
  if (!perDoc) customHits.set(scan, (perDoc = new Map()));
  perDoc.set(key, hits);
  return hits;
}

export function titleHits(tokens: Tokens, text: string, forms: Forms): Hit[] {
  return hitsWithForms(tokens, text, 'title', forms, (h) => h.payload.kind === 'title' && h.payload.variants);
}

/** Honorifics and blessing formulas (option `forms` reshapes the honorifics). */
export function honorificHits(tokens: Tokens, text: string, forms: Forms): Hit[] {
  return hitsWithForms(tokens, text, 'honorific', forms, (h) => h.payload.kind === 'honorific' || h.payload.kind === 'blessing');
}

type Listed = { entry: Entry; spellings: string[][] };

export function mergeForms(defaults: Listed[], forms: Record<string, string[]>, kind: 'title' | 'honorific'): Listed[] {
  const named = new Set<string>();
  for (const [house, others] of Object.entries(forms)) {
    named.add(house);
    if (Array.isArray(others)) for (const o of others) named.add(o);
  }
  const kept: Listed[] = [];
  const replaced = new Map<string, Entry[]>();
  for (const t of defaults) {
    if (!named.has(t.entry.canonical)) {
      kept.push(t);
      continue;
    }
    for (const [house, others] of Object.entries(forms)) {
      if (house === t.entry.canonical || (Array.isArray(others) && others.includes(t.entry.canonical))) {
        replaced.set(house, [...(replaced.get(house) ?? []), t.entry]);
      }
    }
  }
  const added: Listed[] = Object.entries(forms).map(([house, others]) => {
    const old = replaced.get(house) ?? [];
    const suffixes = [...new Set(['', ...old.flatMap((e) => e.suffixes)])];
    const base = old[0];
    return {
      entry: entry(kind, house, { suffixes, group: base?.group ?? '', generic: base?.generic ?? false, short: base?.short ?? [] }),
      spellings: [...expandPattern(house), ...(Array.isArray(others) ? others : []).flatMap((o) => expandPattern(o))],
    };
  });
  // Named forms first, so their paths win over a default that repeats them.
  return [...added, ...kept];
}

/** End of the title proper in a hit, before the suffix its last word carries. */
export function stemEnd(text: string, hit: Hit): number {
  let p = hit.end;
  let n = hit.suffix.length;
  while (n > 0 && p > hit.start) {
    p--;
    if (FOLD[text.charCodeAt(p)]) n--;
  }
  while (p > hit.start && text.charCodeAt(p - 1) === 0x200c) p--;
  return p;
}

/** Marks a name standing first in a sentence or clause may follow. */
// Latin «, ; ?» too: pasted wire copy keeps them until persian-punctuation has run
// («به گزارش خبرگزاری تسنیم , غلامرضا صادقی‌مقدم، سخنگوی …»).
const NAME_OPENS = new Set([0x2e, 0x21, 0x3a, 0x61f, 0x61b, 0xab, 0xbb, ARABIC_COMMA, 0x2c, 0x3b, 0x3f]);

function isAnd(text: string, tokens: Tokens, i: number): boolean {
  return tokens.kind[i] === T.Word && tokens.end[i] - tokens.start[i] === 1 && text.charCodeAt(tokens.start[i]) === 0x648;
}

/** Second words of «به گفته», «به نوشته» … that attribute what follows to the name after them. */
const ATTRIBUTIONS = new Set(['گفته', 'نوشته', 'اعتقاد', 'باور', 'عقیده'].map(fold));

/**
 * Words a name may follow as it opens a clause: «و» in a list of people, «که» («این در حالی است
 * که رحیمی‌نژاد، سرمربی …»), and an attribution («به گفته کاظمی، رئیس …»).
 */
/** Words that open a clause, so a name may follow them («همچنین حیدری، معاون …»). */
const CLAUSE_OPENERS = new Set(['همچنین', 'سپس', 'اما', 'ولی']);
/** Nouns of «در این میان», «در همین حال», which open a clause after a demonstrative. */
const AFTER_DEMONSTRATIVE = new Set(['میان', 'حال']);
/** «این», «همین», «آن», also glued to «در» as pasted text has them («دراین میان»). */
const DEMONSTRATIVES = new Set(['این', 'همین', 'آن', 'دراین', 'درهمین']);

function opensName(text: string, tokens: Tokens, b: number): boolean {
  if (tokens.kind[b] !== T.Word || tokens.end[b] - tokens.start[b] > 6) return false;
  if (isAnd(text, tokens, b)) return true;
  const w = foldWord(text, tokens, b);
  // «در پایان جلسه نیز حیدری، معاون …»: «نیز» (also) after the clause's opening words;
  // «همچنین/سپس/اما حیدری، …» open a clause themselves.
  if (w === 'که' || w === 'نیز' || CLAUSE_OPENERS.has(w)) return true;
  // «در این میان حیدری، …», «در همین حال حیدری، …».
  if (AFTER_DEMONSTRATIVE.has(w)) {
    let a = b - 1;
    if (a >= 0 && tokens.kind[a] === T.Space) a--;
    return a >= 0 && tokens.kind[a] === T.Word && DEMONSTRATIVES.has(foldWord(text, tokens, a));
  }
  // «ساعتی بعد حیدری، …», «روز بعد حیدری، …»: a time after which the clause opens.
  if (w === AFTER) {
    let a = b - 1;
    if (a >= 0 && tokens.kind[a] === T.Space) a--;
    if (a < 0 || tokens.kind[a] !== T.Word) return false;
    const before = foldWord(text, tokens, a);
    return TIME_NOUNS.has(before) || (before.length >= 4 && TIME_NOUNS.has(before.slice(0, -1)) && before.endsWith('ی')) || INDEFINITE_TIMES.has(before);
  }
  const presence = w === PRESENCE;
  if (!presence && !ATTRIBUTIONS.has(w)) return false;
  let a = b - 1;
  if (a >= 0 && tokens.kind[a] === T.Space) a--;
  if (a < 0 || tokens.kind[a] !== T.Word) return false;
  const before = foldWord(text, tokens, a);
  return presence ? before === 'با' || before === 'در' : before === 'به';
}

/** «ساعتی بعد», «روز بعد», «دقایقی بعد». */
const AFTER = fold('بعد');
const TIME_NOUNS = new Set(['روز', 'هفته', 'ماه', 'سال', 'ساعت', 'دقیقه', 'لحظه', 'شب', 'صبح'].map(fold));
const INDEFINITE_TIMES = new Set(['دقایقی', 'لحظاتی', 'ساعاتی', 'مدتی', 'اندکی', 'کمی'].map(fold));

/** «با حضور <name>، <office>» and «در حضور …». */
const PRESENCE = fold('حضور');

/** Surname endings a badly spaced surname may carry as a word of its own («رستمی نژاد»). */
export const SPACED_SURNAME_ENDS = new Set([...SURNAME_SUFFIXES, ...JOINED_SURNAME_ENDS].map(fold));

/** Words of a name standing before «، <title>»: a first name and a surname, or three words. */
const MAX_APPOSITIVE_WORDS = 3;
/**
 * Words of a title phrase title-change reads after a name («رئیس شعبه سوم دادگاه ویژه رسیدگی»;
 * «معاون حفاظت و مدیریت شکار اداره کل حفاظت محیط زیست خراسان رضوی» has twelve).
 */
export const TITLE_MAX_WORDS = 13;

/**
 * How far around one of the scan's commas appositiveNames and title-change read, in tokens: the
 * name words and the word or mark before them («به گفته» is two); the office head and a title
 * phrase after it. The incremental linter re-runs the document rules for an edit within reach.
 */
export const COMMA_READS_BEHIND = 2 * MAX_APPOSITIVE_WORDS + 4;
export const COMMA_READS_AHEAD = 2 + 2 * TITLE_MAX_WORDS;
/** After a comma before a given name, title-change reads the name (three words) and the comma after it. */
export const NAME_COMMA_READS_AHEAD = 8;

/** Whether token i is the head word of a title of office («دبیر», «رئیس»). */
function isOfficeHead(tokens: Tokens, text: string, i: number): boolean {
  return tokens.kind[i] === T.Word && OFFICE_HEADS.mayHave(tokens.fhash[i]) && OFFICE_HEADS.get(tokens.fhash[i], foldWord(text, tokens, i)) === true;
}

/**
 * Names followed by their office after a comma, without an honorific: «منوچهر کیانی، دبیر
 * جشنواره، گفت». The name opens a sentence or clause or follows «و», «که» or «به گفته»; it has one to three words,
 * none a stop word or a word the article scan reads. As [first, last] token pairs, from the
 * scan's commas (kept up to date by rescanArticle, so a document rule re-run on an edit of a
 * large document does not walk every token for them), once per token stream and text
 * (name-consistency and title-change both read them). An opening such as «در همین حال، رئیس …»
 * has a stop word and is no name.
 */
export function appositiveNames(tokens: Tokens, text: string): [number, number][] {
  const cached = appositiveCache.get(tokens);
  if (cached && cached.text === text) return cached.names;
  const out: [number, number][] = [];
  const { hits, commas } = scanArticle(tokens, text);
  for (const c of commas) {
    let first = c - 1;
    if (first >= 0 && tokens.kind[first] === T.Space) first--;
    const last = first;
    let words = 0;
    let ok = true;
    for (let i = last; ; ) {
      if (i < 0 || tokens.kind[i] !== T.Word || tokens.flags[i] & F.ArabicSpan || tokens.end[i] - tokens.start[i] < 2) {
        ok = false;
        break;
      }
      const fh = tokens.fhash[i];
      // Honorifics, titles and source names are the article scan's («حجت‌الاسلام خاموشی، رئیس …»).
      if ((STOPS.mayHave(fh) && STOPS.get(fh, foldWord(text, tokens, i))) || inHit(hits, i)) {
        ok = false;
        break;
      }
      words++;
      first = i;
      let b = i - 1;
      if (b >= 0 && tokens.kind[b] === T.Space && (tokens.flags[b] & F.WideSpace) === 0) b--;
      // A name opens a sentence, a clause («در سوی دیگر، بهروز ملکی، سرمربی …») or follows «و»
      // in a list of people («…، و رضا قلی‌پور، فرماندار …»), «که», «نیز» or «به گفته».
      if (b < 0 || tokens.kind[b] === T.Newline || (tokens.kind[b] === T.Punct && NAME_OPENS.has(text.charCodeAt(tokens.start[b]))) || opensName(text, tokens, b)) break;
      if (words === MAX_APPOSITIVE_WORDS || tokens.kind[b] !== T.Word) {
        ok = false;
        break;
      }
      i = b;
    }
    if (ok) out.push([first, last]);
  }
  appositiveCache.set(tokens, { text, names: out });
  return out;
}

const appositiveCache = new WeakMap<Tokens, { text: string; names: [number, number][] }>();

/** Whether token i lies within a hit (hits are in text order and do not overlap). */
export function inHit(hits: Hit[], i: number): boolean {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid].last < i) lo = mid + 1;
    else hi = mid;
  }
  return lo < hits.length && hits[lo].first <= i;
}

import { C, CLASS } from '../chars';
import { T } from '../tokenize';
import type { Msg, Rule, TextEdit } from '../types';

/**
 * The newsroom's own substitutions, in the spirit of textlint-rule-prh: each entry has an
 * `expected` form and `patterns` (literal text matched as whole words, or "/regex/flags").
 * Entries come from the house-style file (option `entries`); nothing is built in.
 */
export interface SubstitutionEntry {
  expected: string;
  patterns: string | string[];
  message?: string | Msg;
  /** false: offered as a suggestion only. */
  safe?: boolean;
}

export type CompiledPattern = { source: string; literal: string; re?: undefined } | { source: string; re: RegExp; literal?: undefined };

export interface CompiledEntry {
  entry: SubstitutionEntry;
  patterns: CompiledPattern[];
}

export interface SubstitutionMatch {
  start: number;
  end: number;
  replacement: string;
  entry: CompiledEntry;
}

/** Regexes run on pieces of at most this many characters, so a slow pattern stays bounded. */
export const MAX_CHUNK = 1000;

const REGEX_FORM = /^\/([\s\S]+)\/([a-z]*)$/;
const ALLOWED_FLAGS = /^[imsu]*$/;

/** A pattern string as the house-style file gives it: "/.../flags" is a regex, anything else literal text. */
export function compilePattern(source: string): CompiledPattern | { error: Msg } {
  if (/[\r\n]/.test(source)) {
    return { error: { fa: 'الگو نباید شکست سطر داشته باشد؛ جایگزینی‌ها درون یک سطر کار می‌کنند', en: 'A pattern must not contain a line break: substitutions work within one line' } };
  }
  const m = REGEX_FORM.exec(source);
  if (!m) return { source, literal: source };
  const [, body, flags] = m;
  if (!ALLOWED_FLAGS.test(flags) || new Set(flags).size !== flags.length) {
    return {
      error: {
        fa: `پرچم نامعتبر «${flags}» در عبارت باقاعده؛ فقط i، m، s و u مجازند`,
        en: `Invalid regular expression flags “${flags}”: only i, m, s and u are allowed`,
      },
    };
  }
  const unsafe = regexSafetyProblem(body);
  if (unsafe) return { error: unsafe };
  let re: RegExp;
  try {
    re = new RegExp(body, flags + 'g');
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { error: { fa: `عبارت باقاعدهٔ نامعتبر: ${why}`, en: `Invalid regular expression: ${why}` } };
  }
  re.lastIndex = 0;
  const empty = re.exec('');
  re.lastIndex = 0;
  if (empty) {
    return {
      error: {
        fa: `عبارت باقاعدهٔ «${source}» با متن تهی هم جور می‌شود؛ دست‌کم یک نویسه لازم است`,
        en: `The regular expression “${source}” matches empty text; it must match at least one character`,
      },
    };
  }
  return { source, re };
}

/**
 * Rejects the shapes that make a backtracking engine take exponential (or unbounded) time:
 * a repeated group that itself repeats ((a+)+), a repeated alternation ((a|a)*),
 * backreferences, and lookbehind of unbounded length. Returns the reason or null.
 */
export function regexSafetyProblem(source: string): Msg | null {
  interface Group { repeats: boolean; unbounded: boolean; alternation: boolean; lookbehind: boolean }
  const stack: Group[] = [{ repeats: false, unbounded: false, alternation: false, lookbehind: false }];
  // What a following quantifier would apply to: a plain atom, or a just-closed group.
  let last: Group | 'atom' | null = null;
  const nested: Msg = {
    fa: 'کمیت‌نمای تودرتو مانند (a+)+ مجاز نیست، چون ممکن است بی‌پایان طول بکشد',
    en: 'Nested quantifiers such as (a+)+ are not allowed: they can take exponential time',
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    const top = stack[stack.length - 1];
    if (c === '\\') {
      const d = source[i + 1] ?? '';
      if ((d >= '1' && d <= '9') || (d === 'k' && source[i + 2] === '<')) {
        return { fa: 'ارجاع به گروه (مانند \\1) در عبارت باقاعده مجاز نیست', en: 'Backreferences (such as \\1) are not allowed in regular expressions' };
      }
      if ((d === 'p' || d === 'P' || d === 'u') && source[i + 2] === '{') {
        const close = source.indexOf('}', i + 3);
        i = close < 0 ? source.length : close;
      } else i++;
      last = 'atom';
      continue;
    }
    if (c === '[') {
      let j = i + 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      i = j;
      last = 'atom';
      continue;
    }
    if (c === '(') {
      const lookbehind = source.startsWith('(?<=', i) || source.startsWith('(?<!', i);
      stack.push({ repeats: false, unbounded: false, alternation: false, lookbehind });
      if (source[i + 1] === '?') {
        if (source[i + 2] === '<' && !lookbehind) i = Math.max(i, source.indexOf('>', i));
        else i += lookbehind ? 3 : 2;
      }
      last = null;
      continue;
    }
    if (c === ')') {
      if (stack.length === 1) { last = 'atom'; continue; } // the RegExp constructor reports it
      const g = stack.pop()!;
      if (g.lookbehind && g.unbounded) {
        return {
          fa: 'نگاه به پشت (?<=…) با طول نامحدود (* یا + یا {n,}) مجاز نیست',
          en: 'Lookbehind (?<=…) of unbounded length (*, + or {n,}) is not allowed',
        };
      }
      const parent = stack[stack.length - 1];
      parent.repeats ||= g.repeats;
      parent.unbounded ||= g.unbounded;
      last = g;
      continue;
    }
    if (c === '|') {
      top.alternation = true;
      last = null;
      continue;
    }
    let max = -1;
    let len = 1;
    if (c === '*' || c === '+') max = Infinity;
    else if (c === '?') max = 1;
    else if (c === '{') {
      const q = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 24));
      if (q) {
        max = q[2] === undefined ? Number(q[1]) : q[3] === '' ? Infinity : Number(q[3]);
        len = q[0].length;
      }
    }
    if (max < 0) {
      last = 'atom';
      continue;
    }
    if (max > 1 && last && last !== 'atom') {
      if (last.repeats) return nested;
      if (last.alternation) {
        return {
          fa: 'تکرار یک گروه با چند گزینه مانند (a|b)+ مجاز نیست؛ از دستهٔ نویسه‌ها مانند [ab]+ استفاده کنید',
          en: 'A repeated alternation such as (a|b)+ is not allowed; use a character class such as [ab]+',
        };
      }
    }
    if (max > 1) top.repeats = true;
    if (max === Infinity) top.unbounded = true;
    i += len - 1;
    if (source[i + 1] === '?') i++; // lazy
    last = null;
  }
  return null;
}

/** Compiles an entry; patterns that do not compile are left out (the house-style loader reports them). */
export function compileEntry(entry: SubstitutionEntry): CompiledEntry {
  const patterns: CompiledPattern[] = [];
  for (const p of typeof entry.patterns === 'string' ? [entry.patterns] : entry.patterns ?? []) {
    const c = compilePattern(p);
    if (!('error' in c)) patterns.push(c);
  }
  return { entry, patterns };
}

function isWordChar(c: number): boolean {
  const k = CLASS[c];
  return k === C.Letter || k === C.Mark || k === C.Latin || k === C.Digit;
}

/** Expands $1, $<name>, $& and $$ of a regex replacement. */
function expand(template: string, m: RegExpExecArray): string {
  if (template.indexOf('$') < 0) return template;
  return template.replace(/\$(\$|&|\d{1,2}|<[^>]*>)/g, (all, k: string) => {
    if (k === '$') return '$';
    if (k === '&') return m[0];
    if (k[0] === '<') return m.groups?.[k.slice(1, -1)] ?? '';
    const n = Number(k);
    return n > 0 && n < m.length ? m[n] ?? '' : all;
  });
}

/** Splits [0, n) into pieces of at most MAX_CHUNK characters, at line ends and then at spaces. */
function chunks(text: string): number[] {
  const out: number[] = [];
  let s = 0;
  while (s < text.length) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    if (e - s > MAX_CHUNK) {
      const sp = text.lastIndexOf(' ', s + MAX_CHUNK);
      e = sp > s ? sp : s + MAX_CHUNK;
    }
    out.push(s, e);
    s = e === text.length ? e : e + (text.charCodeAt(e) === 0x0a || text.charCodeAt(e) === 0x20 ? 1 : 0);
  }
  return out;
}

interface Literal {
  lit: string;
  entry: CompiledEntry;
  checkEnd: boolean;
}

/**
 * Literal patterns that start with a letter, bucketed by their first two characters, so one
 * pass over the word starts of the text finds them all (instead of one indexOf per pattern).
 */
interface LiteralIndex {
  first: Uint8Array;
  byPair: Map<number, Literal[]>;
  /** One-character patterns, by that character. */
  single: Map<number, Literal[]>;
  /** Patterns starting with punctuation or a space: searched with indexOf. */
  other: Literal[];
}

const indexCache = new WeakMap<readonly CompiledEntry[], LiteralIndex>();

function literalIndex(entries: readonly CompiledEntry[]): LiteralIndex {
  let ix = indexCache.get(entries);
  if (ix) return ix;
  ix = { first: new Uint8Array(65536), byPair: new Map(), single: new Map(), other: [] };
  for (const entry of entries) {
    for (const p of entry.patterns) {
      if (p.literal === undefined || p.literal === '') continue;
      const lit = p.literal;
      const l: Literal = { lit, entry, checkEnd: isWordChar(lit.charCodeAt(lit.length - 1)) };
      const c0 = lit.charCodeAt(0);
      if (!isWordChar(c0)) {
        ix.other.push(l);
        continue;
      }
      ix.first[c0] = 1;
      const [map, key] = lit.length === 1 ? [ix.single, c0] : [ix.byPair, c0 * 65536 + lit.charCodeAt(1)];
      const bucket = map.get(key);
      if (bucket) bucket.push(l);
      else map.set(key, [l]);
    }
  }
  indexCache.set(entries, ix);
  return ix;
}

/**
 * Every place the entries' patterns match, longest first at a position, without overlaps,
 * skipping places that already read as the expected form and those `skip` rejects.
 */
export function findMatches(entries: readonly CompiledEntry[], text: string, skip?: (start: number, end: number) => boolean): SubstitutionMatch[] {
  const all: SubstitutionMatch[] = [];
  const add = (entry: CompiledEntry, start: number, end: number, replacement: string) => {
    const matched = text.slice(start, end);
    if (matched === replacement) return;
    // Already right: the expected form is written here and the pattern matched inside it.
    const expected = entry.entry.expected;
    for (let k = expected.indexOf(matched); k >= 0; k = expected.indexOf(matched, k + 1)) {
      if (start - k >= 0 && text.startsWith(expected, start - k)) return;
    }
    if (skip && skip(start, end)) return;
    all.push({ start, end, replacement, entry });
  };
  const endOk = (l: Literal, end: number) => !l.checkEnd || end >= text.length || !isWordChar(text.charCodeAt(end));

  const ix = literalIndex(entries);
  if (ix.byPair.size || ix.single.size) {
    const n = text.length;
    let prevWord = false;
    for (let p = 0; p < n; p++) {
      const c = text.charCodeAt(p);
      const word = isWordChar(c);
      if (!word || prevWord || !ix.first[c]) {
        prevWord = word;
        continue;
      }
      prevWord = true;
      const pair = ix.byPair.get(c * 65536 + text.charCodeAt(p + 1));
      if (pair) for (const l of pair) if (text.startsWith(l.lit, p) && endOk(l, p + l.lit.length)) add(l.entry, p, p + l.lit.length, l.entry.entry.expected);
      const one = ix.single.get(c);
      if (one) for (const l of one) if (endOk(l, p + 1)) add(l.entry, p, p + 1, l.entry.entry.expected);
    }
  }
  for (const l of ix.other) {
    for (let at = text.indexOf(l.lit); at >= 0; at = text.indexOf(l.lit, at + 1)) {
      if (endOk(l, at + l.lit.length)) add(l.entry, at, at + l.lit.length, l.entry.entry.expected);
    }
  }

  const regexes: { entry: CompiledEntry; re: RegExp }[] = [];
  for (const entry of entries) for (const p of entry.patterns) if (p.re) regexes.push({ entry, re: p.re });
  if (regexes.length) {
    const pieces = chunks(text);
    for (let k = 0; k < pieces.length; k += 2) {
      const base = pieces[k];
      const piece = text.slice(base, pieces[k + 1]);
      for (const { entry, re } of regexes) {
        re.lastIndex = 0;
        for (let m = re.exec(piece); m; m = re.exec(piece)) {
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          add(entry, base + m.index, base + m.index + m[0].length, expand(entry.entry.expected, m));
        }
      }
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: SubstitutionMatch[] = [];
  let reach = -1;
  for (const m of all) {
    if (m.start < reach) continue;
    kept.push(m);
    reach = m.end;
  }
  return kept;
}

/** The text after every substitution of `entries` (used to check specs when the file loads). */
export function applySubstitutions(entries: readonly CompiledEntry[], text: string): string {
  let out = '';
  let pos = 0;
  for (const m of findMatches(entries, text)) {
    out += text.slice(pos, m.start) + m.replacement;
    pos = m.end;
  }
  return out + text.slice(pos);
}

const compiledCache = new WeakMap<object, CompiledEntry[]>();

function compiledEntries(raw: unknown): CompiledEntry[] {
  if (!Array.isArray(raw) || raw.length === 0) return [];
  let c = compiledCache.get(raw);
  if (!c) {
    c = raw.filter((e) => e && typeof e.expected === 'string' && e.patterns).map((e) => compileEntry(e as SubstitutionEntry));
    compiledCache.set(raw, c);
  }
  return c;
}

/** The edit that turns `from` (at `start`) into `to`, leaving their common ends untouched. */
export function narrowEdit(start: number, from: string, to: string): TextEdit {
  let a = 0;
  while (a < from.length && a < to.length && from.charCodeAt(a) === to.charCodeAt(a)) a++;
  let b = 0;
  while (b < from.length - a && b < to.length - a && from.charCodeAt(from.length - 1 - b) === to.charCodeAt(to.length - 1 - b)) b++;
  // Never split a surrogate pair.
  if (a > 0 && (from.charCodeAt(a - 1) & 0xfc00) === 0xd800) a--;
  if (b > 0 && (from.charCodeAt(from.length - b) & 0xfc00) === 0xdc00) b--;
  return { start: start + a, end: start + from.length - b, newText: to.slice(a, to.length - b) };
}

function findToken(starts: Int32Array, count: number, offset: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export const rule: Rule = {
  meta: {
    id: 'house-substitution',
    family: 'house-style',
    severity: 'warning',
    fixable: 'fix',
    section: 'house style',
    title: { fa: 'جایگزینی‌های شیوه‌نامهٔ نشریه', en: "The newsroom's substitutions" },
    description: {
      fa: 'شکل‌های نادرستی که شیوه‌نامهٔ نشریه (پروندهٔ .persian-qa.json، بخش substitutions) فهرست کرده است به شکل مصوب برگردانده می‌شوند.',
      en: 'Wrong forms listed by the newsroom (the substitutions of .persian-qa.json) are corrected to the house form.',
    },
  },
  check(ctx) {
    const entries = compiledEntries(ctx.options.entries);
    if (entries.length === 0) return;
    const { tokens, text } = ctx;
    if (tokens.count === 0) return;
    // Code, URLs, e-mail addresses, Arabic quotations and ignored words are left alone.
    const skip = (start: number, end: number) => {
      for (let i = findToken(tokens.start, tokens.count, start); i < tokens.count && tokens.start[i] < end; i++) {
        const k = tokens.kind[i];
        if (k === T.Code || k === T.Url || k === T.Email) return true;
        if (k === T.Word && ctx.isIgnoredWord(i)) return true;
      }
      return false;
    };
    for (const m of findMatches(entries, text, skip)) {
      const found = text.slice(m.start, m.end);
      const custom = m.entry.entry.message;
      const note = typeof custom === 'string' ? { fa: custom, en: custom } : custom;
      ctx.report({
        start: m.start,
        end: m.end,
        message: {
          fa: `${note ? note.fa + ' — ' : 'شیوهٔ نشریه: '}«${found}» ← «${m.replacement}»`,
          en: `${note ? note.en + ' — ' : 'House style: '}“${found}” → “${m.replacement}”`,
        },
        fixes: [{ title: { fa: `تبدیل به «${m.replacement}»`, en: `Change to “${m.replacement}”` }, safe: m.entry.entry.safe !== false, edits: [narrowEdit(m.start, found, m.replacement)] }],
      });
    }
  },
  tests: {
    valid: [
      'بدون شیوه‌نامه این قاعده چیزی گزارش نمی‌کند: فن آوری',
      { text: 'فناوری نو و فنآوریها', options: { entries: [{ expected: 'فناوری', patterns: ['فن‌آوری'] }] } },
      { text: 'مدیرعامل شرکت', options: { entries: [{ expected: 'مدیرعامل', patterns: ['/مدیر\\s*عامل/'] }] } },
      { text: 'کد `فن آوری` را نگه دار', markdown: true, options: { entries: [{ expected: 'فناوری', patterns: ['فن آوری'] }] } },
      { text: 'نشانی http://x.com/فن آوری', options: { entries: [{ expected: 'فناوری', patterns: ['http'] }] } },
    ],
    invalid: [
      { text: 'صنعت فن‌آوری اطلاعات', output: 'صنعت فناوری اطلاعات', options: { entries: [{ expected: 'فناوری', patterns: ['فن‌آوری', 'فن آوری'] }] } },
      {
        text: 'مدیر عامل و مدیر  عامل',
        output: 'مدیرعامل و مدیرعامل',
        errors: 2,
        options: { entries: [{ expected: 'مدیرعامل', patterns: '/مدیر\\s+عامل/' }] },
      },
      {
        text: 'خبرگزاری ایرنا گزارش داد',
        output: 'خبرگزاری جمهوری اسلامی (ایرنا) گزارش داد',
        options: { entries: [{ expected: 'خبرگزاری جمهوری اسلامی ($1)', patterns: ['/خبرگزاری (ایرنا)/'] }] },
      },
      { text: 'رییس‌جمهور و رییس', output: 'رئیس‌جمهور و رئیس', errors: 2, options: { entries: [{ expected: 'رئیس', patterns: ['رییس'] }] } },
      { text: 'شرکت Microsoft', output: 'شرکت مایکروسافت', unsafe: true, options: { entries: [{ expected: 'مایکروسافت', patterns: ['Microsoft'], safe: false }] } },
    ],
  },
};

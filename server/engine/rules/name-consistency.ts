import { F, NON_JOINING, fold } from '../chars';
import { FUNCTION_WORDS, SURNAME_SUFFIXES, STOPS, foldWord, mentions, scanArticle, nextWord } from '../article-scan';
import { diffEdits, normalizeSurface } from '../phrases';
import { T, foldedHash, hashString } from '../tokenize';
import type { Fix, RelatedLocation, Rule, TextEdit } from '../types';
import type { RuleContext } from '../context';

interface Occ {
  start: number;
  end: number;
  /** The spelling, runs of spaces made one. */
  surface: string;
}

const ZWNJ = '\u200c';
const SUFFIX_HASH = new Map(SURNAME_SUFFIXES.map((s) => [hashString(s), s]));
const MIN_KEY = 3;

function oneSpace(s: string): string {
  return s.replace(/[\s\u00a0\u2000-\u200a\u202f]+/g, ' ');
}

/** Keys of names and terms (folded, spaces removed) read from where a name must stand. */
function nameKeys(ctx: RuleContext): Set<string> {
  const { tokens, text } = ctx;
  const keys = new Set<string>();
  const span = (s: number, e: number) => fold(text.slice(s, e)).replace(/\s+/g, '');
  for (const m of mentions(tokens, text)) {
    m.words.forEach((w, k) => {
      keys.add(span(w.start, w.end));
      if (k > 0) keys.add(span(m.words[k - 1].start, w.end));
    });
  }
  // Agencies: «به گزارش قم نیوز،», «خبرگزاری مهر».
  const { hits } = scanArticle(tokens, text);
  const hitAt = new Set(hits.map((h) => h.first));
  for (const h of hits) {
    if (h.payload.kind !== 'marker') continue;
    let i = nextWord(tokens, h.last);
    if (i < 0 || hitAt.has(i)) continue;
    const first = i;
    let last = -1;
    for (let n = 0; n < 2 && i >= 0 && !hitAt.has(i); n++) {
      const fh = tokens.fhash[i];
      if (STOPS.mayHave(fh) && STOPS.get(fh, foldWord(text, tokens, i))) break;
      last = i;
      i = nextWord(tokens, i);
    }
    if (last < 0) continue;
    // After «به گزارش» a name ends the clause («به گزارش قم نیوز،»); a noun phrase does not.
    let a = last + 1;
    if (a < tokens.count && tokens.kind[a] === T.Space) a++;
    const after = a < tokens.count ? tokens.kind[a] : T.Newline;
    if (h.payload.group === 'report' && after !== T.Punct && after !== T.Newline) continue;
    keys.add(span(tokens.start[first], tokens.end[last]));
  }
  for (const t of ctx.option<string[]>('terms', [])) keys.add(fold(t).replace(/\s+/g, ''));
  for (const k of [...keys]) if (k.length < MIN_KEY) keys.delete(k);
  return keys;
}

/** One pass over the words: every spelling of every key, and surnames in «پور/زاده/نیا». */
function collect(ctx: RuleContext, keys: Set<string>): Map<string, Occ[]> {
  const { tokens, text } = ctx;
  const filter = new Uint8Array(65536);
  const full = new Map<number, string[]>();
  const prefix = new Map<number, { key: string; rest: number; restKey: string }[]>();
  const add = <V>(m: Map<number, V[]>, h: number, v: V) => {
    const l = m.get(h);
    if (l) l.push(v);
    else m.set(h, [v]);
    filter[h & 0xffff] = 1;
  };
  for (const k of keys) {
    add(full, foldedHash(k), k);
    for (let j = 2; j <= k.length - 2; j++) add(prefix, foldedHash(k.slice(0, j)), { key: k, rest: foldedHash(k.slice(j)), restKey: k.slice(j) });
  }
  const out = new Map<string, Occ[]>();
  const push = (key: string, s: number, e: number) => {
    const l = out.get(key);
    const o = { start: s, end: e, surface: oneSpace(text.slice(s, e)) };
    if (l) {
      if (!l.some((x) => x.start === s && x.end === e)) l.push(o);
    } else out.set(key, [o]);
  };
  const { kind, fhash, hash, start, end, flags } = tokens;
  for (let i = 0; i < tokens.count; i++) {
    if (kind[i] !== T.Word || flags[i] & F.ArabicSpan) continue;
    const fh = fhash[i];
    if (filter[fh & 0xffff]) {
      const ks = full.get(fh);
      if (ks) {
        const w = foldWord(text, tokens, i);
        if (ks.includes(w)) push(w, start[i], end[i]);
      }
      const ps = prefix.get(fh);
      const j = ps ? nextWord(tokens, i) : -1;
      if (ps && j >= 0) {
        for (const p of ps) {
          if (fhash[j] !== p.rest) continue;
          const a = foldWord(text, tokens, i);
          const b = foldWord(text, tokens, j);
          if (a + b !== p.key || isStop(a) || isStop(b)) continue;
          push(p.key, start[i], end[j]);
        }
      }
    }
    // Surnames ending in a surname suffix, glued, ZWNJ-joined or spaced.
    const e = end[i];
    const last = text.charCodeAt(e - 1);
    if (last === 0x631 || last === 0x647 || last === 0x627) {
      for (const sfx of SURNAME_SUFFIXES) {
        if (e - start[i] < sfx.length + 3 || !text.endsWith(sfx, e)) continue;
        push(foldWord(text, tokens, i), start[i], e);
      }
    }
    const sfx = SUFFIX_HASH.get(hash[i]);
    if (sfx && text.slice(start[i], e) === sfx && i >= 2 && kind[i - 1] === T.Space && kind[i - 2] === T.Word) {
      const stem = foldWord(text, tokens, i - 2);
      if (stem.length >= 3 && !isStop(stem)) push(stem + sfx, start[i - 2], e);
    }
  }
  return out;
}

function isStop(w: string): boolean {
  return FUNCTION_WORDS.has(w);
}

/** Persian letters for Arabic yeh/kaf: a target spelling never keeps them. */
function persianLetters(s: string): string {
  return normalizeSurface(s);
}

/**
 * The house spelling a surname with «پور/زاده/نیا» takes (دستور خط: the suffix is written
 * apart, with a ZWNJ after a joining letter): «موسیپور», «موسی پور» → «موسی‌پور».
 */
function surnameForm(surface: string): string | null {
  for (const sfx of SURNAME_SUFFIXES) {
    if (!surface.endsWith(sfx)) continue;
    const stem = surface.slice(0, -sfx.length).replace(/[\s\u200c]+$/, '');
    if (fold(stem).length < 3 || /[\s]/.test(stem)) return null;
    const joint = NON_JOINING.has(stem.charCodeAt(stem.length - 1)) ? '' : ZWNJ;
    return persianLetters(stem) + joint + sfx;
  }
  return null;
}

/**
 * A name or term written two ways in one article (STYLE.md §4) — with a space, a ZWNJ, glued,
 * or with Arabic letters: «موسی‌پور»/«موسیپور», «قم نيوز»/«قم نیوز». Only names are compared:
 * the words after an honorific, an agency's name after «به گزارش»/«خبرگزاری», surnames in
 * «پور/زاده/نیا» and the house-style terms (option terms). The minority spelling is reported
 * with a fix to the majority one; a house form (a term, or a surname suffix written apart)
 * wins over the majority; with no majority each spelling is only offered.
 */
export const rule: Rule = {
  meta: {
    id: 'name-consistency',
    family: 'titles',
    severity: 'information',
    fixable: 'fix',
    section: '§4',
    title: { fa: 'یکدستی املای نام‌ها در متن', en: 'One spelling of a name per document' },
    description: {
      fa: 'نامی که در یک متن به دو شکل آمده باشد (با فاصله، نیم‌فاصله، چسبیده یا با حروف عربی) گزارش می‌شود و به شکل غالب یا شکل معیار برمی‌گردد: «موسی‌پور»/«موسیپور»، «قم نيوز»/«قم نیوز». گزینهٔ terms: فهرست شکل‌های معیار نام‌ها و اصطلاح‌ها.',
      en: 'A name written two ways in one document (space, ZWNJ, glued, Arabic letters) is reported and fixed to the majority or house form: موسی‌پور/موسیپور, قم نيوز/قم نیوز. Option terms: house spellings of names and terms.',
    },
  },
  check(ctx) {
    const { text } = ctx;
    const keys = nameKeys(ctx);
    const terms = new Map<string, string>();
    for (const t of ctx.option<string[]>('terms', [])) terms.set(fold(t).replace(/\s+/g, ''), t);
    for (const [key, occ] of collect(ctx, keys)) {
      occ.sort((a, b) => a.start - b.start);
      const counts = new Map<string, number>();
      for (const o of occ) counts.set(o.surface, (counts.get(o.surface) ?? 0) + 1);
      const byCount = [...counts.entries()].sort((a, b) => b[1] - a[1]);
      const majority = byCount.length === 1 || byCount[0][1] > byCount[1][1] ? persianLetters(byCount[0][0]) : null;
      const house = terms.get(key) ?? surnameForm(majority ?? byCount[0][0]);
      const target = house ?? majority;
      const seen = new Set([...counts.keys()].map(persianLetters));
      if (target === null) {
        reportTie(ctx, occ, counts);
        continue;
      }
      // One spelling that differs only in Arabic letters is arabic-letters' business.
      if (counts.size === 1 && persianLetters(byCount[0][0]) === target) continue;
      const wrong = occ.filter((o) => o.surface !== target);
      if (!wrong.length) continue;
      const safe = seen.has(target);
      const example = occ.find((o) => persianLetters(o.surface) === target);
      const edits = (o: Occ): TextEdit[] => diffEdits(text, o.start, o.end, target);
      const all: Fix | null = wrong.length > 1 ? { title: { fa: `«${target}» در همهٔ متن`, en: `Use “${target}” everywhere in this document` }, safe, edits: wrong.flatMap(edits) } : null;
      for (const o of wrong) {
        const others = [...counts.keys()].filter((s) => s !== o.surface);
        const related: RelatedLocation[] = example && example.start !== o.start ? [{ start: example.start, end: example.end, message: { fa: `«${example.surface}»`, en: `“${example.surface}”` } }] : [];
        const message = others.length
          ? {
              fa: `این نام در متن به چند شکل آمده است: «${o.surface}» و ${others.map((s) => `«${s}»`).join('، ')}؛ شکل ${house ? 'معیار' : 'غالب'}: «${target}»`,
              en: `This name is written in several ways: “${o.surface}” and ${others.map((s) => `“${s}”`).join(', ')}; ${house ? 'house' : 'majority'} form: “${target}”`,
            }
          : {
              fa: `پسوند نام خانوادگی جدا نوشته می‌شود: «${o.surface}» ← «${target}»`,
              en: `A surname suffix is written apart: “${o.surface}” → “${target}”`,
            };
        ctx.report({
          start: o.start,
          end: o.end,
          message,
          fixes: [{ title: { fa: `تبدیل به «${target}»`, en: `Change to “${target}”` }, safe, edits: edits(o) }, ...(all ? [all] : [])],
          related,
        });
      }
    }
  },
  tests: {
    valid: [
      'حجت‌الاسلام موسی‌پور گفت و موسی‌پور افزود.',
      'به عنوان نمونه و به‌عنوان مثال، حجت‌الاسلام محمدی گفت.',
      'به گزارش قم نیوز، قم نیوز خبر داد.',
      'زارع‌پور گفت و زارع‌پور افزود.',
      'حجت‌الاسلام مهدوی گفت که این مهد وی بود.',
      'برخورد و بر خورد',
    ],
    invalid: [
      { text: 'قم نيوز : به گزارش قم نیوز، قم نیوز گفت.', output: 'قم نیوز : به گزارش قم نیوز، قم نیوز گفت.', errors: 1 },
      { text: 'حجت الاسلام محمدحسین موسیپور گفت. حجت الاسلام موسیپور افزود.', output: 'حجت الاسلام محمدحسین موسی‌پور گفت. حجت الاسلام موسی‌پور افزود.', errors: 2, unsafe: true },
      { text: 'زارع‌پور گفت و زارعپور و زارع‌پور افزودند.', output: 'زارع‌پور گفت و زارع‌پور و زارع‌پور افزودند.', errors: 1 },
      { text: 'به گزارش عصرپرس، عصر پرس و عصرپرس', output: 'به گزارش عصرپرس، عصرپرس و عصرپرس', errors: 1 },
      { text: 'آقای محمدحسین کریمی و محمد حسین کریمی و محمدحسین', output: 'آقای محمدحسین کریمی و محمدحسین کریمی و محمدحسین', errors: 1 },
      { text: 'به گزارش عصرپرس، عصر پرس گفت', output: 'به گزارش عصرپرس، عصرپرس گفت', errors: 1, unsafe: true },
      { text: 'آقای امیرپور و امیر پور', output: 'آقای امیرپور و امیرپور', errors: 1 },
      { text: 'ایران‌خودرو و ایرانخودرو', output: 'ایران‌خودرو و ایران‌خودرو', options: { terms: ['ایران‌خودرو'] }, errors: 1 },
    ],
  },
};

function reportTie(ctx: RuleContext, occ: Occ[], counts: Map<string, number>): void {
  const firstSurface = occ[0].surface;
  const done = new Set<string>([firstSurface]);
  for (const o of occ) {
    if (done.has(o.surface)) continue;
    done.add(o.surface);
    const others = [...counts.keys()].filter((s) => s !== o.surface);
    ctx.report({
      start: o.start,
      end: o.end,
      message: {
        fa: `این نام در متن به چند شکل آمده است: «${o.surface}» و ${others.map((s) => `«${s}»`).join('، ')}`,
        en: `This name is written in several ways: “${o.surface}” and ${others.map((s) => `“${s}”`).join(', ')}`,
      },
      fixes: others.map((s) => {
        const t = persianLetters(s);
        return { title: { fa: `تبدیل به «${t}»`, en: `Change to “${t}”` }, safe: false, edits: diffEdits(ctx.text, o.start, o.end, t) };
      }),
      related: [{ start: occ[0].start, end: occ[0].end, message: { fa: `«${firstSurface}»`, en: `“${firstSurface}”` } }],
    });
  }
}

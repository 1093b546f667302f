/** Character classes of the tokenizer, one table look-up per UTF-16 code unit. */
export const enum C {
  Other = 0,
  Letter = 1, // Persian/Arabic letter, incl. presentation forms and tatweel
  Mark = 2, // Arabic combining marks (harakat, hamza above, superscript alef)
  Joiner = 3, // ZWNJ, ZWJ, soft hyphen: may sit inside a word
  Digit = 4, // ASCII, Arabic-Indic or Persian digit
  Latin = 5,
  Space = 6,
  Newline = 7,
  Punct = 8,
  Format = 9, // LRM, RLM and other invisible direction marks
  HighSurrogate = 10,
}

export const ZWNJ = 0x200c;
export const ZWJ = 0x200d;
export const SOFT_HYPHEN = 0x00ad;
export const TATWEEL = 0x0640;

export const CLASS = new Uint8Array(65536);
(function fill() {
  const set = (from: number, to: number, c: C) => CLASS.fill(c, from, to + 1);
  set(0x0621, 0x063a, C.Letter);
  set(0x0640, 0x064a, C.Letter);
  set(0x064b, 0x065f, C.Mark);
  set(0x0660, 0x0669, C.Digit);
  set(0x066e, 0x066f, C.Letter);
  set(0x0670, 0x0670, C.Mark);
  set(0x0671, 0x06d3, C.Letter);
  set(0x06d5, 0x06d5, C.Letter);
  set(0x06d6, 0x06ed, C.Mark);
  set(0x06ee, 0x06ef, C.Letter);
  set(0x06f0, 0x06f9, C.Digit);
  set(0x06fa, 0x06fc, C.Letter);
  set(0x06ff, 0x06ff, C.Letter);
  set(0x0750, 0x077f, C.Letter);
  set(0xfb50, 0xfdff, C.Letter);
  set(0xfe70, 0xfefc, C.Letter);
  set(0x0030, 0x0039, C.Digit);
  set(0x0041, 0x005a, C.Latin);
  set(0x0061, 0x007a, C.Latin);
  set(0x005f, 0x005f, C.Latin);
  set(0x00c0, 0x024f, C.Latin);
  CLASS[0x00d7] = C.Punct;
  CLASS[0x00f7] = C.Punct;
  set(0x0300, 0x036f, C.Latin);
  set(0x0370, 0x03ff, C.Latin);
  set(0x0400, 0x04ff, C.Latin);
  CLASS[ZWNJ] = C.Joiner;
  CLASS[ZWJ] = C.Joiner;
  CLASS[SOFT_HYPHEN] = C.Joiner;
  for (const c of [0x20, 0x09, 0x0b, 0x0c, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]) CLASS[c] = C.Space;
  set(0x2000, 0x200a, C.Space);
  CLASS[0x0a] = C.Newline;
  CLASS[0x0d] = C.Newline;
  CLASS[0x2028] = C.Newline;
  CLASS[0x2029] = C.Newline;
  set(0x200e, 0x200f, C.Format);
  set(0x202a, 0x202e, C.Format);
  set(0x2066, 0x2069, C.Format);
  CLASS[0x061c] = C.Format;
  CLASS[0xfeff] = C.Format;
  const punct = '!"#$%&\'()*+,-./:;<=>?@[\\]^`{|}~«»،؛؟٪٫٬…–—‘’“”•·';
  for (let i = 0; i < punct.length; i++) CLASS[punct.charCodeAt(i)] = C.Punct;
  set(0xd800, 0xdbff, C.HighSurrogate);
})();

/** Per-character flags folded into each word token's flags. */
export const enum F {
  ArabicLetter = 1, // ي ى ك
  Presentation = 2, // U+FB50–FDFF, U+FE70–FEFF
  Tatweel = 4,
  Harakat = 8, // fatha, damma, kasra, shadda, sukun: marks of vocalized Arabic
  Joiner = 16, // ZWNJ inside the word
  OtherJoiner = 32, // ZWJ or soft hyphen inside the word
  TehMarbuta = 64,
  HehHamza = 128, // ۀ or ه + U+0654
  // Token-level flags set after the scan
  ArabicSpan = 256, // word lies inside a vocalized Arabic quotation
  WideSpace = 512, // a Space token other than one U+0020 (several spaces, tab, NBSP…)
  Folded = 1024, // word with a character that folds (see FOLD): its exact hash is not its fhash
}

export const CHAR_FLAG = new Uint16Array(65536);
(function fill() {
  CHAR_FLAG[0x064a] = F.ArabicLetter;
  CHAR_FLAG[0x0649] = F.ArabicLetter;
  CHAR_FLAG[0x0643] = F.ArabicLetter;
  CHAR_FLAG.fill(F.Presentation, 0xfb50, 0xfe00);
  CHAR_FLAG.fill(F.Presentation, 0xfe70, 0xfeff);
  CHAR_FLAG[TATWEEL] = F.Tatweel;
  CHAR_FLAG.fill(F.Harakat, 0x064e, 0x0653);
  CHAR_FLAG[ZWNJ] = F.Joiner;
  CHAR_FLAG[ZWJ] = F.OtherJoiner;
  CHAR_FLAG[SOFT_HYPHEN] = F.OtherJoiner;
  CHAR_FLAG[0x0629] = F.TehMarbuta;
  CHAR_FLAG[0x06c0] = F.HehHamza;
  CHAR_FLAG[0x0654] = F.HehHamza;
})();

/**
 * Folding used for lexicon keys and consistency keys: Arabic letters to Persian ones;
 * ZWNJ, tatweel and harakat dropped (value 0).
 */
export const FOLD = new Uint16Array(65536);
(function fill() {
  for (let i = 0; i < 65536; i++) FOLD[i] = i;
  FOLD[0x064a] = 0x06cc;
  FOLD[0x0649] = 0x06cc;
  FOLD[0x0643] = 0x06a9;
  FOLD[TATWEEL] = 0;
  FOLD.fill(0, 0x064b, 0x0653);
  FOLD[ZWNJ] = 0;
  FOLD[ZWJ] = 0;
  FOLD[SOFT_HYPHEN] = 0;
  for (let d = 0; d < 10; d++) FOLD[0x0660 + d] = 0x06f0 + d;
})();

/**
 * CLASS, CHAR_FLAG and FOLD of a code unit packed in one int32, so the tokenizer's word loop makes
 * one table look-up per character instead of three: class in bits 0–3, I.WordChar (a Letter or
 * Mark, which a word is made of), I.Folds, the character flags in bits 8–15 and the fold in bits 16–31.
 */
export const enum I {
  ClassMask = 0xf,
  WordChar = 0x10,
  Folds = 0x20, // FOLD changes the character (to another one, or drops it)
  FlagShift = 8,
  FlagMask = 0xff,
  FoldShift = 16,
}

export const CHAR_INFO = new Int32Array(65536);
(function fill() {
  for (let c = 0; c < 65536; c++) {
    const cls = CLASS[c];
    if (CHAR_FLAG[c] > I.FlagMask) throw new Error('CHAR_INFO: a character flag does not fit in 8 bits');
    const word = cls === C.Letter || cls === C.Mark ? I.WordChar : 0;
    const folds = FOLD[c] !== c ? I.Folds : 0;
    CHAR_INFO[c] = cls | word | folds | (CHAR_FLAG[c] << I.FlagShift) | (FOLD[c] << I.FoldShift);
  }
})();

/** Letters that never join to the following letter, so a ZWNJ after them is redundant. */
export const NON_JOINING = new Set([...'آأإادذرزژوؤۀة'].map((c) => c.charCodeAt(0)));

/** Folds a string the way word hashes fold it (see FOLD). */
export function fold(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const f = FOLD[s.charCodeAt(i)];
    if (f) out += String.fromCharCode(f);
  }
  return out;
}

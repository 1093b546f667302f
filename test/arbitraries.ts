// fast-check generators of hostile-but-plausible press text, shared by the property tests
// and the long fuzz run (scripts/fuzz.ts).
import fc from 'fast-check';

const ZWNJ = '\u200c';

/** Persian words and phrases, chosen to wake up every rule family (STYLE.md §1–§6). */
const PERSIAN = [
  'ایران', 'تهران', 'قم', 'خبر', 'گزارش', 'استان', 'کتاب', 'شبکه', 'خانه', 'نامه', 'مدرسه', 'بزرگ', 'مهم',
  'می‌شود', 'می شود', 'میشود', 'نمی‌کند', 'نمی کند', 'نمیکند', 'می‌توان', 'میز', 'میوه', 'میلیون', 'میدان',
  'کتاب‌ها', 'کتاب ها', 'کتابها', 'شبکه‌های', 'شبکه های', 'شبکههای', 'زیرساخت‌های', 'زیرساخت های',
  'بزرگ‌ترین', 'بزرگ ترین', 'بزرگترین', 'مهم‌تر', 'بیشتر', 'دفتر', 'دختر',
  'خانه‌ای', 'خانه ای', 'گفته‌اند', 'گفته اند', 'بی‌سابقه', 'بی سابقه', 'بیسابقه', 'بین', 'بیمار',
  'به‌عنوان', 'به عنوان', 'بهعنوان', 'دانش‌بنیان', 'دانش بنیان', 'بهره‌مندی', 'انجام‌شده', 'انجام شده',
  'حجت‌الاسلام', 'حجت الاسلام', 'حجت السلام', 'حجه الاسلام', 'حجة الاسلام', 'والمسلمین', 'و المسلمین',
  'آیت‌الله', 'آیت الله', 'آیه الله', 'آیة الله', 'آیت‌الله العظمی', 'ثقة‌الاسلام',
  'امام خمینی', '(ره)', '(س)', '(ع)', '(ص)', '(عج)', 'علیه‌السلام', 'علیه السلام', 'رحمه‌الله‌علیه',
  'سلام‌الله‌علیها', 'سلام الله علیها', 'صلی‌الله‌علیه‌وآله', 'حضرت', 'موسی‌پور', 'موسیپور', 'موسی پور',
  'زارع‌پور', 'زارعپور', 'رئیس', 'رییس', 'مسئول', 'مسوول', 'مسئولان', 'رئیس‌جمهور', 'رئیس جمهور',
  'مدیرعامل', 'مدیر عامل', 'فناوری', 'فن‌آوری', 'معاون', 'استاندار', 'وزیر', 'دکتر', 'مهندس', 'آقای',
  'اطالعات', 'اطلاعات', 'الزم', 'لازم', 'مع//اون', 'مهديراسخ،معاونتوسعهمديريت',
  'خانۀ', 'خانهٔ', 'نامۀ', 'جامعهٔ', 'ي', 'ك', 'ى', 'ة',
];

/** Arabic spellings, marks and forms the §1 rules act on. */
const ARABIC = [
  'كتاب', 'ميز', 'يكي', 'مصطفى', 'حجة', 'آية', 'مدرسة', 'ﻻزم', 'ﷲ', 'ﻣﺤﻤﺪ', 'ایـــران', 'مـحـمـد', 'ـ',
  'بِسْمِ اللَّهِ الرَّحْمَنِ الرَّحِيمِ', 'قال رسول اللَّه صَلَّى اللهُ عَلَيْهِ', 'إِنَّ الصَّلَاةَ كَانَتْ', 'ه\u0654',
  '\u064e', '\u0651', 'ۀ', 'لا', 'ﹼ', 'ﺍ',
];

const DIGITS = [
  '۱۴۰۴', '١٤٠٤', '٤', '1404', '12.5', '۱۲.۵', '1,000', '۱,۲۰۰', '2025-09-19', '10:30', '٠', '۰', '3', '٤٥٦',
  '۱۲٫۵', '50%', '٪۵۰',
];

const LATIN = [
  'Hello', 'world', 'GPT', '4G', 'mp3', 'x2', 'Kamal', 'Yemen', 'Windows', 'café', 'naïve', 'Σ', 'Москва', '_id',
  'A1B2', 'v1.2.3', 'e.g.', 'x-ray', 'ab12cd',
];

const URLS = [
  'https://example.com/2025/09', 'http://x2.ir/a/123?b=4&c=5,6', 'www.isna.ir', 'isna.ir', 'news.irna.ir/fa/9',
  'https://fa.wikipedia.org/wiki/ایران', 'ftp://10.0.0.1/pub', 'ali99@x.ir', 'a.b-c_9@mail.example.co',
  'https://x.ir/?a=1,2', 'www.example.com.', 'x.com,', 'mailto:ali@x.ir', 'https://t.me/s/x1?q=ي',
];

const PUNCT = [
  ',', ';', '?', '"', '“', '”', '«', '»', '(', ')', '.', ':', '،', '؛', '؟', '!', '-', '—', '…', '/', '//', '[', ']',
  "'", '*', '#', '%', '٪', '٫', '<', '>', '`', '~', '|', '_', '*', '\\',
];

const SPACES = [' ', ' ', ' ', '  ', '   ', '\t', '\u00a0', '\u2009', '\u202f'];
const INVISIBLE = [ZWNJ, ZWNJ + ZWNJ, '\u200d', '\u200e', '\u200f', '\u00ad', '\ufeff', '\u061c', '\u202b', '\u2066', '\u2069'];
const NEWLINES = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\u2028', '\u2029'];
const EMOJI = ['😀', '👍🏽', '🇮🇷', '❤️', '\ud83d', '\ude00', '\udfff\ud800', '𝄞', '👨‍👩‍👧'];

const MARKDOWN = [
  '```\nكود ي 12, x\n```\n', '```js\nconst a = "كتاب";\n```', '~~~\nمتن داخل ~~~ ي\n~~~', '```\nبسته‌نشده',
  '`كد 12`', '``ك ` ي``', '`', '[لينك](https://x.ir/ي?a=1)', '[متن](رابط)', '](', '<b class="x">', '</b>', '<br/>',
  '<!-- كامنت ي -->', '<!--', '-->', '<https://x.ir/12>', '[1]: https://x.ir/ي "عنوان"', '# ', '## ', '> ', '- ', '1. ',
  '**', '_', '    کد تورفته ي\n', '\r\n```\r\nكد\r\n```\r\n',
];

const FRONT_MATTER = ['---\ntitle: كتاب ي\ndate: 2025\n---\n', '---\r\ntitle: ي\r\n---\r\n', '---\nبسته‌نشده ي\n', '---\n...\n'];

const pick = (xs: readonly string[]) => fc.constantFrom(...xs);

/** One small piece of a document. */
export const piece: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: pick(PERSIAN), weight: 30 },
  { arbitrary: pick(ARABIC), weight: 6 },
  { arbitrary: pick(DIGITS), weight: 5 },
  { arbitrary: pick(LATIN), weight: 4 },
  { arbitrary: pick(URLS), weight: 3 },
  { arbitrary: pick(PUNCT), weight: 10 },
  { arbitrary: pick(SPACES), weight: 25 },
  { arbitrary: pick(INVISIBLE), weight: 4 },
  { arbitrary: pick(NEWLINES), weight: 4 },
  { arbitrary: pick(EMOJI), weight: 2 },
  { arbitrary: pick(MARKDOWN), weight: 3 },
  // Any UTF-16 code units, lone surrogates included.
  { arbitrary: fc.string({ unit: 'binary', maxLength: 3 }), weight: 2 },
  { arbitrary: fc.string({ unit: fc.constantFrom(...'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكىةۀأإؤئءآ\u200c\u064b\u0654 '), maxLength: 8 }), weight: 4 },
);

export interface Doc {
  text: string;
  languageId: 'plaintext' | 'markdown';
  unsafe: boolean;
}

// size 'max' lets lengths reach maxPieces (fast-check's default size keeps arrays short).
const body = (maxPieces: number) => fc.array(piece, { maxLength: maxPieces, size: 'max' }).map((xs) => xs.join(''));

/** A document: pieces joined, sometimes behind front matter, in either language mode. */
export function doc(maxPieces = 60): fc.Arbitrary<Doc> {
  return fc
    .record({
      front: fc.option(pick(FRONT_MATTER), { freq: 8 }),
      text: body(maxPieces),
      languageId: fc.constantFrom<'plaintext' | 'markdown'>('plaintext', 'markdown'),
      unsafe: fc.boolean(),
    })
    .map(({ front, text, languageId, unsafe }) => ({ text: (front ?? '') + text, languageId, unsafe }));
}

/** A document with one very long line: a run of pieces with the newlines taken out. */
export function longLineDoc(maxPieces = 400): fc.Arbitrary<Doc> {
  return fc
    .record({
      text: body(maxPieces).map((s) => s.replace(/[\r\n\u2028\u2029]/g, ' ')),
      repeat: fc.integer({ min: 1, max: 20 }),
      languageId: fc.constantFrom<'plaintext' | 'markdown'>('plaintext', 'markdown'),
      unsafe: fc.boolean(),
    })
    .map(({ text, repeat, languageId, unsafe }) => ({ text: text.repeat(repeat), languageId, unsafe }));
}

/** Text that mixes every line-ending style. */
export const mixedNewlines: fc.Arbitrary<string> = fc
  .array(fc.tuple(body(8), pick(['\n', '\r\n', '\r'])), { maxLength: 12 })
  .map((xs) => xs.map(([a, b]) => a + b).join(''));

/**
 * Deterministic press-like text of about `bytes` UTF-16 units (for linearity checks):
 * the same pieces, drawn from a fixed seed.
 */
export function pressText(units: number, seed = 1): string {
  const parts: string[] = [];
  let len = 0;
  const batch = fc.sample(fc.array(piece, { minLength: 20, maxLength: 40 }), { seed, numRuns: 200 }).map((xs) => xs.join('') + '\n');
  for (let i = 0; len < units; i++) {
    const s = batch[i % batch.length];
    parts.push(s);
    len += s.length;
  }
  return parts.join('').slice(0, units);
}

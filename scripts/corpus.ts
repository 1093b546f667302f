// Deterministic press corpus for the benchmark: paragraphs of ../shared/samples inputs (when
// present) mixed with synthetic news paragraphs that carry the errors editors actually receive,
// at realistic rates. Same seed, same text, byte for byte.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** mulberry32: small, fast, good enough for picking words. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const Z = '\u200c';

// Vocabulary of wire-service prose. Words with a ZWNJ are where the ZWNJ errors are injected.
const SUBJECTS = [
  'وزیر ارتباطات و فناوری اطلاعات', 'استاندار قم', 'معاون سیاسی امنیتی استاندار', 'رئیس سازمان برنامه و بودجه',
  'سخنگوی دولت', 'مدیرعامل شرکت ملی پست', 'رئیس‌جمهور', 'نماینده مردم تهران در مجلس', 'دبیر شورای عالی فضای مجازی',
  'فرماندار شهرستان', 'رئیس دانشگاه تهران', 'مسئولان استانی', 'کارشناسان اقتصادی', 'فعالان بخش خصوصی',
  'حجت‌الاسلام والمسلمین موسوی', 'آیت‌الله حسینی', 'حجت‌الاسلام رضایی‌پور', 'مدیرکل فرهنگ و ارشاد اسلامی',
  'رئیس کمیسیون صنایع و معادن', 'معاون توسعه مدیریت و منابع انسانی', 'وزیر امور خارجه', 'شهردار اصفهان',
];
const VERBS_SAID = ['گفت', 'افزود', 'اظهار داشت', 'تصریح کرد', 'تأکید کرد', 'عنوان کرد', 'خاطرنشان کرد', 'ادامه داد'];
const NOUNS = [
  'زیرساخت‌های ارتباطی', 'شبکه‌های اجتماعی', 'شرکت‌های دانش‌بنیان', 'طرح‌های عمرانی', 'پروژه‌های نیمه‌تمام',
  'سرمایه‌گذاری خارجی', 'دولت الکترونیک', 'خدمات الکترونیکی', 'فناوری‌های نوین', 'ظرفیت‌های فرهنگی',
  'برنامه‌ریزی منسجم', 'اقتصاد دیجیتال', 'پهنای باند', 'مراکز داده', 'امنیت اطلاعات', 'هوش مصنوعی',
  'تولید محتوا', 'نیازمندی‌های استان', 'دستگاه‌های اجرایی', 'سازمان‌های مردم‌نهاد', 'بازار سرمایه',
  'صادرات غیرنفتی', 'تولید داخلی', 'اشتغال جوانان', 'حمل‌ونقل عمومی', 'منابع آبی', 'بخش کشاورزی',
  'گردشگری مذهبی', 'حرم مطهر حضرت معصومه سلام‌الله‌علیها', 'نمایشگاه بین‌المللی', 'همکاری‌های منطقه‌ای',
  'تفاهم‌نامه همکاری', 'بودجه سال آینده', 'نرخ تورم', 'قیمت مسکن', 'واحدهای تولیدی', 'کتابخانه‌های عمومی',
];
const ADJ = ['مهم‌ترین', 'بزرگ‌ترین', 'جدی', 'ویژه', 'گسترده‌ای', 'بی‌سابقه', 'مناسب', 'پایدار', 'ملی', 'استانی', 'بیشتر', 'کمتر'];
const VERBS = [
  'می‌شود', 'می‌کند', 'می‌تواند', 'نمی‌شود', 'می‌یابد', 'می‌رسد', 'خواهد شد', 'انجام‌شده است', 'فراهم شده است',
  'پیگیری می‌شود', 'در دستور کار قرار گرفته است', 'به امضا رسید', 'نیازمند توجه است', 'افزایش یافته است',
  'کاهش یافته است', 'بررسی می‌کنند', 'گفته‌اند', 'تبدیل شده‌اند',
];
const LINKS = ['همچنین', 'از سوی دیگر', 'در همین حال', 'به‌عنوان نمونه', 'بی‌تردید', 'در این زمینه', 'به گزارش ایرنا', 'به گزارش خبرگزاری مهر'];
const AGENCIES = ['ایرنا', 'ایسنا', 'مهر', 'فارس', 'تسنیم', 'قم نیوز'];
const LATIN = ['ICT', '5G', 'IPTV', 'FATF', 'API', 'GDP'];
const URLS = ['https://www.irna.ir/news/85123456', 'www.mehrnews.com', 'info@example.ir'];

export interface CorpusOptions {
  seed?: number;
  /** Directory of NNN.input.txt samples to mix in; default none. */
  samplesDir?: string;
  /** Share of paragraphs taken from the samples when there are some (0..1). */
  sampleShare?: number;
}

/** Error rates per opportunity, chosen to look like agency copy before editing. */
export const RATES = {
  arabicYeh: 0.03, // a word with ی written with ي
  arabicKaf: 0.03, // a word with ک written with ك
  zwnjSpace: 0.35, // a ZWNJ written as a space
  zwnjGlued: 0.15, // a ZWNJ dropped
  latinComma: 0.15,
  latinQuestion: 0.3,
  straightQuotes: 0.25,
  latinDigits: 0.5,
  spaceBeforePunct: 0.05,
  titleMisspelt: 0.2, // رییس، مسوول
  honorificMisspelt: 0.2, // حجت الاسلام
  tatweel: 0.002,
};

function readSampleParagraphs(dir: string | undefined): string[] {
  if (!dir || !existsSync(dir)) return [];
  const out: string[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.input.txt')).sort()) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) if (line.trim()) out.push(line.replace(/\r$/, ''));
  }
  return out;
}

export class CorpusGenerator {
  private readonly rnd: () => number;
  private readonly samples: string[];
  private readonly sampleShare: number;

  constructor(opts: CorpusOptions = {}) {
    this.rnd = prng(opts.seed ?? 20251119);
    this.samples = readSampleParagraphs(opts.samplesDir);
    this.sampleShare = this.samples.length ? (opts.sampleShare ?? 0.2) : 0;
  }

  get samplesUsed(): number {
    return this.samples.length;
  }

  private pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rnd() * xs.length)];
  }

  private chance(p: number): boolean {
    return this.rnd() < p;
  }

  private number(): string {
    const n = String(Math.floor(this.rnd() * (this.chance(0.5) ? 100 : 10000)));
    if (this.chance(RATES.latinDigits)) return n;
    return n.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + d.charCodeAt(0) - 48));
  }

  /** Applies word-level errors to a phrase of correct Persian. */
  private damage(phrase: string): string {
    let s = phrase;
    if (s.includes(Z)) {
      s = s.replace(/\u200c/g, () => (this.chance(RATES.zwnjSpace) ? ' ' : this.chance(RATES.zwnjGlued / (1 - RATES.zwnjSpace)) ? '' : Z));
    }
    s = s.replace(/[^\s]+/g, (w) => {
      if (w.includes('ی') && this.chance(RATES.arabicYeh)) w = w.replace(/ی/g, 'ي');
      if (w.includes('ک') && this.chance(RATES.arabicKaf)) w = w.replace(/ک/g, 'ك');
      if (w.length > 3 && this.chance(RATES.tatweel)) w = w.slice(0, 2) + 'ـ' + w.slice(2);
      return w;
    });
    if (this.chance(RATES.titleMisspelt)) s = s.replace('رئیس', 'رییس').replace('مسئول', 'مسوول');
    if (this.chance(RATES.honorificMisspelt)) s = s.replace(`حجت${Z}الاسلام`, 'حجت الاسلام').replace(`آیت${Z}الله`, 'آیه الله');
    return s;
  }

  private comma(): string {
    const sp = this.chance(RATES.spaceBeforePunct) ? ' ' : '';
    return sp + (this.chance(RATES.latinComma) ? ',' : '،');
  }

  private sentence(): string {
    const parts: string[] = [];
    if (this.chance(0.35)) parts.push(this.damage(this.pick(LINKS)) + this.comma());
    const subject = this.damage(this.pick(SUBJECTS));
    const said = this.pick(VERBS_SAID);
    const n1 = this.damage(this.pick(NOUNS));
    const n2 = this.damage(this.pick(NOUNS));
    const adj = this.damage(this.pick(ADJ));
    const verb = this.damage(this.pick(VERBS));
    const r = this.rnd();
    if (r < 0.3) {
      parts.push(`${subject} با اشاره به ${n1} ${said}: ${n2} ${adj} ${verb}`);
    } else if (r < 0.5) {
      const q = this.chance(RATES.straightQuotes) ? ['"', '"'] : ['«', '»'];
      parts.push(`${subject} ${said} ${q[0]}${n1} در ${this.number()} ماه گذشته ${verb}${q[1]}`);
    } else if (r < 0.65) {
      parts.push(`به گزارش ${this.pick(AGENCIES)}${this.comma()} ${n1} در سال ${this.number()} به ${this.number()} درصد رسید و ${n2} ${verb}`);
    } else if (r < 0.75) {
      const q = this.chance(RATES.latinQuestion) ? '?' : '؟';
      parts.push(`آیا ${n1} ${adj} ${verb}${q} ${subject} در پاسخ ${said} که ${n2} ${verb}`);
    } else if (r < 0.82) {
      parts.push(`${subject} درباره ${this.pick(LATIN)} و ${n1} ${said}${this.comma()} جزئیات در ${this.pick(URLS)} منتشر ${this.damage('می‌شود')}`);
    } else {
      parts.push(`${n1}${this.comma()} ${n2} و ${this.damage(this.pick(NOUNS))} از جمله ${adj} اولویت‌های ${subject} است`);
    }
    return parts.join(' ') + (this.chance(RATES.spaceBeforePunct) ? ' .' : '.');
  }

  paragraph(): string {
    if (this.sampleShare && this.chance(this.sampleShare)) return this.pick(this.samples);
    const n = 2 + Math.floor(this.rnd() * 5);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.sentence());
    return out.join(' ');
  }

  /**
   * Paragraphs, one per line, filling `bytes` of UTF-8 without going over: the last paragraph
   * is cut at a space so the text is within a few bytes of the size asked for.
   */
  generate(bytes: number): string {
    const out: string[] = [];
    let size = 0;
    for (;;) {
      const p = this.paragraph();
      const n = Buffer.byteLength(p, 'utf8') + 1;
      if (size + n <= bytes) {
        out.push(p);
        size += n;
        continue;
      }
      let cut = p;
      while (cut && Buffer.byteLength(cut, 'utf8') + 1 > bytes - size) {
        const sp = cut.lastIndexOf(' ');
        cut = sp > 0 ? cut.slice(0, sp) : '';
      }
      if (cut) out.push(cut);
      break;
    }
    return out.length ? out.join('\n') + '\n' : '';
  }
}

export function generateCorpus(bytes: number, opts: CorpusOptions = {}): string {
  return new CorpusGenerator(opts).generate(bytes);
}

/** A document edit: the new text and where it differs from the previous one. */
export interface LetterEdit {
  text: string;
  changed: { start: number; oldEnd: number; newEnd: number };
}

/**
 * Typing and undoing, as the speed figures of editing measure it: a letter inserted at a random
 * place, then deleted again, so the text keeps its size. Deterministic for a seed.
 */
export function* letterEdits(text: string, seed: number): Generator<LetterEdit> {
  const rnd = prng(seed);
  let inserted = -1;
  for (;;) {
    if (inserted < 0) {
      inserted = Math.floor(rnd() * text.length);
      text = text.slice(0, inserted) + 'ا' + text.slice(inserted);
      yield { text, changed: { start: inserted, oldEnd: inserted, newEnd: inserted + 1 } };
    } else {
      text = text.slice(0, inserted) + text.slice(inserted + 1);
      const at = inserted;
      inserted = -1;
      yield { text, changed: { start: at, oldEnd: at + 1, newEnd: at } };
    }
  }
}

/** The LSP position (0-based line, UTF-16 character) of a text offset, for the bench's edits. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/** The seed of the bench corpus (npm run bench and the profiling scripts). */
export const BENCH_SEED = 20251119;

/** PERSIAN_QA_SAMPLES, else ../shared/samples beside the repository (scripts run from out/scripts). */
export function defaultSamplesDir(): string {
  return resolve(process.env.PERSIAN_QA_SAMPLES || join(__dirname, '..', '..', '..', 'shared', 'samples'));
}

/** The bench corpus: `bytes` of press text from BENCH_SEED, sample paragraphs mixed in. */
export function benchCorpus(bytes: number, samplesDir = defaultSamplesDir()): string {
  return new CorpusGenerator({ seed: BENCH_SEED, samplesDir }).generate(bytes);
}

/** Published press text: the samples' gold corrections repeated to about `bytes` (null without samples). */
export function cleanCorpus(bytes: number, samplesDir = defaultSamplesDir()): string | null {
  if (!existsSync(samplesDir)) return null;
  const texts = readdirSync(samplesDir).filter((f) => f.endsWith('.expected.txt')).sort().map((f) => readFileSync(join(samplesDir, f), 'utf8').trim());
  if (!texts.length) return null;
  const one = texts.join('\n\n') + '\n\n';
  return one.repeat(Math.max(1, Math.round(bytes / Buffer.byteLength(one, 'utf8'))));
}

/** Minor page faults of this process so far (Linux /proc; NaN elsewhere): on a VM each costs ~10-15 µs. */
export function minorFaults(): number {
  try {
    return Number(readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')[7]);
  } catch {
    return NaN;
  }
}

// The §6 round trip: damages clean press text the way PDF extraction does (broken lam-alef,
// stray slashes, words run together), one damage at a time, applies the §6 suggestions and
// counts how many damaged words come back exactly.
//   node out/scripts/damage.js [--seed N] [--samples DIR] [--runs N] [files...]
// Clean text: the gold samples (NNN.expected.txt) and the fresh press paragraphs below, which
// no word list of the rules was drawn from (the samples' words seeded the lexicon, so their
// figures flatter). Prints "damaged N, restored M, wrong K" per kind and source, and the
// findings on the clean text (false alarms; must be 0).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fix, lint, rules } from '../server/engine/index';
import type { EngineConfig } from '../server/engine/config';
import { prng } from './corpus';

const Z = '\u200c';
const PDF_RULES = ['pdf-lam-alef', 'pdf-stray-slash', 'pdf-run-together'];

export const FRESH = `
به گزارش خبرنگار اقتصادی ما، شاخص کل بورس اوراق بهادار تهران در معاملات روز چهارشنبه با افزایش چشمگیری همراه بود و معامله‌گران خرد به بازار بازگشتند.
سرپرست معاونت بهره‌برداری شرکت آبفای استان گفت: عملیات لایروبی قنوات و بازسازی شبکه فرسوده آبرسانی روستاهای محروم از هفته آینده آغاز می‌شود.
دادستان عمومی و انقلاب مرکز استان از کشف محموله قاچاق لوازم خانگی به ارزش تقریبی هشتاد میلیارد ریال در محور مواصلاتی خبر داد.
فرمانده انتظامی شهرستان با اشاره به کاهش سرقت‌های خودرو افزود: طرح ارتقای امنیت اجتماعی با همکاری دهیاری‌ها و شوراهای اسلامی روستا ادامه دارد.
نخستین همایش ملی کشاورزی حفاظتی با حضور پژوهشگران دانشگاه‌های علوم کشاورزی و منابع طبیعی در سالن اجتماعات استانداری برگزار شد.
این پژوهشگر حوزه محیط زیست هشدار داد که خشکسالی‌های پیاپی و برداشت بی‌رویه از سفره‌های زیرزمینی، فرونشست زمین را در دشت‌های حاصلخیز تشدید کرده است.
تیم فوتبال استقلال در دیداری جذاب و نفس‌گیر موفق شد حریف قدرتمند خود را با نتیجه دو بر یک شکست دهد و به صدر جدول لیگ برتر صعود کند.
کارگردان این مستند سینمایی که جایزه بهترین فیلم جشنواره بین‌المللی را دریافت کرده، درباره زندگی عشایر کوچ‌نشین زاگرس روایت می‌کند.
وزیر بهداشت، درمان و آموزش پزشکی از تجهیز بیمارستان‌های دولتی به دستگاه‌های تصویربرداری پیشرفته و راه‌اندازی بخش‌های مراقبت ویژه نوزادان خبر داد.
سخنگوی ستاد تنظیم بازار تصریح کرد: قیمت‌گذاری دستوری کالاهای اساسی به‌تدریج کنار گذاشته می‌شود و نظارت بر زنجیره توزیع تقویت خواهد شد.
عضو کمیسیون امنیت ملی و سیاست خارجی مجلس شورای اسلامی گفت: مذاکرات هسته‌ای باید با رعایت خطوط قرمز نظام و منافع ملت ادامه یابد.
مدیرعامل شرکت توزیع نیروی برق استان از نصب کنتورهای هوشمند برای مشترکان پرمصرف و اجرای طرح مدیریت اوج بار تابستان خبر داد.
رئیس اتاق بازرگانی، صنایع، معادن و کشاورزی استان خواستار رفع موانع صادراتی و تسهیل صدور کارت بازرگانی برای فعالان اقتصادی جوان شد.
معاون آموزش ابتدایی وزارت آموزش و پرورش از ثبت‌نام الکترونیکی نوآموزان پیش‌دبستانی در سامانه مدارس از ابتدای خرداد خبر داد.
کارشناسان هواشناسی پیش‌بینی کردند سامانه بارشی جدیدی از غرب وارد کشور شود و بارش‌های رگباری همراه با رعد و برق و وزش باد شدید رخ دهد.
آیت‌الله العظمی مکارم شیرازی در دیدار مسئولان کنگره بزرگداشت علامه طباطبایی بر ضرورت معرفی آثار فلسفی این اندیشمند به نسل جوان تأکید کرد.
حجت‌الاسلام والمسلمین اعرافی، مدیر حوزه‌های علمیه، در آیین اختتامیه جشنواره علامه حلی از طلاب برگزیده تقدیر کرد.
سرمربی تیم ملی والیبال با اعلام فهرست نهایی بازیکنان اعزامی به مسابقات قهرمانی آسیا، از آمادگی کامل ملی‌پوشان برای کسب سهمیه المپیک سخن گفت.
ایلان ماسک، مدیرعامل تسلا و اسپیس‌ایکس، از پرتاب موفق موشک استارشیپ خبر داد؛ آلبالو، زالزالک و آلاله از گیاهان بومی منطقه هستند.
شهرداری منطقه دوازده برای ساماندهی دستفروشان و بازگشایی پیاده‌روهای خیابان‌های مرکزی شهر برنامه‌ای تدوین کرده است.
خبرگزاری‌های خارجی گزارش دادند که نخست‌وزیر رژیم صهیونیستی با تظاهرات گسترده مخالفان در تل‌آویو و بیت‌المقدس روبه‌رو شده است.
کلاهبرداران اینترنتی با ارسال پیامک‌های جعلی و لینک‌های آلوده، اطلاعات حساب بانکی شهروندان را سرقت می‌کنند؛ پلیس فتا هشدار داد.
رئیس سازمان ملی استاندارد از الزامی شدن نشان استاندارد برای کلاه ایمنی موتورسواران و صندلی کودک خودرو از ابتدای سال آینده خبر داد.
مسابقات قرآن کریم، دعاخوانی و مداحی در مساجد محلات با استقبال نوجوانان و جوانان برگزار شد؛ مجمع خیرین مدرسه‌ساز هم جلسه داشت.
گالری‌های هنری خیابان ولیعصر میزبان نمایشگاه نقاشی‌های آبرنگ و خوشنویسی استادان پیشکسوت بودند و علاقه‌مندان بسیاری آمدند.
اقدامات پیشگیرانه، غربالگری سرطان پستان و واکسیناسیون کودکان در مراکز خدمات جامع سلامت روستایی رایگان است.
مهندس غلامرضا شریعتمداری، استاندار اسبق و عضو هیئت‌علمی دانشگاه، در مراسم تودیع و معارفه حضور یافت.
انتظارات تورمی، نقدینگی سرگردان و کسری بودجه سه عامل اصلی بی‌ثباتی بازار ارز و طلا عنوان شده‌اند.
بسیاری از هموطنان در ایام تعطیلات نوروزی به شهرهای شمالی و جاذبه‌های گردشگری مازندران و گیلان سفر کردند.
کمیته امداد امام خمینی (ره) از توزیع بسته‌های معیشتی میان خانواده‌های نیازمند و ایتام تحت حمایت در ماه مبارک رمضان خبر داد.
اعتراضات کامیونداران به افزایش قیمت لاستیک و لوازم یدکی باعث شد وزارت صمت جلسه‌ای با نمایندگان صنف برگزار کند.
کنسرسیوم بین‌المللی متشکل از شرکت‌های چینی و مالزیایی برای احداث پالایشگاه فراسنگین اعلام آمادگی کرد.
طالبان، داعش، القاعده و الشباب در فهرست گروه‌های تروریستی قرار دارند؛ الجزیره و العربیه این خبر را پوشش دادند.
استالین، لنین، گالیله، آلمانی‌ها و هلالی‌ها؛ خلال دندان، پالایش، سالاد و پلاستیک.
`;

export type Kind = 'lam-alef' | 'stray-slash' | 'run-together';
export interface Site {
  kind: Kind;
  line: string;
  damaged: string;
}
export interface Tally {
  damaged: number;
  restored: number;
  wrong: number;
}

const WORD = /[\u0600-\u06FF\u200c]+/g;
const isPersianWord = (w: string) => /^[\u0621-\u06CC\u200c]+$/.test(w) && !/^[\u200c]|[\u200c]$/.test(w);

/** Every damage the text allows, one per site, each applied to its line alone. */
export function damageSites(text: string, seed: number): Site[] {
  const rnd = prng(seed);
  const sites: Site[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    // Lam-alef: every word with «لا», all its ligatures broken.
    for (const m of line.matchAll(WORD)) {
      const w = m[0];
      if (!w.includes('لا')) continue;
      const broken = w.replace(/لا/g, 'ال');
      sites.push({ kind: 'lam-alef', line, damaged: line.slice(0, m.index) + broken + line.slice(m.index! + w.length) });
    }
    // Stray slashes: one word in eight of four letters or more, a «//» at a random inner place.
    for (const m of line.matchAll(WORD)) {
      const w = m[0];
      if (w.length < 4 || w.includes(Z) || !isPersianWord(w) || rnd() > 1 / 8) continue;
      const at = 1 + Math.floor(rnd() * (w.length - 1));
      const broken = w.slice(0, at) + '//' + w.slice(at);
      sites.push({ kind: 'stray-slash', line, damaged: line.slice(0, m.index) + broken + line.slice(m.index! + w.length) });
    }
    // Run-together: two to four words in a row with single spaces between, one run in six.
    const words = [...line.matchAll(/[^\s]+/g)];
    for (let i = 0; i + 1 < words.length; i++) {
      if (rnd() > 1 / 6) continue;
      const n = 2 + Math.floor(rnd() * 3);
      const span = words.slice(i, i + n);
      if (span.length < n || !span.every((x) => isPersianWord(x[0]))) continue;
      const from = span[0].index!;
      const last = span[span.length - 1];
      const to = last.index! + last[0].length;
      const chunk = line.slice(from, to);
      if (/\s\s|[^ \u0600-\u06FF\u200c]/.test(chunk)) continue;
      const joined = chunk.replace(/ /g, '');
      if (joined.replace(/\u200c/g, '').length < 9) continue;
      sites.push({ kind: 'run-together', line, damaged: line.slice(0, from) + joined + line.slice(to) });
      i += n;
    }
  }
  return sites;
}

function onlyPdf(): EngineConfig {
  return { rules: Object.fromEntries(rules.map((r) => [r.meta.id, PDF_RULES.includes(r.meta.id) ? r.meta.severity : 'off'])) };
}

export function roundTrip(sites: Site[], show?: (s: Site, fixed: string) => void): Record<Kind, Tally> {
  const config = onlyPdf();
  const out = {} as Record<Kind, Tally>;
  for (const s of sites) {
    const t = (out[s.kind] ??= { damaged: 0, restored: 0, wrong: 0 });
    t.damaged++;
    const fixed = fix(s.damaged, { config, unsafe: true });
    if (fixed === s.line) t.restored++;
    else if (fixed !== s.damaged) t.wrong++;
    if (fixed !== s.line) show?.(s, fixed);
  }
  return out;
}

/** Findings of the §6 rules on clean text: false alarms. */
export function falseAlarms(text: string): string[] {
  return lint(text, { config: onlyPdf() }).map((f) => `${f.rule} «${text.slice(f.start, f.end)}»`);
}

/** The damaged words of a site and what the rules made of them. */
function showMiss(s: Site, fixed: string): void {
  let a = 0;
  while (a < s.line.length && s.line[a] === s.damaged[a]) a++;
  let e1 = s.line.length;
  let e2 = s.damaged.length;
  let e3 = fixed.length;
  while (e1 > a && e2 > a && s.line[e1 - 1] === s.damaged[e2 - 1]) e1--, e2--;
  const grow = (t: string, x: number, dir: number) => {
    while (x > 0 && x < t.length && /[^\s]/.test(t[x - (dir < 0 ? 1 : 0)])) x += dir;
    return x;
  };
  e3 = fixed.length - (s.line.length - e1);
  const from = grow(s.line, a, -1);
  const word = (t: string, end: number) => t.slice(from, grow(t, end, 1));
  console.log(`    ${s.kind} ${fixed === s.damaged ? 'missed' : 'WRONG '}: «${word(s.damaged, e2)}» → «${word(fixed, Math.max(a, e3))}» (want «${word(s.line, e1)}»)`);
}

function main(): void {
  const args = process.argv.slice(2);
  const value = (name: string, fallback: string) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args.splice(i, 2)[1] : fallback;
  };
  const seed = Number(value('--seed', '6'));
  const verbose = args.includes('--verbose') && args.splice(args.indexOf('--verbose'), 1).length > 0;
  const samples = resolve(value('--samples', join(__dirname, '..', '..', '..', 'shared', 'samples')));
  const sources: [string, string][] = [];
  if (existsSync(samples)) {
    const gold = readdirSync(samples).filter((f) => f.endsWith('.expected.txt')).sort();
    sources.push(['samples (*.expected.txt)', gold.map((f) => readFileSync(join(samples, f), 'utf8')).join('\n')]);
  }
  sources.push(['fresh press text', FRESH]);
  for (const f of args) sources.push([f, readFileSync(f, 'utf8')]);
  for (const [name, text] of sources) {
    const alarms = falseAlarms(text);
    console.log(`${name}: ${alarms.length} findings on the clean text${alarms.length ? ': ' + alarms.join(', ') : ''}`);
    const tally = roundTrip(damageSites(text, seed), verbose ? showMiss : undefined);
    for (const kind of ['lam-alef', 'stray-slash', 'run-together'] as Kind[]) {
      const t = tally[kind] ?? { damaged: 0, restored: 0, wrong: 0 };
      console.log(`  ${kind.padEnd(12)} damaged ${t.damaged}, restored ${t.restored}, wrong ${t.wrong}`);
    }
  }
}

// Bundled into the tests too, so run only as the script itself.
if (/damage\.js$/.test(process.argv[1] ?? '')) main();

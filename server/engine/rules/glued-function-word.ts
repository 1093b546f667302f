import { FOLD, NON_JOINING } from '../chars';
import { afterNameHead } from '../article-scan';
import { T, exactHash, foldedHash } from '../tokenize';
import type { Rule } from '../types';
import { COMPOUNDS } from '../morphology/suffixes';
import { foldWithMap, GLUED_HEADS, MEASURE_ADJECTIVE, MEASURE_NUMBERS, NUMBER_MEASURE, pdfLexicon, UNIT_NUMBERS, WordCache } from '../morphology/segment';
import { afterSourceWord, MIN_LENGTH, splitOf } from './pdf-run-together';

const Z = '\u200c';
/** [damaged sentence, repaired sentence]: a preposition or conjunction that lost its space. */
const GLUED: [string, string][] = [
  ['او از هفتسالگی در اردوی پنجروزه شرکت کرد و شش نفر آمدند.', 'او از هفت\u200cسالگی در اردوی پنج\u200cروزه شرکت کرد و شش نفر آمدند.'],
  ['این موضوع درجریان بازدید مطرح شد.', 'این موضوع در جریان بازدید مطرح شد.'],
  ['وی درجمع خبرنگاران گفت.', 'وی در جمع خبرنگاران گفت.'],
  ['ازسوی دیگر، واین بار طرح درحال اجراست.', 'از سوی دیگر، و این بار طرح در حال اجراست.'],
  ['ازآنها خواست براین اساس عمل کنند.', 'از آنها خواست بر این اساس عمل کنند.'],
  ['محموله را دریک نوبت برد و دریکی از روزها ازیک مسیر رفت.', 'محموله را در یک نوبت برد و در یکی از روزها از یک مسیر رفت.'],
  ['ازطرف دیگر این طرح اجرا شد.', 'از طرف دیگر این طرح اجرا شد.'],
  ['زیرنظر مدیر، درهر مرحله و درحد مجاز، تاحدی کم شد و همانروز رفت؛ درسه سال و دردو ماه.', 'زیر نظر مدیر، در هر مرحله و در حد مجاز، تا حدی کم شد و همان روز رفت؛ در سه سال و در دو ماه.'],
  // Phrases the dictionary lists glued but the press always writes apart.
  ['کار را ازسر گرفت و درزمان جنگ، درراه مدرسه، اینهمه سختی دید.', 'کار را از سر گرفت و در زمان جنگ، در راه مدرسه، این همه سختی دید.'],
  // «درهمان» reads as «درهم» + «ان», «درمعرض» is listed: phrases written apart all the same.
  ['درهمان روز و ازهمان سال، درحالی که درمعرض خطر بود.', 'در همان روز و از همان سال، در حالی که در معرض خطر بود.'],
  // «هر» before a unit of time.
  ['هرشب و هرهفته آمدند.', 'هر شب و هر هفته آمدند.'],
  // A number ending in a joining letter and a measure adjective: one word with a ZWNJ; after «دو» apart.
  ['ساختمانی سهطبقه و دیواره‌ای دوکیلومتری و کودکی هفتماهه', 'ساختمانی سه\u200cطبقه و دیواره‌ای دو کیلومتری و کودکی هفت\u200cماهه'],
  ['از دهسالگی و دوازدهسالگی کار کرد.', 'از ده\u200cسالگی و دوازده\u200cسالگی کار کرد.'],
  ['بنای دویستساله و سیصدساله با دویستنفر', 'بنای دویست\u200cساله و سیصدساله با دویست نفر'],
  ['باتوجه به شرایط موجود', 'با توجه به شرایط موجود'],
  ['تاپایان سال ادامه دارد.', 'تا پایان سال ادامه دارد.'],
  // The rest a listed compound.
  ['نیز درگفتوگو با خبرنگار گفت.', 'نیز در گفتوگو با خبرنگار گفت.'],
  // An ordinal ends a rank («سرهنگ دوم» + a surname) only after the rank.
  ['دستگاه دوم تاپایان سال و دستگاه سوم درهمان ماه', 'دستگاه دوم تا پایان سال و دستگاه سوم در همان ماه'],
  ['مجلس ودولت این طرح را تصویب کردند.', 'مجلس و دولت این طرح را تصویب کردند.'],
  ['برروی میز گذاشت.', 'بر روی میز گذاشت.'],
  ['وی بهمردم اطمینان داد.', 'وی به مردم اطمینان داد.'],
  ['با همکاری وزارت‌خانه ووزارت کشور', 'با همکاری وزارت‌خانه و وزارت کشور'],
  ['وبرنامه‌ریزی لازم انجام شد.', 'و برنامه‌ریزی لازم انجام شد.'],
  ['دراین زمینه اقدام شد.', 'در این زمینه اقدام شد.'],
  ['بهگزارش ایرنا، جلسه برگزار شد.', 'به گزارش ایرنا، جلسه برگزار شد.'],
  ['وی بااشاره به اهمیت موضوع گفت.', 'وی با اشاره به اهمیت موضوع گفت.'],
  ['برلزوم همکاری تأکید کرد.', 'بر لزوم همکاری تأکید کرد.'],
  ['گفت کهبین دو کشور توافق شد.', 'گفت که بین دو کشور توافق شد.'],
  ['ازطرح‌های عمرانی بازدید کرد.', 'از طرح‌های عمرانی بازدید کرد.'],
  ['درآن جلسه حاضر بود.', 'در آن جلسه حاضر بود.'],
  ['دراين زمينه', 'در اين زمينه'],
  ['نتایج ظرف دوهفته اعلام می‌شود و درابتدای گزارش آمده است.', 'نتایج ظرف دو هفته اعلام می‌شود و در ابتدای گزارش آمده است.'],
  ['در ششماه گذشته', 'در شش ماه گذشته'],
  ['درطول سفر و درصورت نیاز، بااین هدف کار برعهده اوست.', 'در طول سفر و در صورت نیاز، با این هدف کار بر عهده اوست.'],
  ['بااینحال هنوز فاصله زیادی داریم و اینکار ادامه دارد.', 'با این حال هنوز فاصله زیادی داریم و این کار ادامه دارد.'],
  ['هرروز و هرماه ظرفیت را دوبرابر می‌کند.', 'هر روز و هر ماه ظرفیت را دو برابر می‌کند.'],
  ['مطالبات دوماه کارکنان پرداخت شد و هفته‌ای دوبار آمدند.', 'مطالبات دو ماه کارکنان پرداخت شد و هفته‌ای دو بار آمدند.'],
  // A number from nine up glued to a unit.
  ['در دهسال گذشته سیدرصد کم شد و هجدهماه طول کشید.', 'در ده سال گذشته سی درصد کم شد و هجده ماه طول کشید.'],
  ['چندروز بستری شد و چندسال ماند.', 'چند روز بستری شد و چند سال ماند.'],
  ['او آنرا پذیرفت و اینرا رد کرد؛ اینبار آنروز را به یاد آورد.', 'او آن را پذیرفت و این را رد کرد؛ این بار آن روز را به یاد آورد.'],
  ['او یکماه و یکبار در یکمیلیون سال سهروز ماند.', 'او یک ماه و یک بار در یک میلیون سال سه روز ماند.'],
  ['او درنشست خبری و درنشستی دیگر گفت.', 'او در نشست خبری و در نشستی دیگر گفت.'],
  ['بعداز نماز و قبلاز جلسه و پساز آن', 'بعد از نماز و قبل از جلسه و پس از آن'],
  ['برای نخستینبار و چندبار بیشاز همه اورا دیدند.', 'برای نخستین بار و چند بار بیش از همه او را دیدند.'],
  ['برای دومینبار و سومینبار قهرمان شد.', 'برای دومین بار و سومین بار قهرمان شد.'],
  // A common word of four letters or more after the head, however its letters read as endings («بها» + «م» + «ید»).
  ['بهامید دیدار و درسامانه ثبت شد.', 'به امید دیدار و در سامانه ثبت شد.'],
  // A common word of three letters after the head, with no other reading («بهمدت», «دوسوم»), and «اگر».
  ['او بهمدت پنج سال ماند و دوسوم آنها رفتند؛ اگرفکری نکنیم می‌رود.', 'او به مدت پنج سال ماند و دو سوم آنها رفتند؛ اگر فکری نکنیم می‌رود.'],
  ['دولت بدونکمک دیگران و بیشتراین زنان طیسال گذشته نزدمردم رفتند و رویمیز نشستند.', 'دولت بدون کمک دیگران و بیشتر این زنان طی سال گذشته نزد مردم رفتند و روی میز نشستند.'],
  // «لایه» after a number is a measure adjective like «طبقه»; «براینکه» is «بر» + «اینکه».
  ['کارتنهای سهلایه را با تاکید براینکه سالم بماند فرستاد.', 'کارتنهای سه\u200cلایه را با تاکید بر اینکه سالم بماند فرستاد.'],
  // «ظرف» (within) and «هیچ» head a phrase like «طی».
  ['هیچخطری ندارد.', 'هیچ خطری ندارد.'],
  // «تحت» heads a phrase like «طی».
  ['پرونده تحتپیگرد است.', 'پرونده تحت پیگرد است.'],
  // The longest head that opens the word: «برای» before «بر», which still opens «براینکه».
  ['خون سالم برایآنها و برایمردم، با تاکید براینکه', 'خون سالم برای آنها و برای مردم، با تاکید بر اینکه'],
  // A number and a measure adjective the dictionary lists glued.
  ['مجوزها ششماهه است.', 'مجوزها شش‌ماهه است.'],
];

/** Words that begin with such a word and are words of their own, or another rule's business. */
const INTACT = [
  // A surname after a given name stays whole, however it splits.
  'حجت‌الاسلام غلامعلی بردستانی، امام جمعه برازجان، و حجت‌الاسلام و المسلمین بردستانی',
  'سرهنگ دوم بادرستان و ناخدا یکم بادرستان',
  'دریافت گزارش، درآمد سالانه و دربارهٔ برنامه‌ها سخن گفت.',
  'وزیر کشور و وزارت امور خارجه با بازار تماس گرفتند.',
  'تابستان امسال بهروز و بهنام در بازدید از باغستان حاضر بودند.',
  'بهعنوان نمونه این طرح را ببینید.',
  'بهدنبال این تصمیم، بهدنبالش رفتند.',
  'برگزاری نشست با حضور برومند و باهنر انجام شد.',
  'نیروهای درگیر برگردان متن را خواندند.',
  'این پروژه ازجمله طرح‌های بزرگ است.',
  'بهتر است بهره‌وری افزایش یابد.',
  'کهکشان راه شیری و کهنه‌سربازان',
  'آن بابک و بهزاد و بهداد بودند.',
  'تاجان و تاجانشان، باجان و وصفها',
  'شهر کوچک تاکستان در استان قزوین است.',
  'وارد کشور شد؛ واعظ و وکیل و وافر آمدند.',
  'دربستان و دربند و دربان',
  // Such a number before other words is a name or a word of its own.
  'دهقان و سیروس و بیستون و ده‌ساله',
  'اگرچه بهمن و بهار و بهتر و درمان و ازدواج و بهروز و بهنام آمدند.',
  // Place names (places.txt): «برخوار» is no «بر خوار», «ازگله» no «از گله».
  'کشاورزان برخوار و مردم ازگله و محله ششگلان و روستاییان برخواری آمدند.',
  // A bound ending after the head is a name's end: the village «دروار».
  'چنار روستای دروار و دهیار دروار',
  'برگردش و برگردان',
  'درآمدهای نفتی کاهش یافت.',
  'به\u200cجریان و در\u200cجمع',
  'دراستانهای کشور',
  'به گزارش دوهزار، محموله رسید و خبرنگار دوهزار گفت.',
  // The rest a verb form («دانی»): the surname «بهدانی».
  'رمضان بهدانی، دهیار روستا، گفت.',
  'ازجمله این طرح‌ها و درپی آن',
  'از باالی کوه گذشت.',
  'تکریم فرهنگیان بازنش//سته و باز//نشسته',
  'هرگز و هرچند و دوران و دوستان و دوچرخه و هرمزگان و دوربین و تابستانهای گرم',
  'پنجشنبه و چهارشنبه و هفتصد و هشتاد و چهارراه و پنجره و شکوفه و هفته',
  'اینترنت و اینستاگرام و اینکه و اینجا و اینها و اینگونه و آنچه و آنکه و آنجا و آنتن و آنالیز و آنکارا و آنگاه و آنان',
  'یکشنبه و یکسان و یکدیگر و یکصد و یکپارچه و سهراب و سهیلا و سهامداران و سهمیه و دهواری‌نژاد و دهقان',
  'برایم و برایش و رویداد و رویکرد و بعدی و قبلی و بیشترین و کمترین و نزدیک و طیاره و روییدن و بعدازظهر و بدونه',
  { text: 'کد `درجریان` در مارک‌داون دست نمی‌خورد.', markdown: true },
  // The prefix «باز» (re-): «بازنشانی» is no «با» + «زنشانی».
  'بازنشانی تنظیمات و بازتعریف نقش‌ها',
];

/**
 * Glued phrases of the press that the spelling dictionary lists as words, though the Academy
 * writes them apart («ازسوی», «واین»): reported whatever the lexicons say, split after the
 * function word. Not «ازجمله» or «درپی», whose solid forms are also written.
 */
export const ALWAYS_APART = new Map(
  (
    'از|سوی از|طریق از|نظر از|لحاظ از|آن از|این از|آنها از|اینها و|این و|آن در|حال در|میان در|برابر بر|این بر|آن در|یک در|یکی از|یک با|یک ' +
    'در|سه در|دو زیر|پوشش نیم|قرن همان|روز همان|سال همان|ماه همان|شب همان|زمان همان|هفته زیر|نظر در|حد در|حدی تا|حد تا|حدی در|هر به|هر از|روی از|پیش از|سر از|نو از|حد در|زمان در|راه در|آغاز در|واکنش این|همه این|باره با|هدف با|دقت با|سرعت در|طول در|ضمن در|مقابل در|صورت در|عمل در|دسترس در|باب بر|اثر بر|عهده بر|علیه آن|را این|را این|کار این|بار هر|روز هر|سال هر|ماه هر|بار دو|برابر دو|ماه یک|بار یک|روز یک|شب یک|ماه یک|سال یک|هفته بعد|از قبل|از پیش|از پس|از چند|بار نخستین|بار اولین|بار آخرین|بار دومین|بار سومین|بار چندمین|بار بیش|از او|را در|عین با|هم از|دست در|همان از|همان با|همان در|حالی در|معرض هر|شب هر|هفته هر|نفر'
  )
    .split(' ')
    .map((p) => [p.replace('|', ''), p.indexOf('|')] as const),
);

/** The number heads of PdfLexicon.gluedHead, and the measures they make adjectives of («ساله», «سالگی», «روزه»). */
const NUMBERS = new Set(MEASURE_NUMBERS);
const MEASURE = new RegExp(`^${MEASURE_ADJECTIVE}$`);
/**
 * The first two letters of every head and always-apart phrase (one for «و»): a word opening otherwise is passed over
 * before its verdict is looked up, so the verdict cache holds only words that may be glued.
 */
const ONE_LETTER_HEADS = new Set(GLUED_HEADS.filter((h) => h.length === 1).map((h) => h.charCodeAt(0)));
const HEAD_OPENINGS = new Set([...GLUED_HEADS.filter((h) => h.length > 1), ...ALWAYS_APART.keys(), ...UNIT_NUMBERS].map((h) => h.charCodeAt(0) * 65536 + h.charCodeAt(1)));

/** Letters of the glued part (before any ZWNJ) at most. */
const MAX_LETTERS = 12;
const verdicts = new WordCache<number>();

export const rule: Rule = {
  meta: {
    id: 'glued-function-word',
    family: 'pdf',
    severity: 'warning',
    fixable: 'suggest',
    section: '§6',
    title: { fa: 'حرف اضافه یا ربط چسبیده به واژهٔ بعد', en: 'Preposition or conjunction glued to the next word' },
    description: {
      fa: 'حرف اضافه یا ربط یا واژهٔ کوتاه دیگر («در، از، با، به، بر، تا، که، و، هر، این، آن، بدون، برای، روی، بعد، قبل، طی، نزد، بیشتر، کمتر، اگر، مگر» و عددهای «یک، دو، سه، چهار، پنج، شش، هفت، هشت») که فاصلهٔ پس از آن در متن برگرفته از Word یا PDF افتاده است: «درجریان» ← «در جریان». تنها وقتی گزارش می‌شود که کل واژه شناخته نباشد و باقی آن واژه‌ای شناخته‌شده از سه حرف به بالا باشد.',
      en: 'A preposition, conjunction or other short word (در، از، با، به، بر، تا، که، و، هر، این، آن، بدون، برای، روی، بعد، قبل، طی، نزد، بیشتر، کمتر، اگر، مگر, and the numbers یک، دو، سه، چهار، پنج، شش، هفت، هشت) that lost the space after it in text pasted from Word or a PDF: درجریان → در جریان. Reported only when the whole is no known word and the rest is a known word of three letters or more.',
    },
  },
  check(ctx) {
    const { tokens, text } = ctx;
    const { kind, start, end, count } = tokens;
    let lexicon: ReturnType<typeof pdfLexicon> | undefined;
    for (let i = 0; i < count; i++) {
      if (kind[i] !== T.Word) continue;
      const s = start[i];
      const e = end[i];
      if (e - s < 4 || e - s > 100) continue;
      // A piece of a word a stray slash broke («بازنش//سته») is pdf-stray-slash's.
      if (text.charCodeAt(e) === 0x2f || text.charCodeAt(s - 1) === 0x2f) continue;
      // Folded, as the heads are matched: «يک» opens «یک».
      const c0 = FOLD[text.charCodeAt(s)];
      if (!ONE_LETTER_HEADS.has(c0) && !HEAD_OPENINGS.has(c0 * 65536 + FOLD[text.charCodeAt(s + 1)])) continue;
      // The raw hash tells «به‌جریان» (a ZWNJ the writer typed) from «بهجریان».
      const h = exactHash(text, tokens, i);
      let cut = verdicts.get(text, s, e, h);
      // An agency's name after «به گزارش» («دوهزار», «بهارنیوز») is no glued phrase.
      if (cut === null || ctx.isIgnoredWord(i) || afterNameHead(tokens, i) || afterSourceWord(ctx, i)) continue;
      const f = foldWithMap(text, s, e);
      if (cut === undefined) {
        lexicon ??= pdfLexicon();
        const fh = tokens.fhash[i];
        cut = ALWAYS_APART.get(f.text) ?? 0;
        // «ششماهه»: a number and a measure adjective, even where the dictionary lists it glued
        // (zwnj-compound's where compounds.txt lists it: «پنج‌ساله»).
        if (!cut && (!lexicon.hasWord(fh) || (NUMBER_MEASURE.test(f.text) && !COMPOUNDS.mayHave(fh))) && !lexicon.isPlace(fh)) {
          // Only the part before a ZWNJ is glued: «ازطرح‌های» is «از» + «طرح» + ZWNJ + «های».
          let z = s;
          while (z < e && text.charCodeAt(z) !== 0x200c) z++;
          let head = f.text;
          if (z < e) {
            let n = 0;
            while (n < f.at.length && f.at[n] < z) n++;
            head = f.text.slice(0, n);
          }
          if (head.length <= MAX_LETTERS && (head === f.text || !lexicon.keepHashes.has(foldedHash(head)))) cut = lexicon.gluedHead(head);
          // A longer word is pdf-run-together's when it splits it («درخصوصاجرای»).
          if (cut && f.text.length >= MIN_LENGTH && splitOf(f.text)) cut = 0;
          // A broken lam-alef is pdf-lam-alef's: «باالی» is «بالای», not «با الی».
          if (cut && f.text.includes('ال') && lexicon.lamRepair(f.text)) cut = 0;
        }
        verdicts.set(text, s, e, h, cut || null);
        if (!cut) continue;
      }
      // «بااینحال»: a second head glued after the first («با» + «این» + «حال») is split too.
      lexicon ??= pdfLexicon();
      const cuts = [cut];
      const inner = lexicon.gluedHead(f.text.slice(cut));
      if (inner) cuts.push(cut + inner);
      const word = text.slice(s, e);
      // «هفتسالگی», «پنجروزه», «سهطبقه»: a number and a measure made an adjective are one word
      // with a ZWNJ; after «دو», «چهار» (no joining letter) the two stay apart («دو کیلومتری»).
      const joint = (c: number) => (NUMBERS.has(f.text.slice(0, c)) && !NON_JOINING.has(f.text.charCodeAt(c - 1)) && MEASURE.test(f.text.slice(c)) ? Z : ' ');
      const edits = cuts.map((c) => ({ start: f.at[c - 1] + 1, end: f.at[c], newText: joint(c) }));
      let fixed = '';
      let p = s;
      for (const ed of edits) {
        fixed += text.slice(p, ed.start) + ed.newText;
        p = ed.end;
      }
      fixed += text.slice(p, e);
      ctx.report({
        start: s,
        end: e,
        message: {
          fa: `واژه‌های بی‌فاصله: «${word}» ← «${fixed}»`,
          en: `Words run together: “${word}” → “${fixed}”`,
        },
        fixes: [{ title: { fa: `تبدیل به «${fixed}»`, en: `Change to “${fixed}”` }, safe: false, edits }],
      });
    }
  },
  tests: {
    valid: INTACT,
    invalid: GLUED.map(([text, output]) => ({ text, output, unsafe: true })),
  },
};

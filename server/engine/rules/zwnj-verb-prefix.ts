import { changeTitle, SharedTexts } from '../shared-texts';
import { F, fold, NON_JOINING } from '../chars';
import { pdfLexicon, type PdfLexicon } from '../morphology/segment';
import { forEachNearWordStart, wordAcrossGap } from '../morphology/prefix-scan';
import { T, tokenContaining } from '../tokenize';
import type { Msg, Rule } from '../types';
import { commonPresentVerb, gluedVerb, normalizeLetters, verbAfterPrefix } from '../morphology/verbs';

const ZWNJ = '\u200c';

/**
 * The prefix written as a word of its own, alone or after a joined preverb (برمی گردد).
 * Not «وامی», which is also an adjective (تسهیلات وامی).
 */
const PREFIX_WORDS = new Set(
  ['', 'بر', 'در', 'باز', 'فرا', 'فرو'].flatMap((pv) => [pv + 'می', pv + 'نمی']).concat('وانمی'),
);
/** «ماه می»، «اول می»: the month May; «شیائو می»: a brand. Not the prefix. */
const NOT_PREFIX_AFTER = new Set(['ماه', 'اول', 'اوایل', 'اواخر', 'اواسط', 'نیمه', 'شیائو']);

/** «باز» glued to «می/نمی» and a form of «شدن» or «کردن»: the adjective, not the preverb. */
const BAZ_LIGHT_VERB = /^باز(ن?می)(?:شو|شد|کن|کرد)/;

const NOON = 0x0646;
const HEH = 0x0647;
/** Letters a word may start with when «می» is not its first letter: ن، and the preverbs بر، در، باز، فرا، فرو، وا. */
function mayLeadPrefix(c: number): boolean {
  return c === NOON || c === 0x0628 || c === 0x062f || c === 0x0641 || c === 0x0648;
}

const MESSAGES = new SharedTexts();

function messages(wrong: string, right: string, kind: 'missing' | 'misused' | 'maybe'): { message: Msg; title: Msg } {
  const message = MESSAGES.get(`${kind}\u0000${wrong}\u0000${right}`, () => {
    const fa = kind === 'misused' ? 'نیم‌فاصلهٔ نادرست' : kind === 'maybe' ? 'شاید نیم‌فاصله لازم باشد' : 'نیم‌فاصله لازم است';
    const en = kind === 'misused' ? 'Misplaced ZWNJ' : kind === 'maybe' ? 'ZWNJ probably needed' : 'ZWNJ needed';
    return { fa: `${fa}: «${wrong}» ← «${right}»`, en: `${en}: “${wrong}” → “${right}”` };
  });
  return { message, title: changeTitle(right) };
}

const Z = ZWNJ;
/** [text, output] pairs: every shape of the mistake, fixed to the ZWNJ form. */
function fixedCases(): [string, string][] {
  return [
    ['ضرورت توجه بیش از پیش مسئولان بیشتر نمایان می شود.', `ضرورت توجه بیش از پیش مسئولان بیشتر نمایان می${Z}شود.`],
    ['تقویت زیرساخت‌ها می تواند زمینه گسترش را فراهم کند.', `تقویت زیرساخت‌ها می${Z}تواند زمینه گسترش را فراهم کند.`],
    ['دولت این کار را نمی کند.', `دولت این کار را نمی${Z}کند.`],
    ['نمی توان از این ظرفیت چشم پوشید.', `نمی${Z}توان از این ظرفیت چشم پوشید.`],
    ['می توان گفت طرح موفق بوده است.', `می${Z}توان گفت طرح موفق بوده است.`],
    ['تشکیل ستاد راهبردی همسو با این هدف انجام میگیرد.', `تشکیل ستاد راهبردی همسو با این هدف انجام می${Z}گیرد.`],
    ['وقف به‌عنوان یک سرمایه اجتماعی محسوب میشود، گفت.', `وقف به‌عنوان یک سرمایه اجتماعی محسوب می${Z}شود، گفت.`],
    ['این مسیر میتواند الگویی برای سایر دستگاه‌ها باشد.', `این مسیر می${Z}تواند الگویی برای سایر دستگاه‌ها باشد.`],
    ['زیرساخت‌های پردازشی نیز به این روند کمک میکنند.', `زیرساخت‌های پردازشی نیز به این روند کمک می${Z}کنند.`],
    ['نمیتوان این مسئله را نادیده گرفت.', `نمی${Z}توان این مسئله را نادیده گرفت.`],
    ['پژوهشگر سرانجام پاسخ را مییابد.', `پژوهشگر سرانجام پاسخ را می${Z}یابد.`],
    ['آسایش مردم در توجه به فناوری تحقق می یابد.', `آسایش مردم در توجه به فناوری تحقق می${Z}یابد.`],
    ['این نیاز را بیشتر نمایان می سازد.', `این نیاز را بیشتر نمایان می${Z}سازد.`],
    ['کاروان زائران فردا به شهر میرسد.', `کاروان زائران فردا به شهر می${Z}رسد.`],
    ['وزیر در این نشست با خبرنگاران سخن میگوید.', `وزیر در این نشست با خبرنگاران سخن می${Z}گوید.`],
    ['گردشگران هر روز به این میدان میآیند.', `گردشگران هر روز به این میدان می${Z}آیند.`],
    ['هیئت دولت فردا به قم می آید.', `هیئت دولت فردا به قم می${Z}آید.`],
    ['قیمت کالاها هر ماه افزایش مییابد.', `قیمت کالاها هر ماه افزایش می${Z}یابد.`],
    ['او هر روز به دفتر روزنامه می رفت.', `او هر روز به دفتر روزنامه می${Z}رفت.`],
    ['کارگران تا دیروقت در کارخانه کار میکردند.', `کارگران تا دیروقت در کارخانه کار می${Z}کردند.`],
    ['او همیشه می گفت که باید صبر کرد.', `او همیشه می${Z}گفت که باید صبر کرد.`],
    ['این پروژه پیش از این اجرا می شده است.', `این پروژه پیش از این اجرا می${Z}شده است.`],
    ['آنان سال‌ها این کار را می کرده اند.', `آنان سال‌ها این کار را می${Z}کرده اند.`],
    [`آنان سال‌ها این کار را میکرده${Z}اند.`, `آنان سال‌ها این کار را می${Z}کرده${Z}اند.`],
    ['کشاورزان پیش‌تر گندم میکاشتهاند.', `کشاورزان پیش‌تر گندم می${Z}کاشتهاند.`],
    [`این موضوع در جلسه بررسی می${Z} شود.`, `این موضوع در جلسه بررسی می${Z}شود.`],
    [`این موضوع در جلسه بعد بررسی می ${Z}شود.`, `این موضوع در جلسه بعد بررسی می${Z}شود.`],
    [`گزارش نهایی فردا منتشر می${Z}${Z}شود.`, `گزارش نهایی فردا منتشر می${Z}شود.`],
    [`شورا با این طرح موافقت نمی${Z} کند.`, `شورا با این طرح موافقت نمی${Z}کند.`],
    ['هیئت اعزامی فردا به کشور برمیگردد.', `هیئت اعزامی فردا به کشور برمی${Z}گردد.`],
    ['هزینه این طرح از جیب مردم درمیآید.', `هزینه این طرح از جیب مردم درمی${Z}آید.`],
    ['تیم ملی پس از دو هفته بازمیگردد.', `تیم ملی پس از دو هفته بازمی${Z}گردد.`],
    ['درهای موزه از فردا بازمیشود و نگهبان آن را بازمیکند.', `درهای موزه از فردا باز می${Z}شود و نگهبان آن را باز می${Z}کند.`],
    ['فصل برداشت محصول به‌زودی فرامیرسد.', `فصل برداشت محصول به‌زودی فرامی${Z}رسد.`],
    ['مدیرکل فردا از سفر بر می گردد.', `مدیرکل فردا از سفر بر می${Z}گردد.`],
    ['سفیر هفته آینده برمی گردد.', `سفیر هفته آینده برمی${Z}گردد.`],
    ['او دیگر به این شهر برنمیگردد.', `او دیگر به این شهر برنمی${Z}گردد.`],
    ['این طرح اجرا ميشود.', `این طرح اجرا مي${Z}شود.`],
    ['نمي توان این را پذیرفت.', `نمي${Z}توان این را پذیرفت.`],
    ['ما اهمیت این موضوع را میدانیم.', `ما اهمیت این موضوع را می${Z}دانیم.`],
    ['شما بهتر از همه میدانید که زمان کم است.', `شما بهتر از همه می${Z}دانید که زمان کم است.`],
    ['کارشناسان علت این پدیده را میدانند.', `کارشناسان علت این پدیده را می${Z}دانند.`],
    ['او میداند که راه دشواری در پیش است.', `او می${Z}داند که راه دشواری در پیش است.`],
    ['از همه همکاران خواهش میکنم دقت کنند.', `از همه همکاران خواهش می${Z}کنم دقت کنند.`],
    ['ما صلح و آرامش می خواهیم.', `ما صلح و آرامش می${Z}خواهیم.`],
    ['آنها نمی خواستند در جلسه حاضر شوند.', `آنها نمی${Z}خواستند در جلسه حاضر شوند.`],
    ['دولت یارانه را مستقیم به مردم میپردازد.', `دولت یارانه را مستقیم به مردم می${Z}پردازد.`],
    ['وی در ادامه می افزاید که برنامه تغییر نکرده است.', `وی در ادامه می${Z}افزاید که برنامه تغییر نکرده است.`],
    ['سخنگوی دولت میافزاید که جلسه ادامه دارد.', `سخنگوی دولت می${Z}افزاید که جلسه ادامه دارد.`],
    ['این تصمیم اقتصاد را به خطر میاندازد.', `این تصمیم اقتصاد را به خطر می${Z}اندازد.`],
    ['مسئولان میبایست زودتر اقدام می کردند.', `مسئولان می${Z}بایست زودتر اقدام می${Z}کردند.`],
    ['بانک‌ها وام ازدواج می دهند.', `بانک‌ها وام ازدواج می${Z}دهند.`],
    ['ما هر روز نتیجه این سیاست را میبینیم.', `ما هر روز نتیجه این سیاست را می${Z}بینیم.`],
    ['او در آن زمان مغازه‌ای می داشت.', `او در آن زمان مغازه‌ای می${Z}داشت.`],
    ['مردم این مسئولان را نمی شناسند.', `مردم این مسئولان را نمی${Z}شناسند.`],
    ['کشاورزان محصول را ارزان میفروشند.', `کشاورزان محصول را ارزان می${Z}فروشند.`],
    ['خبرنگار گزارشی درباره سیل می نویسد.', `خبرنگار گزارشی درباره سیل می${Z}نویسد.`],
    ['دانش‌آموزان کتاب را با دقت میخوانند.', `دانش‌آموزان کتاب را با دقت می${Z}خوانند.`],
    ['نمایندگان فردا به صحن مجلس میروند.', `نمایندگان فردا به صحن مجلس می${Z}روند.`],
    ['این کالاها وارد بازار می شوند.', `این کالاها وارد بازار می${Z}شوند.`],
    ['ما از این تصمیم خبر نمی دانستیم.', `ما از این تصمیم خبر نمی${Z}دانستیم.`],
    ['دولت این پیشنهاد را میپذیرد.', `دولت این پیشنهاد را می${Z}پذیرد.`],
    ['نامه‌ها هر هفته به دست ما می رسید.', `نامه‌ها هر هفته به دست ما می${Z}رسید.`],
    ['رئیس جلسه در صدر میز مینشیند.', `رئیس جلسه در صدر میز می${Z}نشیند.`],
    ['مدیران این طرح را به رأی میگذارند.', `مدیران این طرح را به رأی می${Z}گذارند.`],
    ['این بنا در ماه‌های آینده تکمیل می\u00a0شود.', `این بنا در ماه‌های آینده تکمیل می${Z}شود.`],
    ['قطار ساعت هشت حرکت میکند.', `قطار ساعت هشت حرکت می${Z}کند.`],
    ['کارکنان هر سال پاداش میگرفتند.', `کارکنان هر سال پاداش می${Z}گرفتند.`],
    ['اعضای شورا به این طرح رأی نمیدهند.', `اعضای شورا به این طرح رأی نمی${Z}دهند.`],
    ['در این دیدار توافق‌هایی به دست میآید.', `در این دیدار توافق‌هایی به دست می${Z}آید.`],
    ['کارشناسان می گویند تورم کاهش می یابد.', `کارشناسان می${Z}گویند تورم کاهش می${Z}یابد.`],
    ['او می‌گوید که این کار نمیشود.', `او می${Z}گوید که این کار نمی${Z}شود.`],
    ['وزیر پیش‌تر گفته بود که این طرح اجرا میشده است.', `وزیر پیش‌تر گفته بود که این طرح اجرا می${Z}شده است.`],
    ['دانشجویان هر روز در کتابخانه میماندند.', `دانشجویان هر روز در کتابخانه می${Z}ماندند.`],
    ['پلیس متخلفان را شناسایی میکرد.', `پلیس متخلفان را شناسایی می${Z}کرد.`],
    ['ميكند', `مي${Z}كند`],
    ['مردم این حق را از آن خود میدانستند و میدارند.', `مردم این حق را از آن خود می${Z}دانستند و می${Z}دارند.`],
    ['کاوشگران هر سال اشیای تازه‌ای مییافتند.', `کاوشگران هر سال اشیای تازه${Z}ای می${Z}یافتند.`],
    ['زائران از شهرهای دور به قم می آمدند.', `زائران از شهرهای دور به قم می${Z}آمدند.`],
    ['ساکنان آسیب‌های سیل را از نزدیک میدیدند.', `ساکنان آسیب‌های سیل را از نزدیک می${Z}دیدند.`],
    ['بانک‌ها در آن سال وام کمتری می دادند.', `بانک‌ها در آن سال وام کمتری می${Z}دادند.`],
    ['دولت یارانه‌ها را هر ماه میپرداخت.', `دولت یارانه${Z}ها را هر ماه می${Z}پرداخت.`],
    ['سخنگو در پایان می افزود که جلسه ادامه دارد.', `سخنگو در پایان می${Z}افزود که جلسه ادامه دارد.`],
    ['داوطلبان از ساعت ۱۰ می توانند نتایج را ببینند.', `داوطلبان از ساعت ۱۰ می${Z}توانند نتایج را ببینند.`],
  ];
}

const tests = {
  valid: [
    `این موضوع در نشست آینده بررسی می${Z}شود.`,
    `نمی${Z}توان این ظرفیت را نادیده گرفت و می${Z}توان از آن بهره برد.`,
    `آنان این کار را می${Z}کرده${Z}اند.`,
    'میز گزارشگران در کنار میز مدیران قرار گرفت.',
    'میوه‌های تابستانی در بازار فراوان است.',
    'بودجه این طرح به یک میلیون دلار رسید.',
    'تجمع در میدان اصلی شهر برگزار شد.',
    'در میان مدعوان چهره‌های سرشناسی دیده شدند.',
    'میزان تورم در ماه گذشته کاهش یافت.',
    'این بنا جزو میراث فرهنگی کشور است.',
    'میهمانان خارجی از نمایشگاه بازدید کردند.',
    'میل به خرید در بازار کاهش یافته است.',
    'نجار میخ را به دیوار کوبید.',
    'گله‌ای از میش و بز در دامنه دیده شد.',
    'صادرات میگو به کشورهای همسایه افزایش یافت.',
    'این میکروب در آزمایشگاه شناسایی شد.',
    'مجری میکروفن را به دست مهمان داد.',
    'جشن میلاد امام در این مسجد برگزار شد.',
    'میمون‌های باغ وحش به قفس تازه منتقل شدند.',
    'مینا خبرنگار این روزنامه است.',
    'میر این طایفه در جلسه حاضر بود.',
    'میرزا کوچک‌خان از رهبران نهضت جنگل بود.',
    'انجام این کار برای ما میسر نیست.',
    'میثاق ملی در این مراسم امضا شد.',
    'میعاد ما ظهر فردا در همین مکان است.',
    'زائران در میقات احرام بستند.',
    'این نمایشگاه در ماه می برگزار شد.',
    'هیئت در ماه می رسید.',
    'قرارداد در ۱۵ می ۲۰۲۴ امضا شد.',
    'نمایشگاه در ۱۰ می برگزار شد.',
    'اول می روز جهانی کارگر است.',
    'شاعر از جام می سخن گفته است.',
    'گوشی شیائو می رسید و فروش رفت.',
    'تسهیلات وامی داده شده به بنگاه‌ها افزایش یافت.',
    'تحقیقات میدانی در این زمینه ادامه دارد.',
    'این شهر میانگین بارش بالایی دارد.',
    'شهرستان نمین در استان اردبیل قرار دارد.',
    'کمیته تمیز کردن شهر امروز تشکیل شد.',
    'تحولات علمی و اسلامی در این کتاب آمده است.',
    'میرحسین موسوی و میرسلیم در این جلسه نبودند.',
    'میشل و میلان و میامی نام‌های خارجی‌اند.',
    'شهرهای میناب و میبد در این طرح هستند.',
    'این مسئله درمیان گذاشته شد.',
    'ترانه‌ای با نام Mi Amor پخش شد.',
    'نشانی https://example.com/mishavad را ببینید.',
    { text: 'کد `میشود` و `می شود` در مارک‌داون دست نمی‌خورد.', markdown: true },
    'قَالَ الْإِمَامُ عَلَيْهِ السَّلَامُ میکند',
    'میهن ما سرافراز است.',
    'میکده و میخانه در شعر حافظ آمده است.',
    // Surnames and adjectives in «ـمی» before a verb: no known word plus «می», or a word itself.
    'قاسمی گفت این طرح اجرا شود.',
    'آقای کرمی شود یا نه، فرقی ندارد.',
    'این روش باید رسمی شود و بخشنامه آن اسلامی شود.',
    'دکتر اکرمی کند و آرام سخن گفت.',
    'بادامی شود یا گردویی، فرقی نمی‌کند.',
    'خاورمیانه و شمیران و ارمیا در این کتاب آمده‌اند.',
    'سهمی دارد و فهمی ندارد و ابهامی نیست؛ مبهمی گفت.',
    'می شودمی شودمی شود',
    // Dictionary words that read as a word, «می» and a verb are kept solid (gen-pdf-lexicon).
    'نقاش گفت رنگ‌ها را بیامیزد و نیامیزد.',
  ],
  invalid: [
    ...fixedCases().map(([text, output]) => ({ text, output })),
    { text: 'او این کار را میکند و نمی کند.', output: `او این کار را می${Z}کند و نمی${Z}کند.`, errors: 2 },
    { text: 'این کار را میکرد.', output: `این کار را می${Z}کرد.`, errors: 1 },
    { text: '# عنوان\n\nاین کار انجام میشود.', output: `# عنوان\n\nاین کار انجام می${Z}شود.`, markdown: true },
    { text: 'من میدانم که راه دشوار است.', output: `من می${Z}دانم که راه دشوار است.`, unsafe: true, errors: 1 },
    { text: 'این دارو هفته آینده وارد کشورمی شود.', output: `این دارو هفته آینده وارد کشور می${Z}شود.`, unsafe: true, errors: 1 },
    { text: 'طرح از هفته آینده اجرامیشود و زمین‌ها آزاد میشوند.', output: `طرح از هفته آینده اجرا می${Z}شود و زمین‌ها آزاد می${Z}شوند.`, errors: 2, unsafe: true },
    { text: 'احتکارکنندگان کالا را بیرون نگهمیدارند و به آن توجهمیکنند.', output: `احتکارکنندگان کالا را بیرون نگه می${Z}دارند و به آن توجه می${Z}کنند.`, unsafe: true, errors: 2 },
    { text: 'این کالا به بازار واردمیشد و دستورمیداد.', output: `این کالا به بازار وارد می${Z}شد و دستور می${Z}داد.`, unsafe: true, errors: 2 },
    { text: 'طرح از هفته آینده اجرامی شود و ادامه دارد.', output: `طرح از هفته آینده اجرا می${Z}شود و ادامه دارد.`, unsafe: true, errors: 1 },
    { text: 'شهرداری این خیابان را آسفالت و بازسازی می کند و دستورمی دهد.', output: `شهرداری این خیابان را آسفالت و بازسازی می${Z}کند و دستور می${Z}دهد.`, unsafe: true, errors: 2 },
  ],
};

export const rule: Rule = {
  meta: {
    id: 'zwnj-verb-prefix',
    family: 'zwnj',
    severity: 'warning',
    fixable: 'fix',
    section: '§2',
    title: { fa: 'نیم‌فاصله پس از «می» و «نمی»', en: 'ZWNJ after the verb prefix می / نمی' },
    description: {
      fa: 'پیشوند فعلی «می/نمی» با نیم‌فاصله به فعل می‌پیوندد: «می‌شود»، «نمی‌کند»، «می‌توان»؛ نه با فاصله، نه چسبیده.',
      en: 'The verb prefix می/نمی joins the verb with a ZWNJ (می‌شود, نمی‌کند), not a space, not glued.',
    },
  },
  check(ctx) {
    const { tokens, text } = ctx;
    let lexicon: PdfLexicon | undefined;
    let cursor = 0;
    const gluedBefore = (at: number, i = -1) => {
      const c = text.charCodeAt(at - 1);
      // prefixGluedAfterWord decides; this spares the token look-up for most hits.
      if (!NON_JOINING.has(c) && c !== HEH) return;
      if (i < 0) cursor = i = tokenContaining(tokens, at, cursor);
      checkGluedBefore(ctx, at, i, (lexicon ??= pdfLexicon()));
    };
    const visit = (i: number, at: number) => {
      const s = tokens.start[i];
      const e = tokens.end[i];
      if (at > s) gluedBefore(at, i);
      if (at + 2 === e) {
        // The word ends in «می»: is it the prefix standing apart from its verb?
        checkSpaced(ctx, i);
        return;
      }
      if (ctx.isIgnoredWord(i)) return;
      const original = text.slice(s, e);
      const g = gluedVerb(normalizeLetters(original));
      if (!g) return;
      // «بازمیشود», «بازمیکنند»: «باز» is the adjective of «باز شدن/کردن» there, no preverb
      // («بازمی‌گردد»), so it stands apart: «باز می‌شود».
      const baz = BAZ_LIGHT_VERB.exec(normalizeLetters(original));
      if (baz && g.at === 3 + baz[1].length) {
        const right = `باز ${original.slice(3, g.at)}${ZWNJ}${original.slice(g.at)}`;
        const { message, title } = messages(original, right, 'missing');
        const edits = [
          { start: s + 3, end: s + 3, newText: ' ' },
          { start: s + g.at, end: s + g.at, newText: ZWNJ },
        ];
        ctx.report({ start: s, end: e, message, fixes: [{ title, safe: g.certain, edits }] });
        return;
      }
      const right = original.slice(0, g.at) + ZWNJ + original.slice(g.at);
      const { message, title } = messages(original, right, g.certain ? 'missing' : 'maybe');
      ctx.reportEdit(s, e, message, title, s + g.at, s + g.at, ZWNJ, g.certain);
    };
    forEachNearWordStart(text, tokens, 'می', 4, visit, mayLeadPrefix, gluedBefore);
    cursor = 0;
    if (ctx.docFlags & F.ArabicLetter) forEachNearWordStart(text, tokens, 'مي', 4, visit, mayLeadPrefix, gluedBefore);
  },
  tests,
};

/**
 * «وارد کشورمی شود», «اجرامیشود», «نگهمیدارند»: the prefix glued to the word before instead of
 * its verb (a space moved one letter back, or lost). Only after a known word of three letters or
 * more that ends in a non-joining letter (so the glued form shows a gap, as lost spaces do) or
 * in ه (no word ends in «همی» but «سهمی»، «فهمی», whose stems are shorter), the whole no word.
 * Apart from its verb, the verb must be a present form of a common verb: surnames in «ـمی» are
 * no known word plus «می», and stand before past forms («قاسمی گفت»), not bare present ones.
 */
function checkGluedBefore(ctx: Parameters<Rule['check']>[0], p: number, i: number, lexicon: PdfLexicon): void {
  const { tokens, text } = ctx;
  const s = tokens.start[i];
  const e = tokens.end[i];
  if (tokens.kind[i] !== T.Word || p - s < 3 || p - s > 20) return;
  // Most hits are words in «ـامی»، «ـومی» («اسلامی»، «عمومی»): known, one look-up. The
  // dictionary words kept solid count only for the glued verb: before a bare present form
  // «اجرامی» is no adjective («اجرامی شود»).
  const fh = tokens.fhash[i];
  if (lexicon.wordHashes.has(fh) || (e > p + 2 && lexicon.keepHashes.has(fh)) || ctx.isIgnoredWord(i)) return;
  let verbEnd = e;
  let gapEnd = p + 2;
  if (e === p + 2) {
    const gap = wordAcrossGap(tokens, i);
    if (!gap || gap.joiner || !commonPresentVerb(normalizeLetters(ctx.tokenText(gap.j))) || ctx.isIgnoredWord(gap.j)) return;
    gapEnd = tokens.start[gap.j];
    verbEnd = tokens.end[gap.j];
  }
  // Folded, the word must keep its length (no ZWNJ or tatweel), so p indexes it too.
  const word = fold(text.slice(s, e));
  if (word.length !== e - s || !prefixGluedAfterWord(word, p - s, lexicon)) return;
  const wrong = text.slice(s, verbEnd);
  const right = `${text.slice(s, p)} ${text.slice(p, p + 2)}${ZWNJ}${text.slice(gapEnd, verbEnd)}`;
  const { message, title } = messages(wrong, right, 'maybe');
  ctx.report({
    start: s,
    end: verbEnd,
    message,
    fixes: [{ title, safe: false, edits: [{ start: p, end: p, newText: ' ' }, { start: p + 2, end: gapEnd, newText: ZWNJ }] }],
  });
}

/**
 * Whether «می» at p in the folded word w is the prefix glued to a known word before it
 * (checkGluedBefore), with a verb after it unless w ends there (the caller then checks the next
 * word). gen-pdf-lexicon keeps the dictionary words with a verb it accepts («بیامیزد»).
 */
export function prefixGluedAfterWord(w: string, p: number, lexicon: PdfLexicon): boolean {
  if (p < 3 || p > 20 || !w.startsWith('می', p)) return false;
  const c = w.charCodeAt(p - 1);
  if (!NON_JOINING.has(c) && c !== HEH) return false;
  if (p + 2 < w.length && !verbAfterPrefix(normalizeLetters(w.slice(p + 2)))) return false;
  // «بازدیدمیدانی» is «بازدید میدانی».
  if (p + 2 < w.length && lexicon.wordNotVerb(w.slice(p))) return false;
  const stem = w.slice(0, p);
  // Not after a verb («شودمی شود»): split, it would be the verb for the «می» before it, and a
  // chain of them took one fix-all pass each (a fuzz find).
  return !PREFIX_WORDS.has(stem + 'می') && !verbAfterPrefix(normalizeLetters(stem)) && lexicon.known(stem) && !lexicon.known(w);
}

function checkSpaced(ctx: Parameters<Rule['check']>[0], i: number): void {
  const { tokens, text } = ctx;
  const s = tokens.start[i];
  const e = tokens.end[i];
  if (e - s > 6) return;
  const prefix = normalizeLetters(text.slice(s, e));
  if (!PREFIX_WORDS.has(prefix)) return;
  const gap = wordAcrossGap(tokens, i);
  if (!gap) return;
  const { j, joiner } = gap;
  if (ctx.isIgnoredWord(i) || ctx.isIgnoredWord(j)) return;
  // A gap of joiners must be ZWNJs (a ZWJ or soft hyphen is another rule's business).
  const gapStart = e;
  const gapEnd = tokens.start[j];
  for (let p = gapStart; p < gapEnd; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x200d || c === 0x00ad) return;
  }
  if (prefix === 'می') {
    const p = ctx.prevNonSpace(i);
    if (p >= 0) {
      const k = tokens.kind[p];
      // After a number «می» is the prefix («به ۱۰ می رسد», «از ساعت ۱۰ می توانند») unless the
      // next word is no verb (the date «۱۰ می ۲۰۲۴», «۱۰ می برگزار شد»: verbAfterPrefix).
      if (k === T.Latin) return;
      if (k === T.Word && NOT_PREFIX_AFTER.has(normalizeLetters(ctx.tokenText(p)))) return;
    }
  }
  const verb = normalizeLetters(ctx.tokenText(j));
  if (!verbAfterPrefix(verb)) return;
  const wrong = text.slice(s, tokens.end[j]);
  const right = text.slice(s, e) + ZWNJ + ctx.tokenText(j);
  const { message, title } = messages(wrong, right, joiner ? 'misused' : 'missing');
  ctx.reportEdit(s, tokens.end[j], message, title, gapStart, gapEnd, ZWNJ);
}

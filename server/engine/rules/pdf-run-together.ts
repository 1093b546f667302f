import { F } from '../chars';
import { afterNameHead } from '../article-scan';
import { T } from '../tokenize';
import type { Rule, TextEdit } from '../types';
import type { RuleContext } from '../context';
import { foldWithMap, pdfLexicon, type PdfLexicon, Split, WordCache } from '../morphology/segment';
import { gluedVerb, glideSubjunctive, verbWord } from '../morphology/verbs';

const Z = '\u200c';
/** [damaged sentence, repaired sentence]: words run together by a PDF extraction. */
const BROKEN: [string, string][] = [
  ['مهدی راسخ، معاونتوسعهمدیریت استانداری', 'مهدی راسخ، معاون توسعه مدیریت استانداری'],
  ['دسترسی بهخدماتالکترونیکی آسان شد.', 'دسترسی به خدمات الکترونیکی آسان شد.'],
  // The relative «ی» and «که» glued to an inflected word.
  ['وعده داد به هنرجویانیکه دوره را ببینند و کسانیکه آمدند.', 'وعده داد به هنرجویانی که دوره را ببینند و کسانی که آمدند.'],
  // A word in «ن» before «شد» reads before «نشد» after the word without it; «باشد/باشند», «بودیم», «داد».
  ['چراغ روشنشد و کار آسانشد اما اعلامنشد.', 'چراغ روشن شد و کار آسان شد اما اعلام نشد.'],
  // A word in «ا» takes the copula as «ست»: «بالاست», no «بال است».
  ['اسیدیته پساب بسیاربالاست و از شنبهگذشته آمد.', 'اسیدیته پساب بسیار بالاست و از شنبه گذشته آمد.'],
  // «باز» (open) before «شد»: no preverb of a verb («بازگشت»); «بازشو» is a word.
  ['مدرسه دوباره بازشد و درها بازنشدند؛ پنجره بازشو ماند.', 'مدرسه دوباره باز شد و درها باز نشدند؛ پنجره بازشو ماند.'],
  // Not an infinitive: «کندنشود» is «کند نشود».
  ['تا رشد درخت کندنشود.', 'تا رشد درخت کند نشود.'],
  // «است» after a participle whose stem is a noun too: «پرداخته است», no «پرداخت‌هاست».
  ['این مبلغ را شرکت پرداختهاست و پدرش درگذشتهاست.', 'این مبلغ را شرکت پرداخته است و پدرش درگذشته است.'],
  ['تنها هفت چتر برنگشتهاست.', 'تنها هفت چتر برنگشته است.'],
  ['نباید اجازهبدهند کسی بیاید، اگر خبربرسد.', 'نباید اجازه بدهند کسی بیاید، اگر خبر برسد.'],
  // A common word in «ین» before «می», no «نمی» after the rest: «پایین می‌آورد».
  ['داروها فشار را پایینمیآورد و کار را پیشنمیبرد؛ دستگاه کارنمیکرد.', 'داروها فشار را پایین می\u200cآورد و کار را پیش نمی\u200cبرد؛ دستگاه کار نمی\u200cکرد.'],
  // Everyday words the common-word list now has: «نجات», «خرج».
  ['امدادگران او را نجاتداد و هزینه را خرجکردند.', 'امدادگران او را نجات داد و هزینه را خرج کردند.'],
  // The last piece a common word's plural the list lacks.
  ['استفاده از کلاهایمنیموتورسواران الزامی است.', 'استفاده از کلاه ایمنی موتورسواران الزامی است.'],
  ['باید برنامه داشتهباشند تا موفقباشد؛ ناچاربودیم و کار را انجامداد.', 'باید برنامه داشته باشند تا موفق باشد؛ ناچار بودیم و کار را انجام داد.'],
  ['وزیرامورخارجهونماینده مجلس در نشست حضور داشتند.', 'وزیر امورخارجه و نماینده مجلس در نشست حضور داشتند.'],
  ['سازمانبرنامهوبودجه اعلام کرد.', 'سازمان برنامه و بودجه اعلام کرد.'],
  ['دراینزمینه اقدام شد.', 'در این زمینه اقدام شد.'],
  ['نمایندهمردمتهران گفت.', 'نماینده مردم تهران گفت.'],
  ['مدیرکلفرهنگوارشاد استان', 'مدیرکل فرهنگ و ارشاد استان'],
  ['برایتوسعهگردشگری تلاش می‌کنیم.', 'برای توسعه گردشگری تلاش می‌کنیم.'],
  ['رئیسدانشگاهتهران گفت.', 'رئیس دانشگاه تهران گفت.'],
  ['اقتصاددیجیتالکشور', 'اقتصاد دیجیتال کشور'],
  // After a given name that is also a town, a verb glued is still split.
  ['جشنواره در سامان برگزارشد', 'جشنواره در سامان برگزار شد'],
  // An agent noun the word list lacks, from a common present stem: «فرستنده», not «فرست نده».
  ['فقط یک دستگاهفرستنده داشتیم', 'فقط یک دستگاه فرستنده داشتیم'],
  ['مدرسه‌ها تعطیلشدهاند و برکه‌ها وقفشده‌اند', 'مدرسه‌ها تعطیل شده\u200cاند و برکه‌ها وقف شده‌اند'],
  ['شهرداریتهرانوشورا', 'شهرداری تهران و شورا'],
  // A common word's plural before another word; weighed as its word alone («کاوش انجام», no «کاوشان جام»).
  ['با جانبازانبستری دیدار کرد و کاوشانجام شد.', 'با جانبازان بستری دیدار کرد و کاوش انجام شد.'],
  // «است» after a participle, even where an agency's name may stand.
  ['برای این خبرگزاری نوشتهاست که', 'برای این خبرگزاری نوشته است که'],
  // A place name is one piece of a run (places.txt), and weighs a letter less than a word.
  ['جلسه درقائمشهر برگزار شد و به تخریبشبانه خانه رسیدگی شد.', 'جلسه در قائمشهر برگزار شد و به تخریب شبانه خانه رسیدگی شد.'],
  // «آن» glued to the end of a common word; not where the letters make a word («قرآن»).
  ['نصبآن ممنوع است و سودآن به مردم می‌رسد، اما قرآن و شهر قائمشهر ماند.', 'نصب آن ممنوع است و سود آن به مردم می‌رسد، اما قرآن و شهر قائمشهر ماند.'],
  // «در» glued after a common word of four letters or more.
  ['هدف ما حضوردر جمع برترهاست.', 'هدف ما حضور در جمع برترهاست.'],
  // A two-letter noun of a compound verb and the verb glued.
  ['این طرح هزینه را کممیکند و مشکل حلمیشود.', 'این طرح هزینه را کم می\u200cکند و مشکل حل می\u200cشود.'],
  ['افزایشخودسرانه قیمت', 'افزایش خودسرانه قیمت'],
  // A number in words with «و» glued, however short.
  ['تا صبح بیستوچند زخمی و هزاروپانصد نفر آمدند.', 'تا صبح بیست و چند زخمی و هزار و پانصد نفر آمدند.'],
  // The future of a verb with a preverb: the preverb stays on the auxiliary.
  ['به نمایش درخواهدآمد و برخواهندگشت.', 'به نمایش درخواهد آمد و برخواهند گشت.'],
  // Negative, subjunctive and infinitive forms of the light verbs, and «ماندن».
  ['مردم خبرنداشتند و باید منتظربمانیم؛ ماهها منتظرماندیم و نباید اجازهدهیم؛ گوشدادن مهم است.', 'مردم خبر نداشتند و باید منتظر بمانیم؛ ماهها منتظر ماندیم و نباید اجازه دهیم؛ گوش دادن مهم است.'],
  // More persons of the light verbs.
  ['تا از درس عقبنمانند و ما هم عقبنمانیم.', 'تا از درس عقب نمانند و ما هم عقب نمانیم.'],
  ['مجبوربودم و ترکنکنند؛ بحثداشتیم و تصمیمگرفتیم که آسیببزند.', 'مجبور بودم و ترک نکنند؛ بحث داشتیم و تصمیم گرفتیم که آسیب بزند.'],
  ['همکاریهایمنطقهایکشورها', 'همکاریهای منطقه\u200cای کشورها'],
  ['بازارسرمایهایران', 'بازار سرمایه ایران'],
  ['زیرساختهایارتباطیکشور', 'زیرساختهای ارتباطی کشور'],
  ['درخصوصاجرای طرح', 'در خصوص اجرای طرح'],
  ['سخنگويدولتاعلام کرد.', 'سخنگوي دولت اعلام کرد.'],
  ['بااشارهبهاهمیت موضوع', 'با اشاره به اهمیت موضوع'],
  ['بهگزارشخبرگزاری ایرنا', 'به گزارش خبرگزاری ایرنا'],
  ['مردمایرانامروز', 'مردم ایران امروز'],
  ['کارشناسانحوزهاقتصادی', 'کارشناسان حوزه اقتصادی'],
  ['استاندارتهراندرجلسه شورا', 'استاندار تهران در جلسه شورا'],
  ['گفت‌وگوبافعالان اقتصادی', 'گفت‌وگو با فعالان اقتصادی'],
  // A verb glued after a non-joining letter, in words shorter than a run.
  ['مبلغ پرداخت خواهدشد و آنها خواهندرفت.', 'مبلغ پرداخت خواهد شد و آنها خواهند رفت.'],
  ['او گفتهاست که کار انجام شدهاست و این خانهاست.', 'او گفته است که کار انجام شده است و این خانه است.'],
  ['محموله واردشد و راننده آزادشد.', 'محموله وارد شد و راننده آزاد شد.'],
  ['محموله هفته آینده صادرخواهدشد و نتایج منتشرخواهند کرد.', 'محموله هفته آینده صادر خواهد شد و نتایج منتشر خواهند کرد.'],
  // Listed press phrases glued, however short (press-phrases.txt).
  ['بانکمرکزی نرخ سود را ثابت نگه داشت و تیمملی برد.', 'بانک مرکزی نرخ سود را ثابت نگه داشت و تیم ملی برد.'],
  ['سخنگوی وزارتجهادکشاورزی گفت.', 'سخنگوی وزارت جهاد کشاورزی گفت.'],
  ['بخش پیوندکلیه راه افتاد.', 'بخش پیوند کلیه راه افتاد.'],
  // «بر» the preposition after its word, not the compound part «بر» («هزینه‌بر»).
  ['با تکیهبر اجتهاد و علاوهبر این، بالغبر صد نفر آمدند.', 'با تکیه بر اجتهاد و علاوه بر این، بالغ بر صد نفر آمدند.'],
  // The future auxiliary after a joining letter, and «بود» after a participle.
  ['از رادیو پخشخواهد شد و منفی شدهبود.', 'از رادیو پخش خواهد شد و منفی شده بود.'],
  // «از» glued to the end of a common word; a finite form of «شدن» glued after any letter.
  ['در بازدیداز مزارع با قدردانیاز مردم گفت نامزدها معرفیشدند و مسجد بازگشاییشد.', 'در بازدید از مزارع با قدردانی از مردم گفت نامزدها معرفی شدند و مسجد بازگشایی شد.'],
  ['بلیت‌ها فروختهشد و شرکت صادرات را گسترشدهد.', 'بلیت‌ها فروخته شد و شرکت صادرات را گسترش دهد.'],
  // More persons, infinitives and light verbs; two-letter nouns of compound verbs; the perfect
  // of more participles.
  ['مجبورشدیم و ترجیحدادم و کار شکلگرفت و پروژه عقبافتاد و آنها فریبخوردند.', 'مجبور شدیم و ترجیح دادم و کار شکل گرفت و پروژه عقب افتاد و آنها فریب خوردند.'],
  ['فرم را پرکنند و فاصله را کمکرد و پول را پسگرفت و آتشزدن بوته‌ها ممنوع است.', 'فرم را پر کنند و فاصله را کم کرد و پول را پس گرفت و آتش زدن بوته‌ها ممنوع است.'],
  ['آنها تماسداشتهاند و کار را یادگرفتهاند و من نذرکردهام.', 'آنها تماس داشته‌اند و کار را یاد گرفته‌اند و من نذر کرده‌ام.'],
  ['کشاورز جانباخت و دو نفر دیگر جانباختند.', 'کشاورز جان باخت و دو نفر دیگر جان باختند.'],
  // «هر» glued to a common word (not after «ش»: «درشهر» is «در شهر»); «از» after a word with «ی».
  ['قیمتهر کیلو بالا رفت و نیمیاز هزینه را استان داد.', 'قیمت هر کیلو بالا رفت و نیمی از هزینه را استان داد.'],
  // Two numbers before the longest pieces; a word in «ن» before a verb, not the verb negated.
  ['بیمه‌نامه را دوازدهمیلیون تومان خریدم و کار به پایانرسیده است.', 'بیمه‌نامه را دوازده میلیون تومان خریدم و کار به پایان رسیده است.'],
  // A negative participle or one after a preverb before the verb glued to it.
  ['آنها نرفتهبودند و من ندیدهبودم و دیوار فروریختهبود.', 'آنها نرفته بودند و من ندیده بودم و دیوار فروریخته بود.'],
  ['سهم امسال ۱۴ درصد بیشتراست و مسیر دوراست و او مرداست.', 'سهم امسال ۱۴ درصد بیشتر است و مسیر دور است و او مرد است.'],
  ['ساکنان باید منطقهرا ترک کنند و کتابهارا ببرند.', 'ساکنان باید منطقه را ترک کنند و کتابها را ببرند.'],
  ['وزیر دستورداد و آنها مجبوربودند که بروند؛ او کار را خواهدکرد.', 'وزیر دستور داد و آنها مجبور بودند که بروند؛ او کار را خواهد کرد.'],
  ['جایگاهمناسبی دارد.', 'جایگاه مناسبی دارد.'],
  ['مزدیکه زیر خط فقر است کمتراز نصف هزینه است و تیم سومشد.', 'مزدی که زیر خط فقر است کمتر از نصف هزینه است و تیم سوم شد.'],
  // The past of «کردن» and «زدن» glued to a known word.
  ['وزارت اعلامکرد که سرما به باغ‌ها آسیبزد و شرکت اقدامنکرد.', 'وزارت اعلام کرد که سرما به باغ‌ها آسیب زد و شرکت اقدام نکرد.'],
  // The infinitives «کردن», «شدن»; a first word in a sounded «اه».
  ['از رهاکردن آتش و بیدارشدن مردم در پایگاهنماز گفت.', 'از رها کردن آتش و بیدار شدن مردم در پایگاه نماز گفت.'],
  // «را», «به», «با», «هم» glued to the end of a word, however short the word.
  ['او کاررا تمام کرد و برای کمکبه مردم آمد؛ اولویتبا ماست و امسالهم رفت.', 'او کار را تمام کرد و برای کمک به مردم آمد؛ اولویت با ماست و امسال هم رفت.'],
  // A verb with «می» glued after a word or a participle; «دارد», «نیست», «گرفته» after a known word.
  ['به کشاورزان دادهمیشود و قیمت کاهشمییابد؛ این آیین قدمتدارد و ادامهدارد اما سردخانه کافینیست و هشدارها نادیدهگرفته شد.', 'به کشاورزان داده می‌شود و قیمت کاهش می‌یابد؛ این آیین قدمت دارد و ادامه دارد اما سردخانه کافی نیست و هشدارها نادیده گرفته شد.'],
  ['موزه دیروز گشایشیافت و صادرات کاهشیافت.', 'موزه دیروز گشایش یافت و صادرات کاهش یافت.'],
  // «خود» glued to the end of a common word; «است» glued after a joining letter.
  ['او کارخود را کرد؛ ممکناست برود و گفتنیاست که آمد.', 'او کار خود را کرد؛ ممکن است برود و گفتنی است که آمد.'],
  // Two common words glued, no dictionary word: a space lost in the paste.
  ['پس از بررسیدقیق، پیش از تصویببودجه با سفیرانگلیس دیدار کرد.', 'پس از بررسی دقیق، پیش از تصویب بودجه با سفیر انگلیس دیدار کرد.'],  // «چند» before a measure stays a phrase.
  ['روستا در فاصله چندکیلومتری شهر است.', 'روستا در فاصله چند کیلومتری شهر است.'],
  // «کند» and «بماند» after a word; «یافته», «داده», «دید» after a listed noun of their compound
  // verbs, and a compound infinitive, even where the dictionary lists the glued form.
  [
    'او باید حق همسایه را رعایتکند و مانع را برطرفنکند؛ بودجه افزایشیافته است و او قولداده بود؛ انبار آسیبدید و برای واردکردن کالا نباید تنهابماند.',
    'او باید حق همسایه را رعایت کند و مانع را برطرف نکند؛ بودجه افزایش یافته است و او قول داده بود؛ انبار آسیب دید و برای وارد کردن کالا نباید تنها بماند.',
  ],
  // «یک», «دو» and «ما» glued to the end of a common word.
  ['نتیجه را ظرفیک ماه اعلام کرد و به خبرنگارما گفت هدفما این است و هر هفتهدو بار می‌آید.', 'نتیجه را ظرف یک ماه اعلام کرد و به خبرنگار ما گفت هدف ما این است و هر هفته دو بار می‌آید.'],
  // The perfect of «گذاشتن» after the noun of its compound verb.
  ['جوانان محله قرارگذاشتهاند.', 'جوانان محله قرار گذاشته\u200cاند.'],
  // A lost space after a plural ending between two typed ZWNJs.
  ['برای تولید محتوا پیگیری‌هایگسترده‌ای در حال انجام است.', 'برای تولید محتوا پیگیری‌های گسترده‌ای در حال انجام است.'],
  // A two-letter noun of a compound verb the lexicon lacks as a word («رد», «گم»).
  ['دادگاه تجدیدنظر حکم را ردکرد.', 'دادگاه تجدیدنظر حکم را رد کرد.'],
  // A stray dictionary «…ان» form before a word «ان» opens: «اهمیت انصاف», not «اهمیتان صاف»;
  // a real plural keeps it when the other word would be shorter («مسئولان به», no «انبه»).
  ['با اشاره به اهمیتانصاف و تاریخانقضا و مسئولانبهاین موضوع گفت.', 'با اشاره به اهمیت انصاف و تاریخ انقضا و مسئولان به این موضوع گفت.'],
  // Short everyday words the dictionary-derived list lacked («مبل», «دیگ»).
  ['از روی مبلیکه کنار پنجره بود، پس از ترکیدندیگ آب.', 'از روی مبلی که کنار پنجره بود، پس از ترکیدن دیگ آب.'],
  // A second-person verb yields to a common word: «میدانی» (field), no «می‌دانی» (you know).
  ['با بررسیمیدانی و بازدیدمیدانی روشن شد.', 'با بررسی میدانی و بازدید میدانی روشن شد.'],
  // «این» glued after a common word; not read as a number and a rarer word («سه ماین»).
  ['سهماین شهرستان و کاراین شرکت روشن است.', 'سهم این شهرستان و کار این شرکت روشن است.'],
];

/** Long words that are fine as they are: compounds, names, verbs, inflected words. */
const INTACT = [
  // Place names of one word (places.txt).
  'قائمشهر و شاهین‌شهر و کوهدشت و بابلسر و شهرستان برخوار',
  // «بی» and a known word is zwnj-bi-prefix's «بی‌تماشاگر», no run of «بیت» and more.
  'دیدار را بیتماشاگر برگزار کرد.',
  // A compound's second part («سنج», «چینان») is no piece of a two-word run.
  'دو بیناییسنج و صد گردوچینان',
  // An agency's name after «به گزارش» or «خبرنگار» stays whole.
  'به گزارش گردآفرید، به خبرنگار گردآفرید گفت و به گزارش سینماپرس، آمد.',
  // A surname after a given name stays whole, however it splits.
  'مریم کشاورزمهربان گفت و حجت‌الاسلام نوروزبیگی افزود',
  // An agent noun is no word + «نده» («فرست نده»).
  'یک فرستنده کهنه',
  // A listed compound with the plural «ان» and a pronoun is zwnj-compound's, not a run.
  'دانشآموزانشان و همکارانشان',
  'او درخواست کرد و خواست که باغبان درخت را بپیراست و اتاق را آراست؛ راست و ناراست را گفت.',
  // A word in «ا» with «ست» is the usual spelling: «داراست», «آشکاراست», «نارواست».
  'او داراست و این آشکاراست و آن نارواست؛ کنتراست تصویر کم است.',
  'شرکت‌های استراتژیکند و آنها دموکراتیکند.',
  'دادخواهی و دادخواهان و درخواهد یافت و بازخواهد گشت.',
  // Two nouns glued after a non-joining letter are brands and names as often as damage (unless
  // a listed press phrase: «پیوندکلیه» is split); a verb after a preverb is a compound verb; a
  // dictionary word stays («کاربرد»).
  'به گزارش اقتصادنیوز، امیرچخماق و محمدرضا در بازکرد و کاربرد',
  'به گزارش اعتمادآنلاین و اقتصادآنلاین و خبرآنلاین',
  'خواهشمند است و خواهران خواهان آن هستند.',
  'اجرا و ماجرا و زیرا و چرا و کبرا و بانکهای ناتراز و بی‌نیاز و بینیاز',
  'رشد ارشد و رشید',
  'ضربه و مبهم و تقریبا و زیبا و درهم و کتیبه و همتراز و باشد و ببخشد و سالن آریاکه',
  // Not a name's head or a bound prefix, a name's or agent's ending, a word in silent ه, a
  // plural, a title's «یی» spelling, or a word the writer typed a ZWNJ in.
  'سیدمحسن و امیرحسام در بندرلنگه، قایقران و نانوذرات و کاهنده‌های فشار و رییسجمهور',
  'آبانبارهای روستا و پیادهروسازی و نرخ اجارهبهای مسکن',
  // A word in a silent ه glued to the next, not three words: «زاینده‌رود», no «زای نده رود».
  'حجم ذخایر سد زایندهرود کاهش یافت.',
  'کارشناسان اقتصادی در این نشست حضور داشتند.',
  'بنابراین برنامه‌ریزی منسجم لازم است.',
  'سرمایه‌گذاری خارجی افزایش یافت.',
  'سرمایهگذاری خارجی افزایش یافت.',
  'شرکتهای دانشبنیان فعال هستند.',
  'این کار انجامشده است.',
  'بهعنوان نمونه این طرح را ببینید.',
  'حجتالاسلام والمسلمین رضایی سخنرانی کرد.',
  'نمایشگاه بینالمللی کتاب برگزار شد.',
  'برنامهریزی دقیق لازم است.',
  'سیاستگذاری در این حوزه با دولت است.',
  'بهرهبرداری از این طرح آغاز شد.',
  'رئیسجمهور در این جلسه حضور داشت.',
  'زیرساختهای ارتباطی تقویت شد.',
  'نمیتوانند در این جلسه شرکت کنند.',
  'میکنند و خواهند کرد.',
  'پیگیریهای گستردهای انجام شد.',
  'اطلاعرسانی به‌موقع انجام شد.',
  'حرم مطهر حضرت معصومه سلاماللهعلیها',
  'محمدرضا علیزاده و حسن رضاییپور در جلسه بودند.',
  'الکترونیکی شدن خدمات',
  'فرمانداری شهرستان',
  'همکاری‌های منطقه‌ای',
  'خبرگزاری‌ها گزارش دادند.',
  'سازمان‌های مردم‌نهاد',
  'کتابخانههای عمومی',
  'توانمندیهای استان',
  'نیازمندیهای مردم',
  'دستگاههای اجرایی',
  'Internationalization',
  'رودخانه‌های کارون و زاینده‌رود',
  { text: 'کد `بهخدماتالکترونیکی` در مارک‌داون دست نمی‌خورد.', markdown: true },
  'عملکرد و رویکرد و کارکرد شرکت، نامزد و دستمزد و گوشزد و زبانزد؛ او نمی‌کرد و در را بازکرد.',
  'وام قرضالحسنه به هر مستمریبگیر و حقالزحمه داوران',
  'کارگاه‌های شیرینیپزی و آسیبپذیرترین دوره',
  'گروه کرنانوازان و سنتورنوازی',
  'کتابخانه روستای فولادمحله و سیدمحله در فریدونکنار',
  'باغ‌ها گرده‌افشانی نمی‌شوند.',
  'استاندارد کیفیت و متن برگرفته از گزارش و مواد نگهدارنده',
  'دریافت و بازیافت و رهیافت',
  // «باز» heads derived words («بازچرخانی», «بازنگری»), not a word glued to the next.
  'دستگاه بازچرخانی آب و بازنگری طرح',
  // A craft in «بافی» is a compound («دارایی‌بافی»), not two words.
  'کارگاه داراییبافی و زریبافی',
  // A name ending in «در» after a common word: the newspaper «آبیدر».
  'سردبیر آبیدر گفت: آبیدر در این پنجاه سال آینه مردم بود.',
  'نابود و کمبود و بهبود و دلخواه',
  // A compound listed solid («کار|آزمایی»): compounds.txt's «|» is a joint, not the end of a form.
  'در فاز دوم کارآزمایی بالینی است.',
  // A plural after a word in ه that ends like «به»: zwnj-plural's «شورابه‌های».
  'شورابههای بازگشتی',
  'با انتقاد از ساختوسازهای بلندمرتبه',
  // A word in «ا» with «ست», not «است» glued: «کارهاست» is «کارها» + «ست».
  'این از بهترین کارهاست و درخواست و سیاست و ریاست و حراست و مادر و برادر و اسکندر؛ بیخود و ناخود',
  // A compound's second part with a comparative ending is no word of its own: the ZWNJ rules'.
  'دلهرهآورترین بخش کار',
  // A compound noun of a word and a verb («هدررفت»), and an agent in «گر» with «ان» («نجاتگرانی»).
  'از هدررفت منابع و از نجاتگرانی که آمدند',
  // A known word with «م» may be a possessive («my contract»), and «دستمزد», «رهآورد»,
  // «چهاردهم» are words: no light verb is split off them.
  'قراردادم را تمدید نکردند و دستمزدم کم بود و روز چهاردهم رهآورد سفر رسید.',
  // «ی» after «ها» is the plural's «های», however the run before it splits: no «وضعیتها» + «یمان».
  'سه سال است صورت‌وضعیت‌هایمان پرداخت نشده',
  // A town in «شهر» is no word and «هر».
  'از قائمشهر و ایرانشهر آمدند.',
  // A word in the participle keeps its perfect ending: «سالخوردهاند» is zwnj-silent-heh's «سالخورده‌اند».
  'مالکان این خیابان سالخوردهاند.',
  // «چند» before an adjective in «ی» is one word (multi-); «بیارزد» is the verb «ارزیدن».
  'همکاری چندفرهنگی و درمان چنددارویی و پردازنده چندپردازشی؛ بگذار بیارزد.',
  // «کارآیی» is the older spelling of «کارایی»; a word set off by typed ZWNJs is not cut inside.
  'کارآیی سامانه با اسکریپت‌نویسی‌ای ساده بالا رفت.',
  // «خود» (self-) before a noun in «ی» is one word.
  'درمان از خودبیگانگی با ازخودگذشتگی',
  // «غیر» (non-) before a word is one word with it; «خوش‌آمدگویی» is no «خوش‌آمد گویی».
  'در حالت غیرگرافیکی یک پیام خوش‌آمدگویی نشان داده می‌شود.',
  // An infinitive is a piece too, so «بالانشستن» is no «بالان شستن» (it reads two ways and is left).
  'عدالت با بالانشستن به دست نمی‌آید.',
  // A word in «ک» with the copula «ند» is no word and «کند».
  'شرکت‌ها کوچکند و کلاسیکند و الکترونیکند.',
  // A bound verbal-noun part is a compound's (zwnj-compound's), no piece of a run.
  'دچار بیرونزدگی شد و از ماهگرفتگی و شهر قهرمانپرور گفت.',
  // Words in «ما», «یک», «دو»: known words, and a loan adjective in «یک».
  'به سینما رفتند و شما و راهنما و الکترونیک و جادو و نزدیک و تاریک',
  // A village's name after «روستای» stays whole, however it splits.
  'مرکز درمانی در روستای کهریزسفلی باز شد.',
  // Readers and therapists: «خوان», «درمانگر» are bound parts, no piece of a run.
  'کودک نارساخوان تنبل نیست و کاردرمانگر آمد.',
  // A surname ending a run is not cut inside: «سارانیمقدم», no «سارا نیم قدم».
  'به گفته سارانیمقدم، هامون پر آب است.',
  // A part set off by two typed ZWNJs is not cut inside, known or not.
  'گلاله احمدی، از کانی‌گویزی‌های ساکن تهران است.',
  // A firm's name after «شرکت».
  'مدیرعامل شرکت سپیدشویان توس گفت.',
];

/**
 * Letters of a word below which it is no run: five, for a three-letter word and a glued «را»,
 * «از», «به»… («کاررا»); two content words need six or more (APART_MIN) (PdfLexicon.runSplit).
 */
export const MIN_LENGTH = 5;
/** A PDF line run together is some eighty letters; longer tokens are not split (nor sliced). */
const MAX_LENGTH = 100;
const verdicts = new WordCache<Split>();

/** The split this rule reports for a folded word of MIN_LENGTH letters or more (glued-function-word defers to it). */
export function splitOf(w: string): Split | null {
  const lexicon = pdfLexicon();
  if (gluedVerb(w) || glideSubjunctive(w)) return null;
  // A known word splits only into a compound verb; runSplit reads those among its other splits.
  return lexicon.known(w) && !lexicon.gluedCopula(w) ? lexicon.compoundVerbSplit(w) : lexicon.runSplit(w);
}

const SOURCE_WORDS = new Set(['گزارش', 'خبرنگار', 'خبرگزاری']);
/** Words a village's or a rural district's name follows: «روستای کهریزسفلی», «دهستان سرآبگرم». */
const NAME_WORDS = new Set(['روستای', 'دهستان']);

/**
 * Whether a name follows the words before token i (one space between): an agency's after «به
 * گزارش», «خبرنگار» or «خبرگزاری», a place's after «روستای», «دهستان».
 */
export function afterNameMarker(ctx: RuleContext, i: number): boolean {
  return afterSourceWord(ctx, i) || NAME_WORDS.has(wordBefore(ctx, i));
}

/** Whether a firm's name follows: «شرکت سپیدشویان», not a verb («شرکت اقدامنکرد»). */
function afterFirmWord(ctx: RuleContext, i: number, split: Split): boolean {
  return wordBefore(ctx, i) === 'شرکت' && !verbWord(split.pieces[1]);
}

/** Whether the words before token i are «به گزارش», «خبرنگار» or «خبرگزاری»: an agency's name follows. */
export function afterSourceWord(ctx: RuleContext, i: number): boolean {
  const w = wordBefore(ctx, i);
  return SOURCE_WORDS.has(w) && (w !== 'گزارش' || wordBefore(ctx, i - 2) === 'به');
}

/** The word two tokens before token i, one space between, or ''. */
function wordBefore(ctx: RuleContext, k: number): string {
  const { tokens } = ctx;
  return k >= 2 && tokens.kind[k - 1] === T.Space && tokens.kind[k - 2] === T.Word ? ctx.tokenText(k - 2) : '';
}

/** Two words of three letters or more, the second no verb: a split a surname may have. */
function surnameLike(split: Split): boolean {
  const [a, b] = split.pieces;
  return split.pieces.length === 2 && a.length >= 3 && b.length >= 3 && !verbWord(b);
}

/**
 * Whether a ZWNJ lies inside a piece (not between two) with a single letter of the piece on one
 * side of it. `at` maps the folded word's letters to text offsets.
 */
function zwnjAtPieceEdge(text: string, at: number[], pieces: string[]): boolean {
  let q = 0;
  for (const piece of pieces) {
    for (let k = 1; k < piece.length; k++) {
      const z = text.indexOf(Z, at[q + k - 1] + 1);
      if (z >= 0 && z < at[q + k] && (k === 1 || k === piece.length - 1)) return true;
    }
    q += piece.length;
  }
  return false;
}

/**
 * Whether folded letter q (a cut before it) falls inside a part of the word that begins after a
 * typed ZWNJ and is a known word or ends at another typed ZWNJ. (A part before the first ZWNJ
 * is no such sign: «دستگیرشده‌اند» is still «دستگیر شده‌اند».)
 */
function insideTypedWord(text: string, f: { text: string; at: number[] }, q: number, lexicon: PdfLexicon): boolean {
  const zwnjBefore = (k: number) => text.slice(f.at[k - 1] + 1, f.at[k]).includes(Z);
  let lo = q - 1;
  while (lo > 0 && !zwnjBefore(lo)) lo--;
  let hi = q + 1;
  while (hi < f.text.length && !zwnjBefore(hi)) hi++;
  // A part with a typed ZWNJ on both sides is a unit the writer saw, known or not
  // («کانی‌گویزی‌های»: a village's demonym, no «کانی‌گوی زی‌های»), unless it opens with a
  // plural ending, where a lost space may follow («پیگیری‌هایگسترده‌ای»).
  const part = f.text.slice(lo, hi);
  return lo > 0 && ((hi < f.text.length && !part.startsWith('ها')) || lexicon.known(part));
}

export const rule: Rule = {
  meta: {
    id: 'pdf-run-together',
    family: 'pdf',
    severity: 'warning',
    fixable: 'suggest',
    section: '§6',
    title: { fa: 'واژه‌های بی‌فاصله (متن چسبانده از PDF)', en: 'Words run together (text pasted from a PDF)' },
    description: {
      fa: 'واژه‌هایی که در متن برگرفته از PDF بی‌فاصله به هم چسبیده‌اند، وقتی به واژه‌های شناخته‌شده بخش شوند: «معاونتوسعهمدیریت» ← «معاون توسعه مدیریت»؛ و ترکیب‌های دوواژه‌ای رایج خبری که همیشه جدا نوشته می‌شوند، هرچند کوتاه: «بانکمرکزی» ← «بانک مرکزی».',
      en: 'Words a PDF extraction ran together, when they split cleanly into known words (معاونتوسعهمدیریت → معاون توسعه مدیریت), and common two-word press phrases always written apart, however short (بانکمرکزی → بانک مرکزی).',
    },
  },
  check(ctx) {
    const { tokens, text } = ctx;
    let lexicon: ReturnType<typeof pdfLexicon> | undefined;
    const { kind, start, end, count } = tokens;
    for (let i = 0; i < count; i++) {
      if (kind[i] !== T.Word) continue;
      const n = end[i] - start[i];
      if (n < MIN_LENGTH || n > MAX_LENGTH) continue;
      const h = tokens.fhash[i];
      const s = tokens.start[i];
      const e = tokens.end[i];
      // Known words are cached as null too, so a common word costs one look-up.
      let split = verdicts.get(text, s, e, h);
      if (split === null || ctx.isIgnoredWord(i)) continue;
      const f = foldWithMap(text, s, e);
      if (split === undefined) {
        lexicon ??= pdfLexicon();
        const known = lexicon.hasWord(h) || lexicon.isPlace(h);
        split = f.text.length < MIN_LENGTH ? null : known && !lexicon.gluedCopula(f.text) ? lexicon.compoundVerbSplit(f.text) : splitOf(f.text);
        verdicts.set(text, s, e, h, split);
        if (!split) continue;
      }
      // Two words after a given name are more likely a surname («مریم کشاورزمهربان»); a verb
      // glued is no name («سامان برگزارشد»: the town).
      if (surnameLike(split) && afterNameHead(tokens, i)) continue;
      // An agency's name after «به گزارش», «خبرنگار», «خبرگزاری» («گردآفرید», «سینماپرس») or a
      // village's after «روستای»: two pieces there are a name, even with a verb's shape; not a
      // word and «است» («این خبرگزاری نوشتهاست»).
      if (split.pieces.length === 2 && split.pieces[0].length >= 3 && split.pieces[1].length >= 3 && split.pieces[1] !== 'است' && (afterNameMarker(ctx, i) || afterFirmWord(ctx, i, split))) continue;
      // Two content words glued: not where the writer typed a ZWNJ («کاهنده‌های»).
      if (split.pair && tokens.flags[i] & F.Joiner) continue;
      // A ZWNJ the writer typed one letter from the edge of a piece marks where they saw a word
      // end, which this split does not follow: «گرده‌افشانی» is no «گردها» + «فشانی».
      if (tokens.flags[i] & F.Joiner && zwnjAtPieceEdge(text, f.at, split.pieces)) continue;
      const edits: TextEdit[] = [];
      let q = 0;
      for (let k = 0; k + 1 < split.pieces.length; k++) {
        q += split.pieces[k].length;
        const from = f.at[q - 1] + 1;
        const to = f.at[q];
        // A ZWNJ the writer put between two pieces stays («گفت‌وگوبا»: only the run is split).
        if (text.slice(from, to).includes(Z)) continue;
        // Nor is a word the writer set off with ZWNJs cut inside: «اسکریپت‌نویسی‌ای» is no «…نوی سی‌ای».
        if (tokens.flags[i] & F.Joiner && insideTypedWord(text, f, q, (lexicon ??= pdfLexicon()))) continue;
        // A piece of under four letters right before a ZWNJ the writer typed is more likely the
        // end of a word they chose than a word of its own: «زاینده‌رود» is no «زای نده‌رود».
        // Not where the split itself puts a ZWNJ after that piece («وقفشده‌اند»: «شده» + «اند»).
        if (text.charCodeAt(f.at[q + split.pieces[k + 1].length - 1] + 1) === 0x200c && split.pieces[k + 1].length < 4 && !split.zwnj[k + 1]) {
          edits.length = 0;
          break;
        }
        edits.push({ start: from, end: to, newText: split.zwnj[k] ? Z : ' ' });
      }
      if (!edits.length) continue;
      const word = text.slice(s, e);
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
          fa: `واژه‌های بی‌فاصله (متن چسبانده از PDF): «${word}» ← «${fixed}»`,
          en: `Words run together (pasted from a PDF): “${word}” → “${fixed}”`,
        },
        fixes: [{ title: { fa: `تبدیل به «${fixed}»`, en: `Change to “${fixed}”` }, safe: false, edits }],
      });
    }
  },
  tests: {
    valid: INTACT,
    invalid: BROKEN.map(([text, output]) => ({ text, output, unsafe: true })),
  },
};

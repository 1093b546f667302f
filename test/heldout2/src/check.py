#!/usr/bin/env python3
# Self-check of the gold files (NOT the product linter): flags anything in NNN.expected.txt that
# looks like damage under STYLE.md, and lists glued/spaced look-alikes for manual review.
import re, glob, os, sys
out = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
Z = '\u200c'
ARABIC_QUOTE = re.compile(r'«[^»]*[\u064B-\u0652][^»]*»')   # vocalized Arabic quotation
LATIN_TOK = re.compile(r'(https?://\S+|[\w.+-]+@[\w.-]+|[A-Za-z][\w.&-]*(?: \d+)?(?:\.\d+)?|\b\d+\b(?=\))?)')
OK_MI = ('میز', 'میلیون', 'میلیارد', 'میان', 'میزان', 'میانگین', 'میلی', 'میراث', 'میهمان', 'میوه', 'میدان', 'میکرون')
OK_BI = ('بیش', 'بیشتر', 'بیشترین', 'بین', 'بیت', 'بیان', 'بیمار', 'بیماران', 'بیماری', 'بیمه', 'بیست', 'بیرون', 'بیشکک', 'بیکاری')
bad = 0
def flag(n, i, msg, ctx):
    global bad; bad += 1; print(f'{n}:{i}: {msg}: {ctx!r}')
for p in sorted(glob.glob(os.path.join(out, '[0-9][0-9][0-9].expected.txt'))):
    n = os.path.basename(p)[:3]
    for i, line in enumerate(open(p, encoding='utf8').read().rstrip('\n').split('\n'), 1):
        s = ARABIC_QUOTE.sub('«Q»', line)
        if re.search('[يكى]', s): flag(n, i, 'arabic letter', re.findall(r'\S*[يكى]\S*', s))
        if re.search('[\u0660-\u0669]', s): flag(n, i, 'arabic-indic digit', s)
        if '\u0640' in s: flag(n, i, 'tatweel', s)
        if re.search('[\uFB50-\uFDFF\uFE70-\uFEFF]', s): flag(n, i, 'presentation form', s)
        if 'ة' in s: flag(n, i, 'teh marbuta', s)
        t = LATIN_TOK.sub(lambda m: 'L' if re.search('[A-Za-z@]', m.group(0)) else m.group(0), s)
        if re.search('[0-9]', t): flag(n, i, 'latin digit', re.findall(r'\S*[0-9]\S*', t))
        if re.search(r'[,;?"]', t): flag(n, i, 'latin punct', t)
        if re.search(r' [.،؛:؟!)»]', s): flag(n, i, 'space before punct', s)
        if re.search(r'[(«] ', s): flag(n, i, 'space inside', s)
        if re.search(r'[،؛؟!][^\s»)]|[^\d.A-Za-z/:][.:][^\s»)\d]', t.replace('ج.ا.ا', 'JAA')): flag(n, i, 'no space after punct', t)
        if '  ' in s: flag(n, i, 'double space', s)
        if re.search(Z + ' | ' + Z + '|' + Z + Z + '|[ادذرزژو]' + Z, s): flag(n, i, 'bad zwnj', s)
        if re.search(r'(^|\s)(ن?می) ', s): flag(n, i, 'spaced mi', s)
        if re.search(r'\S (ها|های|هایی|هاست|تر|ترین|ای|اند|ام|ایم|اید)(?=[\s.،؛:؟!»)]|$)', s): flag(n, i, 'spaced suffix', s)
        for w in re.findall(r'[\u0600-\u06FF\u200c]+', s):
            if re.match('ن?می[^\u200c]', w) and not w.startswith(OK_MI): flag(n, i, 'glued mi?', w)
            if re.match('بی[^\u200c]', w) and not w.startswith(OK_BI): flag(n, i, 'glued bi?', w)
            if re.search('[بپتثجچحخسشصضطظعغفقکگلمنهی](ها|های|هایی|تر|ترین)$', w) and w not in ('بیشتر','کمتر','بهتر','بیشترین','کمترین','بهترین','دفتر','دختر','آنها'): print(f'  review {n}:{i} glued suffix? {w}')
        for bad_t in ('حجت السلام', 'آیة', 'آیه الله', 'رییس', 'مسوول', 'رئیس جمهور', 'مدیر عامل', 'فن آوری', 'فن\u200cآوری', 'و المسلمین', 'اطالع', 'الزم', 'اصالح', 'اعالم', 'مالحظه'):
            if bad_t in s: flag(n, i, 'title/honorific/pdf', bad_t)
print('problems:', bad)

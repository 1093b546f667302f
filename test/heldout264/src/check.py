#!/usr/bin/env python3
# Sanity checks on the built files (structural only; the linter is NOT run): expected must be
# clean under a few regex approximations of STYLE.md; lists edits. Exits 1 on any problem not in ALLOW.
import re, glob, os, json, difflib, sys, unicodedata
here = os.path.dirname(os.path.abspath(__file__)); out = os.path.dirname(here)
Z = '\u200c'; NJ = 'اأإآدذرزژوۀ'
EXC_MI = ('میز', 'میوه', 'میلیون', 'میلیارد', 'میدان', 'میان', 'میزان', 'میراث', 'میهمان',
          'میعانات', 'میلاد', 'میلی', 'میکرون', 'میبد', 'میناب')  # real words and towns, not می + verb
# Reviewed, intended exceptions: (file, substring of the reported problem).
ALLOW = []  # none needed so far
bad = 0
total = 0
for e in sorted(glob.glob(os.path.join(out, '*.expected.txt'))):
    n = os.path.basename(e)[:3]
    exp = open(e, encoding='utf8').read(); inp = open(os.path.join(out, n + '.input.txt'), encoding='utf8').read()
    il, el = inp.split('\n'), exp.split('\n')
    assert len(il) == len(el), n
    probs = []
    if re.search(r'[{}¦]|\[\[|\]\]|<<|>>', exp + inp): probs.append('leftover markup')
    for i, l in enumerate(el, 1):
        for pat, why in [('[يكىةـ]', 'arabic letter/tatweel'), ('[\u0660-\u0669]', 'arabic-indic digit'),
                         ('[\uFB50-\uFDFF\uFE70-\uFEFF]', 'presentation form'),
                         (Z + '[ ' + Z + ']|[ ' + Z + ']' + Z, 'zwnj edge/double'), ('[' + NJ + ']' + Z, 'zwnj after non-joiner'),
                         (r' [.،؛:؟!)»]', 'space before punct'), (r'[،؛؟][^ \n»]', 'no space after'), (r'\( ', 'space inside ('),
                         (r'["?;,]', 'latin punct'), ('  ', 'double space'), (r'(^| )ن?می [آ-ی]', 'spaced mi'),
                         (r'(^| )بی [آ-ی]', 'spaced bi'), (r'ه(ها|های|هایی|تر|ترین)( |$|[.،])', 'glued after heh'),
                         (r'ه (ها|های|هایی|ای|اند|ام|تر|ترین)( |[.،])', 'spaced after heh')]:
            for m in re.finditer(pat, l):
                probs.append(f'{n}:{i} {why}: {l[max(0,m.start()-12):m.end()+12]!r}')
        for m in re.finditer(r'(?<![A-Za-z0-9./@:-])[0-9]+', l):
            ctx = l[max(0, m.start()-20):m.end()+20]
            probs.append(f'{n}:{i} latin digits (check Latin context): {ctx!r}')
        for m in re.finditer(r'(?:^| )(ن?می[^' + Z + r' ]+)', l):
            if not m.group(1).lstrip('ن').startswith(EXC_MI): probs.append(f'{n}:{i} glued mi? {m.group(1)}')
    edits = 0
    for a, b in zip(il, el):
        sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
        edits += sum(1 for op in sm.get_opcodes() if op[0] != 'equal')
    total += edits
    f = json.load(open(os.path.join(out, n + '.findings.json'), encoding='utf8'))
    for g in f:
        ln = g['line']; assert g['texts'][0] in il[ln - 1], (n, g)
    print(n, 'lines', len(il), 'changed lines', sum(a != b for a, b in zip(il, el)), 'char-diff hunks', edits, 'findings', len(f))
    # every mark must have produced a difference, and the src marks are counted
    src = open(os.path.join(here, n + '.src.txt'), encoding='utf8').read().partition('\n===FINDINGS===\n')[0]
    marks = len(re.findall(r'\{[^{}|]*\|[^{}]*\}', src)) + src.count('[[') + src.count('<<')
    for m in re.finditer(r'\{([^{}|]*)\|([^{}]*)\}', src):
        if m.group(1) == m.group(2): probs.append(f'{n} no-op mark {m.group(0)!r}')
    for m in re.finditer(r'\[\[(.*?)\]\]', src):
        if not re.search('[یک]', m.group(1)): probs.append(f'{n} no-op [[...]] span {m.group(0)[:30]!r}')
    for m in re.finditer(r'<<(.*?)>>', src):
        if not re.search('[۰-۹]', m.group(1)): probs.append(f'{n} no-op <<...>> span {m.group(0)!r}')
    for i, l in enumerate(el, 1):
        if unicodedata.normalize('NFKC', l) != l and re.search('[\uFB50-\uFDFF\uFE70-\uFEFF]', l):
            probs.append(f'{n}:{i} expected not NFKC-clean')
    clean = [i for i, (a, b) in enumerate(zip(il, el), 1) if a == b]
    if not clean: probs.append(f'{n} no entirely clean line')
    if not f: probs.append(f'{n} no findings')
    print('   marks', marks, 'clean lines', clean)
    for p in probs:
        ok = any(a == n and b in p for a, b in ALLOW)
        if not ok: bad += 1
        print('  ', 'ok (allowed)' if ok else 'PROBLEM', p)
print('total hunks', total)
if bad: print(bad, 'problem(s)'); sys.exit(1)
print('check passed')

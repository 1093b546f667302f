#!/usr/bin/env python3
# Builds NNN.input.txt / NNN.expected.txt / NNN.findings.json from NNN.src.txt.
# Adapted from test/heldout/src/build.py.
# Markup: {input|expected} or {input|expected|tag} = damage and its correction; ¦ = ZWNJ;
# [[...]] = input side written with Arabic ي/ك; <<...>> = input side in Arabic-Indic digits;
# \uXXXX = that code point (used for ه + U+0654).
# Prints counts of marked damage by kind and runs sanity checks on the expected side.
import re, json, sys, os, glob, collections
here = os.path.dirname(os.path.abspath(__file__)); out = os.path.dirname(here)
BR = re.compile(r'\{([^{}|]*)\|([^{}|]*)(?:\|([^{}|]*))?\}')
def side(s, k): return BR.sub(lambda m: m.group(1 + k), s)
def ar(s): return s.replace('ی', 'ي').replace('ک', 'ك')
def ai(s): return ''.join(chr(ord(c) - 0x06F0 + 0x0660) if '۰' <= c <= '۹' else c for c in s)
def esc(s): return re.sub(r'\\u([0-9A-Fa-f]{4})', lambda m: chr(int(m.group(1), 16)), s).replace('¦', '\u200c')
LAT = str.maketrans('0123456789', '۰۱۲۳۴۵۶۷۸۹')

def kind(a, b, tag):
    if tag: return tag
    a2, b2 = a.replace('¦', ''), b.replace('¦', '')
    if re.search(r'[\uFB50-\uFDFF\uFE70-\uFEFF]', a): return 'presentation-form'
    if 'ـ' in a: return 'tatweel'
    if 'ى' in a: return 'alef-maksura'
    if '//' in a: return 'pdf-slash'
    if re.search(r'[0-9]', a) and a.translate(LAT) == b: return 'latin-digits'
    if re.search(r'[,;?"]', a): return 'latin-punct'
    if a.replace(' ', '').replace('¦', '') == b.replace(' ', '').replace('¦', ''):
        if re.search(r'[.،؛:؟!()«»]', a + b): return 'punct-spacing'
        if a2 == b2 and '¦' in b and a.count('¦') < b.count('¦'): return 'zwnj-missing(glued)'
        if '¦ ' in a or ' ¦' in a: return 'zwnj-beside-space'
        if '¦¦' in a: return 'zwnj-doubled'
        if '¦' in a and '¦' not in b: return 'zwnj-after-nonjoiner/edge'
        if ' ' in a and '¦' in b: return 'zwnj-space-instead'
        if ' ' in a and ' ' in b: return 'run-together' if a.count(' ') < b.count(' ') else 'double-space'
        if ' ' in b: return 'run-together'
    return 'OTHER'

counts = collections.Counter(); total = collections.Counter()
for src in sorted(glob.glob(os.path.join(here, '*.src.txt'))):
    n = os.path.basename(src)[:3]
    text = open(src, encoding='utf8').read()
    body, _, fj = text.partition('\n===FINDINGS===\n')
    body = body.rstrip('\n')
    c = collections.Counter()
    for m in BR.finditer(body): c[kind(m.group(1), m.group(2), m.group(3))] += 1
    for m in re.finditer(r'\[\[(.*?)\]\]', side(body, 1)):
        c['arabic-yeh/kaf (words)'] += len([w for w in re.split(r'[\s،.:؛؟!«»()]+', m.group(1)) if re.search('[یک]', w)])
    for m in re.finditer(r'<<(.*?)>>', side(body, 1)): c['arabic-indic-digits (numbers)'] += len(re.findall('[۰-۹]+', m.group(1)))
    inp = re.sub(r'\[\[(.*?)\]\]', lambda m: ar(m.group(1)), side(body, 0))
    inp = re.sub(r'<<(.*?)>>', lambda m: ai(m.group(1)), inp)
    exp = re.sub(r'\[\[(.*?)\]\]|<<(.*?)>>', lambda m: m.group(1) or m.group(2), side(body, 1))
    inp = esc(inp); exp = esc(exp)
    assert inp.count('\n') == exp.count('\n'), n
    for s in (inp, exp): assert not re.search(r'[{}|¦]|\[\[|\]\]|<<|>>', s), (n, 'markup left')
    f = json.loads(esc(fj)) if fj.strip() else []
    il = inp.split('\n')
    for g in f:
        for t in g['texts']:
            assert t in inp, (n, t)
        first = min(i for i, l in enumerate(il, 1) for t in g['texts'] if t in l)
        assert g['line'] == first, (n, g['rule'], g['line'], first)
    # sanity checks on expected (a hand check list, not the project linter)
    for i, l in enumerate(exp.split('\n'), 1):
        arabic_ok = re.search(r'[\u064B-\u0652]', l)  # line carries a vocalized Arabic quotation
        probs = []
        if re.search('[يك]', l) and not arabic_ok: probs.append('arabic yeh/kaf')
        if re.search('[ىة]', re.sub(r'«[^»]*[\u064B-\u0652][^»]*»', '', l)): probs.append('alef maksura/teh marbuta')
        if re.search('[\u0660-\u0669\u0640\uFB50-\uFDFF\uFE70-\uFEFF]', l): probs.append('digit/tatweel/presentation')
        if re.search('\u200c[ \u200c]| \u200c|^\u200c|\u200c$', l): probs.append('zwnj edge')
        if re.search('[ادذرزژو]\u200c', l): probs.append('zwnj after non-joiner')
        if re.search(r' [.،؛:؟!)»]|[،؛؟!][^ \n»)]|[,;?"]|  ', re.sub(r'\S*(https?://|www\.|@)\S*', 'URL', l)): probs.append('punct')
        if re.search(r'(?<![A-Za-z0-9\-./:@_])[0-9]+(?![A-Za-z0-9\-./:@_]*[A-Za-z])', re.sub(r'\S*(https?://|www\.|@)\S*|\([A-Z][^)]*\)', '', l)): probs.append('latin digit?')
        if re.search(r'(^|[\s«])(ن?می)(شود|کند|توان|دهد|گوی|رسد|کنند)', l): probs.append('glued mi')
        if re.search(r'هها', l): probs.append('glued heh')
        if probs: print(f'  CHECK {n}:{i}', probs)
    open(os.path.join(out, n + '.input.txt'), 'w', encoding='utf8').write(inp)
    open(os.path.join(out, n + '.expected.txt'), 'w', encoding='utf8').write(exp)
    open(os.path.join(out, n + '.findings.json'), 'w', encoding='utf8').write(json.dumps(f, ensure_ascii=False, indent=2) + '\n')
    print(n, 'lines', inp.count('\n') + 1, 'edits', sum(c.values()), dict(sorted(c.items())))
    total += c
print('TOTAL', sum(total.values()))
for k, v in sorted(total.items(), key=lambda kv: -kv[1]): print(f'  {v:4d}  {k}')

#!/usr/bin/env python3
# Counts the damaged spots marked in NNN.src.txt by kind (one {a|b} edit may count in several kinds).
import re, glob, os, collections
from build import EDIT, final
Z = '\u200c'
def kinds(a, b):
    a, b = final(a), final(b); k = []
    if 'ـ' in a: k.append('tatweel')
    if re.search('[\uFB50-\uFDFF\uFE70-\uFEFF]', a): k.append('presentation form')
    if re.search('اطالع|اعالم|اصالح|مالحظه', a): k.append('PDF broken lam-alef')
    if re.search('رییس|مسوول|رئیس جمهور|مدیر عامل|فن آوری', a): k.append('title spelling')
    if re.search('حجت السلام|حجت الاسلام|حجة|آیة', a): k.append('honorific misspelling')
    if 'علیه السلام' in a or '(ره)' in a: k.append('blessing spacing')
    if re.search('قاسمزاده|کاظمی نژاد', a): k.append('name variant (minority)')
    if re.search(r'[,;?]', a): k.append('latin , ; ?')
    if '"' in a: k.append('latin "quotes" (pairs counted per mark)')
    if re.search(r' [.،؛:؟!)»]', a) or re.search(r'\( ', a): k.append('space before punct / inside ()')
    if re.search(r'[،:][^\s«]|[،:]«', a): k.append('missing space after punct')
    if re.search(r'[0-9]', a): k.append('latin digits (in edit)')
    # ZWNJ shapes
    aa, bb = a, b
    for x in ('"', ',', ';', '?', '.', '،', '؛', '؟', '«', '»', ':', '(', ')'): aa, bb = aa.replace(x, ''), bb.replace(x, '')
    aa, bb = aa.strip(), bb.strip()
    if Z + Z in aa or ' ' + Z in aa or Z + ' ' in aa or re.search('[ادذرزژو]' + Z, aa) or aa.endswith(Z): k.append('ZWNJ doubled / beside space / after non-joiner')
    elif aa != bb and aa.replace(' ', '') == bb.replace(Z, '').replace(' ', '') and Z in bb and ' ' in aa: k.append('ZWNJ: space instead')
    elif aa != bb and aa == bb.replace(Z, '') : k.append('ZWNJ: nothing instead')
    elif aa != bb and aa.replace(' ', '') == bb and 'ZWNJ' not in k: k.append('spurious space (non-joiner compound/ترین)')
    elif Z in bb and Z not in aa and not any(x in k for x in ('title spelling', 'honorific misspelling')): k.append('ZWNJ (combined with other fix)')
    return k or ['other']
tot = collections.Counter(); per = {}
for src in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), '[0-9][0-9][0-9].src.txt'))):
    n = os.path.basename(src)[:3]; body = open(src, encoding='utf8').read().partition('\n===FINDINGS===\n')[0]
    c = collections.Counter()
    for m in EDIT.finditer(body):
        for k in kinds(m.group(1), m.group(2)): c[k] += 1
    for m in re.finditer(r'\[\[(.*?)\]\]|\[=(.*?)=\]', body):
        seg = EDIT.sub(lambda e: e.group(1), m.group(1) or m.group(2))
        c['arabic ي/ك/ى (words)'] += len([w for w in seg.split() if re.search('[یک]', w)])
    for m in re.finditer(r'<<(.*?)>>', body): c['arabic-indic digit runs'] += len(re.findall('[۰-۹]+', m.group(1)))
    for m in re.finditer(r'⟨(.*?)⟩', body): c['latin digit runs in Persian text'] += len(re.findall('[0-9]+', m.group(1)))
    c['edits {a|b} total'] = len(EDIT.findall(body))
    per[n] = c; tot += c
for k, v in sorted(tot.items(), key=lambda x: -x[1]):
    print(f'{v:4d}  {k}   ' + ' '.join(f'{n}:{per[n][k]}' for n in per if per[n][k]))

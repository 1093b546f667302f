#!/usr/bin/env python3
# Builds NNN.input.txt / NNN.expected.txt / NNN.findings.json from NNN.src.txt.
# Markup: {input|expected} = damage and its correction; ¦ = ZWNJ;
# [[...]] = input side written with Arabic ي/ك; <<...>> = input side in Arabic-Indic digits.
import re, json, sys, os, glob
here = os.path.dirname(os.path.abspath(__file__)); out = os.path.dirname(here)
def side(s, k): return re.sub(r'\{([^{}|]*)\|([^{}]*)\}', lambda m: m.group(1 + k), s)
def ar(s): return s.replace('ی', 'ي').replace('ک', 'ك')
def ai(s): return ''.join(chr(ord(c) - 0x06F0 + 0x0660) if '۰' <= c <= '۹' else c for c in s)
for src in sorted(glob.glob(os.path.join(here, '*.src.txt'))):
    n = os.path.basename(src)[:3]
    text = open(src, encoding='utf8').read()
    body, _, fj = text.partition('\n===FINDINGS===\n')
    body = body.rstrip('\n')
    inp = re.sub(r'\[\[(.*?)\]\]', lambda m: ar(m.group(1)), side(body, 0))
    inp = re.sub(r'<<(.*?)>>', lambda m: ai(m.group(1)), inp)
    exp = re.sub(r'\[\[(.*?)\]\]', lambda m: m.group(1), side(body, 1))  # sequential, so <<...>> may nest in [[...]]
    exp = re.sub(r'<<(.*?)>>', lambda m: m.group(1), exp)
    inp = inp.replace('¦', '\u200c'); exp = exp.replace('¦', '\u200c')
    assert inp.count('\n') == exp.count('\n'), n
    assert not re.search(r'[{}|\[\]<>¦]', exp.replace('[', '').replace(']', '')) or True
    f = json.loads(fj.replace('¦', '\u200c')) if fj.strip() else []
    for g in f:
        for t in g['texts']:
            assert t in inp, (n, t)
    open(os.path.join(out, n + '.input.txt'), 'w', encoding='utf8').write(inp)
    open(os.path.join(out, n + '.expected.txt'), 'w', encoding='utf8').write(exp)
    open(os.path.join(out, n + '.findings.json'), 'w', encoding='utf8').write(json.dumps(f, ensure_ascii=False, indent=2) + '\n')
    print(n, 'lines', inp.count('\n') + 1)

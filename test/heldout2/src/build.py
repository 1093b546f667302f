#!/usr/bin/env python3
# Builds ../NNN.input.txt, ../NNN.expected.txt, ../NNN.findings.json from NNN.src.txt.
# Adapted from test/heldout/src/build.py (helper K). Markup:
#   {input|expected}  a damage and its correction (no nesting)
#   ¦                 ZWNJ U+200C (both sides)
#   [[...]]           input side typed with Arabic ي / ك
#   [=...=]           like [[...]] but word-final ی becomes ى (alef maksura)
#   <<...>>           Persian digits inside become Arabic-Indic (U+0660..) on the input side
#   ⟨...⟩             Latin digits inside stay Latin on the input side, become Persian in expected
#   @H  -> ۀ (U+06C0)    @h -> ه + U+0654 (هٔ)      (same on both sides)
# Everything outside {..|..} and the span markers is identical on both sides.
# Optional section after a line '===FINDINGS===' is JSON, becomes NNN.findings.json.
import re, json, os, glob, sys
here = os.path.dirname(os.path.abspath(__file__)); out = os.path.dirname(here)
EDIT = re.compile(r'\{([^{}|]*)\|([^{}]*)\}')
def side(s, k): return EDIT.sub(lambda m: m.group(1 + k), s)
def ar(s): return s.replace('ی', 'ي').replace('ک', 'ك')
def ar2(s):  # final ی -> ى, other ی -> ي
    s = re.sub(r'ی(?=$|[\s.,،؛:!?؟»)\]])', 'ى', s)
    return ar(s)
FA = '۰۱۲۳۴۵۶۷۸۹'
def ai(s): return ''.join(chr(ord(c) - 0x06F0 + 0x0660) if '۰' <= c <= '۹' else c for c in s)
def fa(s): return ''.join(FA[ord(c) - 48] if '0' <= c <= '9' else c for c in s)
def final(s): return s.replace('¦', '\u200c').replace('@H', '\u06c0').replace('@h', '\u0647\u0654')
def build_input(body):
    s = side(body, 0)
    s = re.sub(r'\[\[(.*?)\]\]', lambda m: ar(m.group(1)), s)
    s = re.sub(r'\[=(.*?)=\]', lambda m: ar2(m.group(1)), s)
    s = re.sub(r'<<(.*?)>>', lambda m: ai(m.group(1)), s)
    s = re.sub(r'⟨(.*?)⟩', lambda m: m.group(1), s)
    return final(s)
def build_expected(body):
    s = side(body, 1)
    s = re.sub(r'\[\[(.*?)\]\]', lambda m: m.group(1), s)
    s = re.sub(r'\[=(.*?)=\]', lambda m: m.group(1), s)
    s = re.sub(r'<<(.*?)>>', lambda m: m.group(1), s)
    s = re.sub(r'⟨(.*?)⟩', lambda m: fa(m.group(1)), s)
    return final(s)
def main():
    for src in sorted(glob.glob(os.path.join(here, '[0-9][0-9][0-9].src.txt'))):
        n = os.path.basename(src)[:3]
        text = open(src, encoding='utf8').read()
        body, _, fj = text.partition('\n===FINDINGS===\n')
        body = body.rstrip('\n')
        assert '\u200c' not in body, (n, 'literal ZWNJ in source; use ¦')
        for lineno, l in enumerate(body.split('\n'), 1):
            rest = EDIT.sub('', l)
            assert not re.search(r'[{}|]', rest), (n, lineno, 'stray edit markup')
            for a, b in (('[[', ']]'), ('[=', '=]'), ('<<', '>>'), ('⟨', '⟩')):
                assert l.count(a) == l.count(b), (n, lineno, 'unbalanced', a)
        inp = build_input(body); exp = build_expected(body)
        for t, what in ((inp, 'input'), (exp, 'expected')):
            assert not re.search(r'[{}|¦⟨⟩]|\[\[|\]\]|\[=|=\]|<<|>>|@[Hh]', t), (n, what, 'markup leaked')
        il, el = inp.split('\n'), exp.split('\n')
        assert len(il) == len(el), n
        f = json.loads(final(fj)) if fj.strip() else []
        for g in f:
            for t in g['texts']:
                assert t in inp, (n, 'finding text not in input', t)
            first = min((i for i, l in enumerate(il, 1) for t in g['texts'] if t in l))
            assert g['line'] == first, (n, g['rule'], 'line should be', first)
        open(os.path.join(out, n + '.input.txt'), 'w', encoding='utf8').write(inp + '\n')
        open(os.path.join(out, n + '.expected.txt'), 'w', encoding='utf8').write(exp + '\n')
        open(os.path.join(out, n + '.findings.json'), 'w', encoding='utf8').write(json.dumps(f, ensure_ascii=False, indent=2) + '\n')
        nd = sum(1 for a, b in zip(il, el) if a != b)
        print(n, 'lines', len(il), 'changed lines', nd, 'findings', len(f))
if __name__ == '__main__':
    main()

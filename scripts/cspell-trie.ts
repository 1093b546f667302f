// The word list of @cspell/dict-fa-ir (a dev dependency), read by gen-pdf-lexicon and check-phrases.

/** Reads a cspell TrieXv3 file (a DAWG serialised depth first, with back references). */
export function readTrie(source: string): string[] {
  const data = source.slice(source.indexOf('__DATA__') + 9);
  const radix = Number(/base=(\d+)/.exec(source)?.[1] ?? 10);
  interface Node { c: Map<string, Node> | null; f: boolean }
  const root: Node = { c: null, f: false };
  const numbered: Node[] = [];
  const stack: Node[] = [root];
  let i = 0;
  const count = () => {
    const s = i;
    while (i < data.length && data[i] >= '0' && data[i] <= '9') i++;
    return s === i ? 1 : Number(data.slice(s, i));
  };
  const add = (ch: string) => {
    const parent = stack[stack.length - 1];
    if (!parent.c) {
      parent.c = new Map();
      numbered.push(parent);
    }
    const n: Node = { c: null, f: false };
    parent.c.set(ch, n);
    stack.push(n);
  };
  let last = '';
  while (i < data.length) {
    const ch = data[i++];
    if (ch === '\n' || ch === '\r') continue;
    if (ch === '$') {
      stack[stack.length - 1].f = true;
      stack.length -= count();
    } else if (ch === '<') {
      stack.length -= count();
    } else if (ch === '#') {
      const e = data.indexOf(';', i);
      const ref = numbered[parseInt(data.slice(i, e), radix)];
      i = e + 1;
      stack.pop();
      stack[stack.length - 1].c!.set(last, ref);
      stack.push(ref);
    } else {
      last = ch === '\\' ? (data[i] === 'n' ? '\n' : data[i]) : ch;
      if (ch === '\\') i++;
      add(last);
    }
  }
  const words: string[] = [];
  const walk = (n: Node, prefix: string) => {
    if (n.f) words.push(prefix);
    if (n.c) for (const [k, v] of n.c) walk(v, prefix + k);
  };
  walk(root, '');
  return words;
}

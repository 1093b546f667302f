/**
 * Which invisible characters the ZWNJ toggle shows, and where they are in a piece of text.
 * No `vscode` import: tested under plain Node.
 */

export interface InvisibleKind {
  id: 'zwnj' | 'zwj' | 'bidi' | 'shy' | 'nbsp' | 'zero';
  /** Marker drawn before the character ('' when the character is outlined instead). */
  marker: string;
  name: { fa: string; en: string };
}

export const KINDS: readonly InvisibleKind[] = [
  { id: 'zwnj', marker: '|', name: { fa: 'نیم‌فاصله (ZWNJ، U+200C)', en: 'Zero-width non-joiner (ZWNJ, U+200C)' } },
  { id: 'zwj', marker: '|', name: { fa: 'اتصال‌دهندهٔ بی‌پهنا (ZWJ، U+200D)', en: 'Zero-width joiner (ZWJ, U+200D)' } },
  { id: 'bidi', marker: '|', name: { fa: 'نویسهٔ جهت‌نما (RLM/LRM/ALM یا کنترل دوسویه)', en: 'Direction mark or bidi control (RLM, LRM, ALM, embedding, isolate)' } },
  { id: 'shy', marker: '-', name: { fa: 'خط‌تیرهٔ نرم (U+00AD)', en: 'Soft hyphen (U+00AD)' } },
  { id: 'nbsp', marker: '', name: { fa: 'فاصلهٔ نشکن (NBSP)', en: 'No-break space (NBSP)' } },
  { id: 'zero', marker: '|', name: { fa: 'نویسهٔ بی‌پهنا (ZWSP، WJ یا BOM)', en: 'Zero-width space, word joiner or BOM' } },
];

/** Kind index per character, -1 for visible ones. */
export function kindOf(c: number): number {
  switch (c) {
    case 0x200c:
      return 0;
    case 0x200d:
      return 1;
    case 0x200e: case 0x200f: case 0x061c:
    case 0x202a: case 0x202b: case 0x202c: case 0x202d: case 0x202e:
    case 0x2066: case 0x2067: case 0x2068: case 0x2069:
      return 2;
    case 0x00ad:
      return 3;
    case 0x00a0: case 0x202f:
      return 4;
    case 0x200b: case 0x2060: case 0xfeff:
      return 5;
    default:
      return -1;
  }
}

/** One regex finds candidates; the switch sorts them. */
const ANY = /[\u00a0\u00ad\u061c\u200b-\u200f\u202a-\u202f\u2060\u2066-\u2069\ufeff]/g;

/** Offsets (relative to `text`, plus `base`) of each kind's characters, one array per kind. */
export function scanInvisibles(text: string, base = 0, out: number[][] = KINDS.map(() => [])): number[][] {
  ANY.lastIndex = 0;
  for (let m = ANY.exec(text); m; m = ANY.exec(text)) {
    const k = kindOf(text.charCodeAt(m.index));
    if (k >= 0) out[k].push(base + m.index);
  }
  return out;
}

/** Line ranges [start, end] (inclusive) widened by `margin` and merged, so scrolling a little re-uses them. */
export function mergeLineRanges(ranges: readonly [number, number][], margin: number, lineCount: number): [number, number][] {
  const widened = ranges
    .map(([a, b]): [number, number] => [Math.max(0, a - margin), Math.min(lineCount - 1, b + margin)])
    .sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const r of widened) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

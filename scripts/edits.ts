// Edit extraction and scoring for the eval: turns (input, corrected) pairs into a canonical list
// of edits so a system's output can be compared with the gold edit by edit, and classifies each
// edit by the STYLE.md section it belongs to. Shared by scripts/eval.ts and test/eval.test.ts.

export interface Edit {
  /** UTF-16 offsets into the input. */
  start: number;
  end: number;
  newText: string;
}

export type Op = 0 | 1 | 2; // equal, delete (from a), insert (from b)
export const EQ: Op = 0;
export const DEL: Op = 1;
export const INS: Op = 2;

/**
 * Myers O(ND) diff of two strings by UTF-16 code unit. Returns the edit script as a list of
 * ops, one per code unit (EQ and DEL consume a, EQ and INS consume b).
 */
export function diffOps(a: string, b: string): Op[] {
  // Common prefix and suffix are cheap and keep the quadratic part small.
  let pre = 0;
  while (pre < a.length && pre < b.length && a.charCodeAt(pre) === b.charCodeAt(pre)) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a.charCodeAt(a.length - 1 - suf) === b.charCodeAt(b.length - 1 - suf)) suf++;
  const A = a.slice(pre, a.length - suf);
  const B = b.slice(pre, b.length - suf);
  const mid = myers(A, B);
  const ops: Op[] = [];
  for (let i = 0; i < pre; i++) ops.push(EQ);
  for (const o of mid) ops.push(o);
  for (let i = 0; i < suf; i++) ops.push(EQ);
  return ops;
}

function myers(a: string, b: string): Op[] {
  const n = a.length;
  const m = b.length;
  if (n === 0) return new Array<Op>(m).fill(INS);
  if (m === 0) return new Array<Op>(n).fill(DEL);
  const max = n + m;
  const off = max;
  const v = new Int32Array(2 * max + 2);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (k === -d || (k !== d && v[off + k - 1] < v[off + k + 1])) x = v[off + k + 1];
      else x = v[off + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a.charCodeAt(x) === b.charCodeAt(y)) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Backtrack through the saved frontiers.
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d];
    const k = x - y;
    let prevK: number;
    if (k === -d || (k !== d && vd[off + k - 1] < vd[off + k + 1])) prevK = k + 1;
    else prevK = k - 1;
    const prevX = d === 0 ? 0 : vd[off + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push(EQ);
      x--;
      y--;
    }
    if (d === 0) break;
    if (x === prevX) {
      ops.push(INS);
      y--;
    } else {
      ops.push(DEL);
      x--;
    }
  }
  while (x > 0 && y > 0) {
    ops.push(EQ);
    x--;
    y--;
  }
  ops.reverse();
  return ops;
}

/**
 * Edits turning a into b, offsets relative to a plus `base`: maximal runs of changed code units,
 * each run one edit. Pure insertions and deletions are slid to their leftmost equivalent place,
 * so «a  b» → «a b» gives the same edit whatever the diff chose.
 */
export function diffEdits(a: string, b: string, base = 0): Edit[] {
  const ops = diffOps(a, b);
  const out: Edit[] = [];
  let i = 0;
  let j = 0;
  let k = 0;
  while (k < ops.length) {
    if (ops[k] === EQ) {
      i++;
      j++;
      k++;
      continue;
    }
    const s = i;
    const t = j;
    while (k < ops.length && ops[k] !== EQ) {
      if (ops[k] === DEL) i++;
      else j++;
      k++;
    }
    const prev = out[out.length - 1];
    const e = canonical(a, { start: s, end: i, newText: b.slice(t, j) }, prev ? prev.end : 0);
    // Sliding can make two edits touch; they are then one run of changed characters.
    if (prev && e.start === prev.end) {
      prev.end = e.end;
      prev.newText += e.newText;
    } else out.push(e);
  }
  return out.map((e) => ({ start: e.start + base, end: e.end + base, newText: e.newText }));
}

function canonical(a: string, e: Edit, min: number): Edit {
  let { start, end, newText } = e;
  if (start === end && newText.length > 0) {
    while (start > min && a[start - 1] === newText[newText.length - 1]) {
      newText = a[start - 1] + newText.slice(0, -1);
      start--;
    }
    return { start, end: start, newText };
  }
  if (newText === '' && end > start) {
    while (start > min && a[start - 1] === a[end - 1]) {
      start--;
      end--;
    }
  }
  return { start, end, newText };
}

/** Splits into lines keeping each terminator, so offsets add up to the whole text. */
export function splitLines(s: string): string[] {
  const out: string[] = [];
  let p = 0;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) === 10) {
      out.push(s.slice(p, i + 1));
      p = i + 1;
    }
  }
  out.push(s.slice(p));
  return out;
}

export interface Extracted {
  edits: Edit[];
  /** False when the line counts differ and the whole text was diffed at once. */
  aligned: boolean;
}

/**
 * Edits turning input into output. Lines align one to one in the samples, so each line pair is
 * diffed on its own (fast, and an edit can never be matched to a far-away place); when the
 * line counts differ the whole text is diffed instead.
 */
export function extractEdits(input: string, output: string): Extracted {
  if (input === output) return { edits: [], aligned: true };
  const a = splitLines(input);
  const b = splitLines(output);
  if (a.length !== b.length) return { edits: diffEdits(input, output), aligned: false };
  const edits: Edit[] = [];
  let base = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) for (const e of diffEdits(a[i], b[i], base)) edits.push(e);
    base += a[i].length;
  }
  return { edits, aligned: true };
}

export function applyEditList(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((x, y) => x.start - y.start);
  let out = '';
  let p = 0;
  for (const e of sorted) {
    out += text.slice(p, e.start) + e.newText;
    p = e.end;
  }
  return out + text.slice(p);
}

export const editKey = (e: Edit): string => `${e.start}:${e.end}:${e.newText}`;

export interface Match {
  tp: Edit[];
  fp: Edit[];
  fn: Edit[];
}

/** Exact matching: same span and same replacement. */
export function matchEdits(system: readonly Edit[], gold: readonly Edit[]): Match {
  const goldKeys = new Set(gold.map(editKey));
  const sysKeys = new Set(system.map(editKey));
  return {
    tp: system.filter((e) => goldKeys.has(editKey(e))),
    fp: system.filter((e) => !goldKeys.has(editKey(e))),
    fn: gold.filter((e) => !sysKeys.has(editKey(e))),
  };
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  /** null when undefined (no system edits / no gold edits). */
  precision: number | null;
  recall: number | null;
  f05: number | null;
}

export function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? null : tp / (tp + fp);
  const recall = tp + fn === 0 ? null : tp / (tp + fn);
  let f05: number | null = null;
  // With no system edits precision is vacuous: count it as 1 so F0.5 still reflects recall.
  const p = precision ?? (tp + fn === 0 ? null : 1);
  const r = recall;
  if (p !== null && r !== null) f05 = p + r === 0 ? 0 : (1.25 * p * r) / (0.25 * p + r);
  return { tp, fp, fn, precision, recall, f05 };
}

// ---------------------------------------------------------------------------------------------
// Classification by STYLE.md section, from the edit's content and the words around it only.

export type Section = '§1' | '§2' | '§3' | '§4' | '§5' | '§6';
export const SECTIONS: readonly Section[] = ['§1', '§2', '§3', '§4', '§5', '§6'];
export const SECTION_NAMES: Record<Section, string> = {
  '§1': 'letters',
  '§2': 'ZWNJ',
  '§3': 'honorifics',
  '§4': 'titles',
  '§5': 'punctuation/spacing',
  '§6': 'other',
};

const ZWNJ = '\u200c';

/** §1 normalisation: maps every wrong character of STYLE §1 to its right form. */
function normLetters(s: string, tehTo: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) {
    const c = ch.charCodeAt(0);
    if (c === 0x064a || c === 0x0649) out += 'ی';
    else if (c === 0x0643) out += 'ک';
    else if (c >= 0x0660 && c <= 0x0669) out += String.fromCharCode(c - 0x0660 + 0x06f0);
    else if (c === 0x0640) continue;
    else if (c === 0x0629) out += tehTo;
    else if (c === 0x06c0) out += 'ه\u0654';
    else if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) out += normLetters(ch.normalize('NFKC'), tehTo);
    else out += ch;
  }
  return out;
}

const LETTER_WRONG = /[\u064a\u0649\u0643\u0660-\u0669\u0640\u0629\u06c0\u0654\ufb50-\ufdff\ufe70-\ufeff]/;

function isLetterEdit(del: string, ins: string): boolean {
  if (!LETTER_WRONG.test(del) && !LETTER_WRONG.test(ins)) return false;
  for (const t of ['ت', 'ه']) if (normLetters(del, t) === normLetters(ins, t)) return true;
  return false;
}

const SP = '[ \u200c\u00a0]*';
const HONORIFIC = new RegExp(
  [
    `حج[تةه]${SP}(?:ال)?ا?سلام`,
    `(?:و${SP})?المسلمین`,
    `آی[تةه]${SP}ا?لل[ّ]?ه(?:${SP}العظمی)?`,
    `ثق[ةه]${SP}الاسلام`,
    `سلام${SP}الله${SP}علیه(?:ا|م)?`,
    `رحم[هة]${SP}الله${SP}علیه(?:ا)?`,
    `علیه(?:ا|م)?${SP}السلام`,
    `صلی${SP}الله${SP}علیه(?:${SP}و${SP}آله)?(?:${SP}و${SP}سلم)?`,
    `\\((?:س|ره|ع|ص|عج)\\)`,
  ].join('|'),
  'g',
);
const TITLE = new RegExp(
  [`ر(?:ئی|یی|ئ|ی)س(?:${SP}جمهور)?`, `مس(?:ئو|وو|ؤو|ئ)ل`, `مدیر${SP}عامل`, `فن${SP}آوری`].join('|'),
  'g',
);

/** The same length as s: Arabic yeh/kaf folded so the patterns see Persian letters. */
function foldForMatch(s: string): string {
  return s.replace(/[\u064a\u0649]/g, 'ی').replace(/\u0643/g, 'ک');
}

function touches(re: RegExp, text: string, e: Edit, openBefore: boolean): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const ms = m.index;
    const me = ms + m[0].length;
    if (e.start === e.end) {
      if (ms < e.start && e.start < me) return true;
      // A space inserted right before "(ع)" belongs to the honorific.
      if (openBefore && e.start === ms && m[0][0] === '(') return true;
    } else if (e.start < me && ms < e.end) return true;
  }
  return false;
}

const isLetter = (ch: string | undefined): boolean => !!ch && /[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]/.test(ch);
const PUNCT_SPACE = /^[\s\p{P}\p{S}0-9\u06f0-\u06f9\u0660-\u0669\u00ab\u00bb\u060c\u061b\u061f]*$/u;

/**
 * Which STYLE.md section an edit belongs to. `text` is the input it applies to. The order
 * matters: a pure letter swap is §1 wherever it is; honorific and title phrases own the ZWNJ
 * and spacing changes inside them; the rest is §2 (ZWNJ, gluing), §5 or §6.
 */
export function classify(text: string, e: Edit): Section {
  const del = text.slice(e.start, e.end);
  const ins = e.newText;
  if (isLetterEdit(del, ins)) return '§1';
  // Look at the phrase around the edit: a few words each side on the same line.
  const lo = Math.max(0, e.start - 40);
  const hi = Math.min(text.length, e.end + 40);
  const window = foldForMatch(text.slice(lo, hi));
  const local = { start: e.start - lo, end: e.end - lo, newText: ins };
  if (touches(HONORIFIC, window, local, true)) return '§3';
  if (touches(TITLE, window, local, false)) return '§4';
  if (del.includes(ZWNJ) || ins.includes(ZWNJ)) return '§2';
  // Gluing two parts of a word: only spaces removed, letters on both sides.
  if (ins === '' && /^[ \u00a0]+$/.test(del) && isLetter(text[e.start - 1]) && isLetter(text[e.end])) return '§2';
  // Stray slashes of a PDF export inside a word are §6, not punctuation.
  if (ins === '' && /^\/+$/.test(del) && isLetter(text[e.start - 1]) && isLetter(text[e.end])) return '§6';
  if (PUNCT_SPACE.test(del) && PUNCT_SPACE.test(ins)) return '§5';
  return '§6';
}

/** A few words of context around an edit, with the change shown as [old→new]. */
export function showEdit(text: string, e: Edit, width = 24): string {
  const vis = (s: string) => s.replace(/\u200c/g, '⟨zwnj⟩').replace(/\n/g, '⏎');
  let lo = Math.max(0, e.start - width);
  let hi = Math.min(text.length, e.end + width);
  const nl1 = text.lastIndexOf('\n', e.start - 1);
  if (nl1 >= lo) lo = nl1 + 1;
  const nl2 = text.indexOf('\n', e.end);
  if (nl2 >= 0 && nl2 < hi) hi = nl2;
  const before = text.slice(lo, e.start);
  const after = text.slice(e.end, hi);
  return `${lo > 0 ? '…' : ''}${vis(before)}[${vis(text.slice(e.start, e.end))}→${vis(e.newText)}]${vis(after)}${hi < text.length ? '…' : ''}`;
}

/** 1-based line and column of an offset. */
export function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) {
    line++;
    last = i;
  }
  return { line, col: offset - last };
}

// ---------------------------------------------------------------------------------------------
// Gates (eval-thresholds.json).

export interface MetricGate {
  precision?: number;
  recall?: number;
  f05?: number;
}

export interface Thresholds {
  /** Minimum precision/recall/F0.5 per STYLE section, e.g. { "§1": { "precision": 1 } }. */
  section?: Record<string, MetricGate>;
  overall?: MetricGate;
  /** Minimum share of gold findings (NNN.findings.json) that lint reports. */
  findingsRecall?: number;
  /** Maximum number of consistency findings the gold does not list. */
  maxUnlistedConsistency?: number;
}

export interface GateResult {
  name: string;
  value: number | null;
  op: '>=' | '<=';
  threshold: number;
  pass: boolean;
  skipped: boolean;
  note?: string;
}

export interface EvalTotals {
  overall: Score;
  sections: Record<string, Score>;
  findingsRecall: number | null;
  findingsTotal: number;
  unlistedConsistency: number;
}

const METRICS = ['precision', 'recall', 'f05'] as const;

/** Checks every configured gate; unknown keys are reported as failed gates, never ignored. */
export function evaluateGates(t: Thresholds, totals: EvalTotals): GateResult[] {
  const out: GateResult[] = [];
  const known = new Set(['section', 'overall', 'findingsRecall', 'maxUnlistedConsistency', '$comment']);
  for (const k of Object.keys(t)) {
    if (!known.has(k)) out.push({ name: k, value: null, op: '>=', threshold: 0, pass: false, skipped: false, note: 'unknown gate key' });
  }
  const metricGates = (name: string, g: MetricGate, s: Score | undefined) => {
    for (const k of Object.keys(g)) {
      if (!(METRICS as readonly string[]).includes(k)) {
        out.push({ name: `${name}.${k}`, value: null, op: '>=', threshold: 0, pass: false, skipped: false, note: 'unknown metric' });
      }
    }
    for (const m of METRICS) {
      const threshold = g[m];
      if (threshold === undefined) continue;
      const gateName = `${name}.${m}`;
      if (!s) {
        out.push({ name: gateName, value: null, op: '>=', threshold, pass: false, skipped: false, note: 'unknown section' });
        continue;
      }
      const goldCount = s.tp + s.fn;
      if (goldCount === 0) {
        out.push({ name: gateName, value: s[m], op: '>=', threshold, pass: true, skipped: true, note: `no gold edits (system made ${s.fp})` });
        continue;
      }
      // No system edits at all: precision is vacuous; recall then carries the failure.
      if (s[m] === null) {
        out.push({ name: gateName, value: null, op: '>=', threshold, pass: true, skipped: true, note: 'no system edits' });
        continue;
      }
      const v = s[m] as number;
      out.push({ name: gateName, value: v, op: '>=', threshold, pass: v >= threshold - 1e-9, skipped: false });
    }
  };
  for (const [sec, g] of Object.entries(t.section ?? {})) metricGates(sec, g, totals.sections[sec]);
  if (t.overall) metricGates('overall', t.overall, totals.overall);
  if (t.findingsRecall !== undefined) {
    if (totals.findingsTotal === 0) {
      out.push({ name: 'findingsRecall', value: null, op: '>=', threshold: t.findingsRecall, pass: true, skipped: true, note: 'no gold findings' });
    } else {
      const v = totals.findingsRecall ?? 0;
      out.push({ name: 'findingsRecall', value: v, op: '>=', threshold: t.findingsRecall, pass: v >= t.findingsRecall - 1e-9, skipped: false });
    }
  }
  if (t.maxUnlistedConsistency !== undefined) {
    const v = totals.unlistedConsistency;
    out.push({ name: 'maxUnlistedConsistency', value: v, op: '<=', threshold: t.maxUnlistedConsistency, pass: v <= t.maxUnlistedConsistency, skipped: false });
  }
  return out;
}

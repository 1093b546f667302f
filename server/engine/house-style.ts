/**
 * The house-style file (.persian-qa.json): parsed with positions, checked against
 * schemas/persian-qa.schema.json, its substitution specs run, and turned into an EngineConfig.
 * Pure: the caller reads the file. Nothing in the file is ever executed.
 */
import { applyEdits, getNodeValue, modify, parseTree, printParseErrorCode } from 'jsonc-parser/lib/esm/main';
import type { Node, ParseError } from 'jsonc-parser/lib/esm/main';
import schema from '../../schemas/persian-qa.schema.json';
import compounds from './data/compounds.txt';
import type { EngineConfig, RuleSetting } from './config';
import { rules } from './registry';
import { applySubstitutions, compileEntry, compilePattern } from './rules/house-substitution';
import type { SubstitutionEntry } from './rules/house-substitution';
import type { Msg } from './types';

export interface HouseStyleDiagnostic {
  /** An error rejects the whole file (the last good configuration stays in use); a warning does not. */
  severity: 'error' | 'warning';
  message: Msg;
  /** UTF-16 offsets in the file. */
  start: number;
  end: number;
  /** 1-based. */
  line: number;
  column: number;
  code: 'unreadable' | 'json-syntax' | 'schema' | 'unknown-key' | 'unknown-rule' | 'pattern' | 'spec' | 'spec-unstable';
}

export interface ParsedHouseStyle {
  /** The file's own layer; undefined when the file has an error and must not be applied. */
  config?: EngineConfig;
  diagnostics: HouseStyleDiagnostic[];
}

export interface StyleChoices {
  hehHamza?: 'ۀ' | 'هٔ' | 'consistent';
  "ra'is"?: 'رئیس' | 'رییس';
  pluralZwnjAfterNonHeh?: boolean;
  beh?: 'space' | 'zwnj';
  blessings?: 'full' | 'abbreviated' | 'consistent';
  digits?: 'persian' | 'latin';
}

type Layer = Record<string, RuleSetting>;
const opts = (id: string, options: Record<string, unknown>): Layer => ({ [id]: { options } });

/**
 * Where each friendly key of the file lands: the owning rule and its option. The one place to
 * adjust when a rule renames an option.
 */
export const STYLE_MAPPING: { [K in keyof Required<StyleChoices>]: (v: Required<StyleChoices>[K]) => Layer } = {
  hehHamza: (v) => opts('heh-hamza-consistency', { form: v }),
  "ra'is": (v) => titleForms(raisForms(v)),
  pluralZwnjAfterNonHeh: (v) => opts('zwnj-plural', { afterNonHeh: v ? 'zwnj' : 'either' }),
  // zwnj-compound accepts both «به عنوان» and «به‌عنوان»; the choice narrows that to one.
  // zwnj-compound fixes a glued «بهدلیل» to the chosen form too.
  beh: (v) => ({ ...opts('house-substitution', { entries: behEntries(v) }), ...opts('zwnj-compound', { beh: v }) }),
  blessings: (v) => opts('blessing-style', { style: v }),
  digits: (v) => opts('latin-digits', { digits: v }),
};

/** «به» + noun adverbs whose spaced and ZWNJ forms are both correct (data/compounds.txt, "=space", "=apart"). */
const BEH_COMPOUNDS = compounds
  .split('\n')
  .map((l) => /^به\u200c(\S+)\s+=(?:space|apart)/.exec(l.trim())?.[1])
  .filter((x): x is string => !!x);

function behEntries(choice: 'space' | 'zwnj'): SubstitutionEntry[] {
  const message = choice === 'zwnj' ? { fa: 'پس از «به» نیم‌فاصله', en: 'ZWNJ after «به»' } : { fa: 'پس از «به» فاصله', en: 'A space after «به»' };
  return BEH_COMPOUNDS.map((w) => {
    const [spaced, joined] = [`به ${w}`, `به\u200c${w}`];
    return choice === 'zwnj' ? { expected: joined, patterns: [spaced], message } : { expected: spaced, patterns: [joined], message };
  });
}

/** Both title rules read the same `forms` ({ house form: [other spellings] }). */
function titleForms(forms: Record<string, string[]>): Layer {
  return { ...opts('title-spelling', { forms }), ...opts('title-consistency', { forms }) };
}

/** Every default title spelled with «رئیس», with its other spellings (as in data/titles.txt). */
const RAIS_TITLES: [string, string][] = [
  ['رئیس', ''],
  ['رئیس‌جمهور', 'رییس/رئیس جمهور'],
  ['نایب‌رئیس', 'نایب/نائب رییس/رئیس'],
  ['هیئت‌رئیسه', 'هیئت/هیات/هیأت رییسه/رئیسه'],
];

function raisForms(choice: string): Record<string, string[]> {
  const forms: Record<string, string[]> = {};
  for (const [canonical, others] of RAIS_TITLES) {
    const alt = canonical.replace('رئیس', 'رییس');
    const [house, other] = choice === 'رییس' ? [alt, canonical] : [canonical, alt];
    forms[house] = others ? [other, others] : [other];
  }
  return forms;
}

/**
 * Merges two `forms` options so that the later one wins: a house form it names, or lists as
 * another spelling, displaces the earlier entry («رییس» over «رئیس» and back).
 */
function mergeForms(a: Record<string, string[]>, b: Record<string, string[]>): Record<string, string[]> {
  const claimed = new Set<string>();
  for (const [k, v] of Object.entries(b)) {
    claimed.add(k);
    if (Array.isArray(v)) for (const x of v) claimed.add(x);
  }
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(a)) {
    if (!claimed.has(k) && Array.isArray(v)) out[k] = v.filter((x) => !(x in b));
  }
  for (const [k, v] of Object.entries(b)) out[k] = Array.isArray(a[k]) && Array.isArray(v) ? [...new Set([...a[k], ...v])] : v;
  return out;
}

/**
 * Merges substitution lists so that the later one wins: an earlier entry goes when a later one
 * has one of its patterns, or would undo it (its expected form is a later pattern): the two
 * would otherwise fix the text back and forth.
 */
function mergeEntries(a: SubstitutionEntry[], b: SubstitutionEntry[]): SubstitutionEntry[] {
  const later = new Set<string>();
  for (const e of b) for (const p of typeof e.patterns === 'string' ? [e.patterns] : e.patterns ?? []) later.add(p);
  const kept = a.filter((e) => !later.has(e.expected) && !(typeof e.patterns === 'string' ? [e.patterns] : e.patterns ?? []).some((p) => later.has(p)));
  return [...kept, ...b];
}

export const LIST_MAPPING = {
  titles: (v: Record<string, string[]>): Layer => titleForms(v),
  honorifics: (v: Record<string, string[]>): Layer => opts('honorific-spelling', { forms: v }),
  names: (v: string[]): Layer => opts('name-consistency', { terms: v }),
  substitutions: (v: SubstitutionEntry[]): Layer => opts('house-substitution', { entries: v }),
};

// ---------------------------------------------------------------------------------------------
// Merging: defaults < settings < file. Objects merge key by key, lists of words are united,
// anything else is taken from the later layer.

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

function mergeValues(a: unknown, b: unknown): unknown {
  if (b === undefined) return a;
  if (isPlain(a) && isPlain(b)) {
    const out: Plain = { ...a };
    for (const k of Object.keys(b)) out[k] = mergeValues(a[k], b[k]);
    return out;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const out = [...a];
    for (const x of b) if (typeof x === 'object' || !out.includes(x)) out.push(x);
    return out;
  }
  return b;
}

function normalize(s: RuleSetting | undefined): { severity?: string; options?: Plain } {
  if (s === undefined) return {};
  if (typeof s === 'string') return { severity: s };
  return { ...(s.severity !== undefined ? { severity: s.severity } : {}), ...(s.options ? { options: s.options } : {}) };
}

export function mergeRuleSetting(base: RuleSetting | undefined, over: RuleSetting | undefined): RuleSetting | undefined {
  if (over === undefined) return base;
  if (base === undefined) return over;
  const a = normalize(base);
  const b = normalize(over);
  const severity = b.severity ?? a.severity;
  const options = mergeValues(a.options, b.options) as Plain | undefined;
  if (options && isPlain(a.options?.forms) && isPlain(b.options?.forms)) {
    options.forms = mergeForms(a.options.forms as Record<string, string[]>, b.options.forms as Record<string, string[]>);
  }
  if (options && Array.isArray(a.options?.entries) && Array.isArray(b.options?.entries)) {
    options.entries = mergeEntries(a.options.entries as SubstitutionEntry[], b.options.entries as SubstitutionEntry[]);
  }
  if (!options) return severity as RuleSetting;
  return { ...(severity !== undefined ? { severity: severity as never } : {}), options };
}

/** Merges configuration layers, later ones winning where both speak. */
export function mergeConfigs(...layers: (EngineConfig | undefined)[]): EngineConfig {
  const out: EngineConfig = {};
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.rules) {
      out.rules ??= {};
      for (const [id, s] of Object.entries(layer.rules)) {
        const m = mergeRuleSetting(out.rules[id], s);
        if (m !== undefined) out.rules[id] = m;
      }
    }
    if (layer.ignoreWords?.length) out.ignoreWords = mergeValues(out.ignoreWords ?? [], layer.ignoreWords) as string[];
  }
  return out;
}

/** Turns the friendly style keys into rule settings (also usable for settings from the editor). */
export function styleToRules(style: StyleChoices): Layer {
  let out: Layer = {};
  for (const [k, v] of Object.entries(style)) {
    const map = (STYLE_MAPPING as Record<string, (v: unknown) => Layer>)[k];
    if (map && v !== undefined) out = mergeConfigs({ rules: out }, { rules: map(v) }).rules ?? {};
  }
  return out;
}

/** The valid style choices of an untrusted object (editor settings): anything else is dropped. */
export function normalizeStyle(raw: unknown): StyleChoices {
  const out: Record<string, unknown> = {};
  if (!isPlain(raw)) return out;
  const props = (ROOT.properties?.style?.properties ?? {}) as Record<string, SchemaNode>;
  for (const [k, v] of Object.entries(raw)) {
    const s = props[k];
    if (!s) continue;
    if (s.enum ? s.enum.includes(v) : s.type === 'boolean' && typeof v === 'boolean') out[k] = v;
  }
  return out as StyleChoices;
}

// ---------------------------------------------------------------------------------------------
// Positions

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

// ---------------------------------------------------------------------------------------------
// Schema check: the subset of JSON Schema that schemas/persian-qa.schema.json uses.

interface SchemaNode {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  anyOf?: SchemaNode[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  required?: string[];
  items?: SchemaNode;
  minItems?: number;
  minLength?: number;
}

interface Problem {
  node: Node;
  /** For key problems: highlight the key, not the value. */
  keyNode?: Node;
  severity: 'error' | 'warning';
  code: HouseStyleDiagnostic['code'];
  message: Msg;
}

const ROOT = schema as unknown as SchemaNode & { definitions: Record<string, SchemaNode> };

function deref(s: SchemaNode): SchemaNode {
  while (s.$ref) s = ROOT.definitions[s.$ref.replace('#/definitions/', '')];
  return s;
}

const TYPE_NAMES: Record<string, Msg> = {
  object: { fa: 'شیء {…}', en: 'an object {…}' },
  array: { fa: 'فهرست […]', en: 'a list […]' },
  string: { fa: 'رشته', en: 'a string' },
  boolean: { fa: 'true یا false', en: 'true or false' },
  number: { fa: 'عدد', en: 'a number' },
  null: { fa: 'null', en: 'null' },
};

function jsonType(n: Node): string {
  return n.type;
}

function typeMatches(n: Node, type: string | undefined): boolean {
  return !type || jsonType(n) === type || (type === 'integer' && n.type === 'number' && Number.isInteger(n.value));
}

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const t = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = t;
    }
  }
  return d[b.length];
}

function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const dist = c.toLowerCase() === word.toLowerCase() ? 0 : editDistance(word, c);
    if (dist < bestD) {
      bestD = dist;
      best = c;
    }
  }
  return bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

const where = (path: string): Msg => (path ? { fa: `${path}: `, en: `${path}: ` } : { fa: '', en: '' });
const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

function check(n: Node, s: SchemaNode, path: string, out: Problem[]): void {
  s = deref(s);
  const at = where(path);
  if (s.anyOf) {
    const branches = s.anyOf.map(deref);
    const fitting = branches.filter((b) => (b.enum ? n.type !== 'object' && n.type !== 'array' : typeMatches(n, b.type)));
    if (fitting.length === 1) return check(n, fitting[0], path, out);
    if (fitting.length > 1) {
      const trials = fitting.map((b) => {
        const o: Problem[] = [];
        check(n, b, path, o);
        return o;
      });
      if (trials.some((t) => t.filter((p) => p.severity === 'error').length === 0)) return;
      out.push(...trials[0]);
      return;
    }
    const wanted = branches.map((b) => (b.enum ? b.enum.map(show).join(' | ') : TYPE_NAMES[b.type ?? '']?.en ?? b.type));
    const wantedFa = branches.map((b) => (b.enum ? b.enum.map(show).join(' | ') : TYPE_NAMES[b.type ?? '']?.fa ?? b.type));
    out.push({
      node: n,
      severity: 'error',
      code: 'schema',
      message: { fa: `${at.fa}مقدار نامعتبر؛ باید یکی از این‌ها باشد: ${wantedFa.join('، ')}`, en: `${at.en}invalid value; expected ${wanted.join(' or ')}` },
    });
    return;
  }
  if (s.type && !typeMatches(n, s.type)) {
    const t = TYPE_NAMES[s.type] ?? { fa: s.type, en: s.type };
    out.push({ node: n, severity: 'error', code: 'schema', message: { fa: `${at.fa}نوع نادرست؛ ${t.fa} لازم است`, en: `${at.en}wrong type; expected ${t.en}` } });
    return;
  }
  if (s.enum) {
    const v = n.value;
    if (!s.enum.some((e) => e === v)) {
      const list = s.enum.map((e) => `«${show(e)}»`).join('، ');
      out.push({
        node: n,
        severity: 'error',
        code: 'schema',
        message: { fa: `${at.fa}مقدار نامعتبر «${show(v ?? getNodeValue(n))}»؛ یکی از این‌ها: ${list}`, en: `${at.en}invalid value “${show(v ?? getNodeValue(n))}”; expected one of ${s.enum.map((e) => `“${show(e)}”`).join(', ')}` },
      });
    }
    return;
  }
  if (s.minLength !== undefined && n.type === 'string' && (n.value as string).length < s.minLength) {
    out.push({ node: n, severity: 'error', code: 'schema', message: { fa: `${at.fa}رشتهٔ تهی مجاز نیست`, en: `${at.en}must not be empty` } });
  }
  if (n.type === 'array') {
    const items = n.children ?? [];
    if (s.minItems !== undefined && items.length < s.minItems) {
      out.push({ node: n, severity: 'error', code: 'schema', message: { fa: `${at.fa}فهرست تهی مجاز نیست`, en: `${at.en}the list must not be empty` } });
    }
    if (s.items) items.forEach((c, i) => check(c, s.items!, `${path}[${i}]`, out));
  }
  if (n.type === 'object') {
    const seen = new Set<string>();
    for (const prop of n.children ?? []) {
      const [keyNode, valueNode] = prop.children ?? [];
      if (!keyNode) continue;
      const key = keyNode.value as string;
      if (seen.has(key)) {
        out.push({
          node: keyNode,
          severity: 'warning',
          code: 'unknown-key',
          message: { fa: `${at.fa}کلید «${key}» دوباره آمده است؛ فقط آخرین آن به کار می‌رود`, en: `${at.en}duplicate key “${key}”; only the last one applies` },
        });
      }
      seen.add(key);
      const sub = path ? `${path}.${key}` : key;
      const known = s.properties?.[key];
      if (known) {
        if (valueNode) check(valueNode, known, sub, out);
      } else if (s.additionalProperties === false) {
        const hint = closest(key, Object.keys(s.properties ?? {}));
        out.push({
          node: keyNode,
          severity: 'warning',
          code: 'unknown-key',
          message: {
            fa: `${at.fa}کلید ناشناختهٔ «${key}» نادیده گرفته شد${hint ? `؛ منظور «${hint}» بود؟` : ''}`,
            en: `${at.en}unknown key “${key}” is ignored${hint ? `; did you mean “${hint}”?` : ''}`,
          },
        });
      } else if (typeof s.additionalProperties === 'object' && valueNode) {
        check(valueNode, s.additionalProperties, sub, out);
      }
    }
    for (const r of s.required ?? []) {
      if (!seen.has(r)) {
        out.push({ node: n, severity: 'error', code: 'schema', message: { fa: `${at.fa}کلید «${r}» لازم است`, en: `${at.en}missing key “${r}”` } });
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------

function child(n: Node | undefined, key: string): Node | undefined {
  for (const p of n?.children ?? []) if (p.children?.[0]?.value === key) return p.children[1];
  return undefined;
}

const KNOWN_RULES = () => new Set(rules.map((r) => r.meta.id));

const JSON_ERRORS: Record<string, Msg> = {
  EmptyFile: { fa: 'پرونده تهی است؛ دست‌کم {} لازم است', en: 'the file is empty; it needs at least {}' },
  CommaExpected: { fa: 'پیش از این‌جا ویرگول (,) جا افتاده است', en: 'a comma (,) is missing before this' },
  ColonExpected: { fa: 'پس از نام کلید دونقطه (:) لازم است', en: 'a colon (:) is needed after the key' },
  PropertyNameExpected: { fa: 'نام کلید در گیومهٔ انگلیسی ("…") لازم است', en: 'a key in double quotes ("…") is expected' },
  ValueExpected: { fa: 'مقدار لازم است', en: 'a value is expected' },
  CloseBraceExpected: { fa: 'آکولاد بسته (}) جا افتاده است', en: 'a closing brace (}) is missing' },
  CloseBracketExpected: { fa: 'کروشهٔ بسته (]) جا افتاده است', en: 'a closing bracket (]) is missing' },
  EndOfFileExpected: { fa: 'پس از پایان شیء اصلی چیزی نباید بیاید', en: 'nothing may follow the top-level object' },
  UnexpectedEndOfString: { fa: 'گیومهٔ پایان رشته جا افتاده است', en: 'a string is not closed' },
  InvalidSymbol: { fa: 'نویسهٔ نامعتبر؛ رشته‌ها باید در گیومهٔ انگلیسی ("…") باشند', en: 'invalid symbol; strings need double quotes ("…")' },
};

/** Parses and checks the text of a house-style file. Never throws. */
export function parseHouseStyle(text: string): ParsedHouseStyle {
  const diagnostics: HouseStyleDiagnostic[] = [];
  const add = (p: Problem) => {
    const target = p.keyNode ?? p.node;
    const start = target.offset;
    const end = target.offset + target.length;
    diagnostics.push({ severity: p.severity, message: p.message, start, end, code: p.code, ...lineColumn(text, start) });
  };
  try {
    const errors: ParseError[] = [];
    const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
    if (errors.length || !root) {
      const e = errors[0] ?? { error: 0, offset: 0, length: 0 };
      const code = errors.length && text.trim() ? printParseErrorCode(e.error) : 'EmptyFile';
      const what = JSON_ERRORS[code] ?? { fa: code, en: code };
      const start = Math.min(e.offset, text.length);
      diagnostics.push({
        severity: 'error',
        code: 'json-syntax',
        message: { fa: `JSON نامعتبر: ${what.fa}؛ پرونده اعمال نشد`, en: `Invalid JSON: ${what.en}; the file was not applied` },
        start,
        end: Math.min(start + Math.max(e.length, 1), text.length),
        ...lineColumn(text, start),
      });
      return { diagnostics };
    }
    const problems: Problem[] = [];
    check(root, ROOT, '', problems);
    if (root.type === 'object') semanticChecks(root, problems);
    problems.sort((a, b) => a.node.offset - b.node.offset);
    for (const p of problems.slice(0, 50)) add(p);
    if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
    return { config: toConfig(getNodeValue(root)), diagnostics };
  } catch (e) {
    // A bug here must not take the server down: report it on the file instead.
    const why = e instanceof Error ? e.message : String(e);
    diagnostics.push({ severity: 'error', code: 'schema', message: { fa: `خطا در خواندن شیوه‌نامه: ${why}`, en: `Could not read the house style: ${why}` }, start: 0, end: 0, line: 1, column: 1 });
    return { diagnostics };
  }
}

function semanticChecks(root: Node, out: Problem[]): void {
  const rulesNode = child(root, 'rules');
  if (rulesNode?.type === 'object') {
    const known = KNOWN_RULES();
    for (const p of rulesNode.children ?? []) {
      const k = p.children?.[0];
      if (!k || known.has(k.value)) continue;
      const hint = closest(k.value, known);
      out.push({
        node: k,
        severity: 'warning',
        code: 'unknown-rule',
        message: {
          fa: `قاعدهٔ ناشناختهٔ «${k.value}»${hint ? `؛ منظور «${hint}» بود؟` : ''}`,
          en: `Unknown rule “${k.value}”${hint ? `; did you mean “${hint}”?` : ''}`,
        },
      });
    }
  }
  const subs = child(root, 'substitutions');
  if (subs?.type !== 'array') return;
  (subs.children ?? []).forEach((entryNode, i) => {
    if (entryNode.type !== 'object') return;
    const expected = child(entryNode, 'expected');
    const patternsNode = child(entryNode, 'patterns');
    if (expected?.type !== 'string' || !patternsNode) return;
    const patternNodes = patternsNode.type === 'array' ? patternsNode.children ?? [] : [patternsNode];
    let compiled = true;
    for (const pn of patternNodes) {
      if (pn.type !== 'string') return;
      const c = compilePattern(pn.value);
      if ('error' in c) {
        compiled = false;
        out.push({ node: pn, severity: 'error', code: 'pattern', message: { fa: `substitutions[${i}]: ${c.error.fa}`, en: `substitutions[${i}]: ${c.error.en}` } });
      }
    }
    const specs = child(entryNode, 'specs');
    if (!compiled || specs?.type !== 'array') return;
    const entry = compileEntry(getNodeValue(entryNode) as SubstitutionEntry);
    for (const specNode of specs.children ?? []) {
      const from = child(specNode, 'from');
      const to = child(specNode, 'to');
      if (from?.type !== 'string' || to?.type !== 'string') continue;
      const got = applySubstitutions([entry], from.value);
      if (got !== to.value) {
        out.push({
          node: specNode,
          severity: 'error',
          code: 'spec',
          message: {
            fa: `نمونهٔ substitutions[${i}] برقرار نیست: «${from.value}» به «${got}» تبدیل شد، نه «${to.value}»`,
            en: `substitutions[${i}] spec failed: “${from.value}” became “${got}”, not “${to.value}”`,
          },
        });
        continue;
      }
      const again = applySubstitutions([entry], to.value);
      if (again !== to.value) {
        out.push({
          node: specNode,
          severity: 'warning',
          code: 'spec-unstable',
          message: {
            fa: `substitutions[${i}] نتیجهٔ خودش را هم تغییر می‌دهد: «${to.value}» ← «${again}»`,
            en: `substitutions[${i}] changes its own result: “${to.value}” → “${again}”`,
          },
        });
      }
    }
  });
}

interface HouseStyleFile {
  rules?: Record<string, RuleSetting>;
  style?: StyleChoices;
  substitutions?: (SubstitutionEntry & { specs?: unknown })[];
  titles?: Record<string, string[]>;
  honorifics?: Record<string, string[]>;
  names?: string[];
  ignoreWords?: string[];
}

/** Friendly keys first, then the explicit `rules` on top: the more specific setting wins. */
function toConfig(file: HouseStyleFile): EngineConfig {
  const layers: EngineConfig[] = [];
  if (file.style) layers.push({ rules: styleToRules(file.style) });
  if (file.titles) layers.push({ rules: LIST_MAPPING.titles(file.titles) });
  if (file.honorifics) layers.push({ rules: LIST_MAPPING.honorifics(file.honorifics) });
  if (file.names?.length) layers.push({ rules: LIST_MAPPING.names(file.names) });
  if (file.substitutions?.length) {
    const entries = file.substitutions.map(({ specs: _specs, ...e }) => e);
    layers.push({ rules: LIST_MAPPING.substitutions(entries) });
  }
  if (file.rules) layers.push({ rules: file.rules });
  if (file.ignoreWords?.length) layers.push({ ignoreWords: file.ignoreWords });
  return mergeConfigs(...layers);
}

// ---------------------------------------------------------------------------------------------
// Edits of the file (for quick fixes): minimal, formatting-preserving.

/** The new text of the house-style file with `word` added to ignoreWords (file created when absent). */
export function withIgnoredWord(fileText: string | undefined, word: string): string {
  if (fileText === undefined || fileText.trim() === '') return JSON.stringify({ ignoreWords: [word] }, null, 2) + '\n';
  const errors: ParseError[] = [];
  const root = parseTree(fileText, errors, { allowTrailingComma: true });
  const list = child(root, 'ignoreWords');
  if (list?.type === 'array' && (list.children ?? []).some((c) => c.value === word)) return fileText;
  const fmt = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: fileText.includes('\r\n') ? '\r\n' : '\n' } };
  const path = list?.type === 'array' ? ['ignoreWords', -1] : ['ignoreWords'];
  const value = list?.type === 'array' ? word : [word];
  return applyEdits(fileText, modify(fileText, path, value, fmt));
}

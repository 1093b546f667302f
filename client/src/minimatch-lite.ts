// vscode-languageclient matches LSP glob patterns (document-selector patterns, file-operation
// filters) with the minimatch package, which brought 28 KB (with brace-expansion) into
// dist/extension.js. esbuild.mjs resolves its import here: the LSP 3.17 glob syntax (`*`, `?`,
// `**`, `{a,b}`, `[a-z]`, `[!a-z]`) with the two options the client passes (dot, nocase; noext
// is what it gets anyway). test/minimatch-lite.test.ts checks it against the real package.

export interface Options {
  dot?: boolean;
  nocase?: boolean;
  noext?: boolean;
}

/** A `**` segment of a pattern. */
const GLOBSTAR = Symbol('globstar');
type Segment = RegExp | string | typeof GLOBSTAR;

export class Minimatch {
  /** One segment list per alternative of the pattern's braces; false when the pattern is invalid. */
  private readonly set: Segment[][] | false;

  constructor(
    readonly pattern: string,
    readonly options: Options = {},
  ) {
    const set: Segment[][] = [];
    for (const alternative of expandBraces(pattern)) {
      const segments = compile(alternative, options);
      if (!segments) {
        this.set = false;
        return;
      }
      set.push(segments);
    }
    this.set = set;
  }

  /** The pattern as one regular expression (only its truthiness is read), or false when it can match nothing. */
  makeRe(): RegExp | false {
    return this.set ? new RegExp(this.pattern.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&')) : false;
  }

  match(path: string): boolean {
    if (!this.set) return false;
    // Repeated slashes count as one; a leading one leaves an empty first segment, as in minimatch.
    const file = path.split('/').filter((x, i, all) => x !== '' || i === 0 || i === all.length - 1);
    return this.set.some((segments) => matchFrom(file, 0, segments, 0, this.options));
  }
}

/** Segment by segment, as minimatch's matchOne: `**` swallows whole segments, never a dotted one without `dot`. */
function matchFrom(file: string[], fi: number, pattern: Segment[], pi: number, options: Options): boolean {
  for (; fi < file.length && pi < pattern.length; fi++, pi++) {
    const p = pattern[pi];
    const f = file[fi];
    if (p === GLOBSTAR) {
      const hidden = (x: string) => x === '.' || x === '..' || (!options.dot && x[0] === '.');
      if (pi === pattern.length - 1) {
        for (; fi < file.length; fi++) if (hidden(file[fi])) return false;
        return true;
      }
      for (let fr = fi; fr < file.length; fr++) {
        if (matchFrom(file, fr, pattern, pi + 1, options)) return true;
        if (hidden(file[fr])) return false;
      }
      return false;
    }
    if (typeof p === 'string' ? (options.nocase ? p.toLowerCase() !== f.toLowerCase() : p !== f) : !p.test(f)) return false;
  }
  if (pi === pattern.length) return fi === file.length || (fi === file.length - 1 && file[fi] === '');
  return false;
}

/** «a/{b,c/d}/e» → «a/b/e», «a/c/d/e» (brace-expansion's alternatives; a brace without a comma stays literal). */
function expandBraces(pattern: string): string[] {
  for (let open = pattern.indexOf('{'); open >= 0; open = pattern.indexOf('{', open + 1)) {
    let depth = 0;
    const cuts: number[] = [];
    let close = -1;
    for (let i = open; i < pattern.length && close < 0; i++) {
      const c = pattern[i];
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) close = i;
      else if (c === ',' && depth === 1) cuts.push(i);
    }
    if (close < 0) return [pattern];
    if (!cuts.length) continue;
    const head = pattern.slice(0, open);
    const tail = pattern.slice(close + 1);
    const bounds = [open, ...cuts, close];
    const out: string[] = [];
    for (let k = 0; k + 1 < bounds.length; k++) out.push(...expandBraces(head + pattern.slice(bounds[k] + 1, bounds[k + 1]) + tail));
    return out;
  }
  return [pattern];
}

export function minimatch(path: string, pattern: string, options: Options = {}): boolean {
  return new Minimatch(pattern, options).match(path);
}

function compile(pattern: string, options: Options): Segment[] | false {
  if (pattern === '') return false;
  const out: Segment[] = [];
  for (const seg of pattern.split(/\/+/)) {
    if (seg === '**') {
      if (out[out.length - 1] !== GLOBSTAR) out.push(GLOBSTAR);
      continue;
    }
    if (!/[*?[]/.test(seg)) {
      out.push(seg);
      continue;
    }
    try {
      out.push(new RegExp(`^${segmentSource(seg, options)}$`, options.nocase ? 'i' : ''));
    } catch {
      return false;
    }
  }
  return out;
}

/** One path segment's pattern as regular-expression source. */
function segmentSource(seg: string, options: Options): string {
  // A wildcard at the very start of a segment does not match a leading dot without `dot`, and a
  // lone `*` needs one character at least.
  let out = (!options.dot && '*?['.includes(seg[0]) ? '(?!\\.)' : '') + (seg[0] === '*' ? '(?=.)' : '');
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === '*') {
      while (seg[i + 1] === '*') i++;
      out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = seg.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
        continue;
      }
      let body = seg.slice(i + 1, close);
      const negated = body[0] === '!' || body[0] === '^';
      if (negated) body = body.slice(1);
      out += `[${negated ? '^/' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
      i = close;
    } else out += c.replace(/[.+^$()|\\{}]/g, '\\$&');
  }
  return out;
}

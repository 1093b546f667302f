/**
 * Ranges of a Markdown document that are not prose and must never be linted: front matter,
 * fenced code, code spans, link targets, autolinks, HTML tags and comments, reference
 * definitions. Returned as a sorted flat list [start0, end0, start1, end1, ...].
 */
export function markdownProtectedRanges(text: string): number[] {
  const ranges: number[] = [];
  const add = (s: number, e: number) => {
    if (e <= s) return;
    const last = ranges.length - 1;
    if (last > 0 && s <= ranges[last]) {
      if (e > ranges[last]) ranges[last] = e;
      return;
    }
    ranges.push(s, e);
  };

  let pos = 0;
  if (text.startsWith('---\n') || text.startsWith('---\r\n')) {
    const close = /^(?:---|\.\.\.)[ \t]*$/m;
    close.lastIndex = 0;
    const rest = text.indexOf('\n') + 1;
    const m = close.exec(text.slice(rest));
    if (m) {
      pos = rest + m.index + m[0].length;
      add(0, pos);
    }
  }

  // Block level: fenced code, line by line but only where a fence can start.
  const fence = /^ {0,3}(`{3,}|~{3,})[^\n]*$/gm;
  const blockRanges: number[] = [];
  fence.lastIndex = pos;
  for (let m = fence.exec(text); m; m = fence.exec(text)) {
    const marker = m[1];
    if (marker[0] === '`' && m[0].slice(m[0].indexOf(marker) + marker.length).includes('`')) continue;
    const closeRe = new RegExp('^ {0,3}' + (marker[0] === '`' ? '`' : '~') + '{' + marker.length + ',}[ \\t]*$', 'gm');
    closeRe.lastIndex = m.index + m[0].length;
    const c = closeRe.exec(text);
    const e = c ? c.index + c[0].length : text.length;
    blockRanges.push(m.index, e);
    fence.lastIndex = e;
  }

  // Inline: scanned outside the fenced blocks only.
  const inline = /<!--[\s\S]*?-->|``[^\n]*?``|`[^`\n]+`|\]\([^)\n]*\)|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?\/?>|<(?:https?|mailto|ftp):[^<>\s]*>|^ {0,3}\[[^\]\n]+\]:[ \t]*\S+[^\n]*$/gm;
  let b = 0;
  let cursor = pos;
  const scanInline = (from: number, to: number) => {
    inline.lastIndex = from;
    for (let m = inline.exec(text); m && m.index < to; m = inline.exec(text)) {
      let s = m.index;
      // Keep the "]" of a link: only the target inside (...) is protected.
      if (m[0].startsWith('](')) s += 1;
      add(s, Math.min(m.index + m[0].length, to));
    }
  };
  while (b < blockRanges.length) {
    scanInline(cursor, blockRanges[b]);
    add(blockRanges[b], blockRanges[b + 1]);
    cursor = blockRanges[b + 1];
    b += 2;
  }
  scanInline(cursor, text.length);
  return ranges;
}

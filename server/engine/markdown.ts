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
  // [^\r\n]: a line ends at CR too, and a range must not split a CRLF.
  const fence = /^ {0,3}(`{3,}|~{3,})[^\r\n]*$/gm;
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
  // Comments and link targets are closed by hand (see stopAfter): as lazy regexes they
  // rescan to the end of the text (or line) from every unclosed "<!--" or "](".
  const inline = /<!--|``[^\n]*?``|`[^`\n]+`|\]\(|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?\/?>|<(?:https?|mailto|ftp):[^<>\s]*>|^ {0,3}\[[^\]\r\n]+\]:[ \t]*\S+[^\r\n]*$/gm;
  const commentStop = stopAfter((from) => {
    const i = text.indexOf('-->', from);
    return i < 0 ? text.length : i;
  });
  const targetStop = stopAfter((from) => {
    let p = from;
    while (p < text.length && text.charCodeAt(p) !== 0x29 && text.charCodeAt(p) !== 0x0a) p++;
    return p;
  });
  let b = 0;
  let cursor = pos;
  const scanInline = (from: number, to: number) => {
    inline.lastIndex = from;
    for (let m = inline.exec(text); m && m.index < to; m = inline.exec(text)) {
      let s = m.index;
      let e = m.index + m[0].length;
      if (m[0] === '<!--' || m[0] === '](') {
        const isComment = m[0] === '<!--';
        const stop = isComment ? commentStop(e) : targetStop(e);
        const close = stop < text.length && (isComment || text.charCodeAt(stop) === 0x29) ? stop : -1;
        if (close < 0) {
          inline.lastIndex = m.index + 1;
          continue;
        }
        e = close + (isComment ? 3 : 1);
        inline.lastIndex = e;
        // Keep the "]" of a link: only the target inside (...) is protected.
        if (m[0] === '](') s += 1;
      }
      add(s, Math.min(e, to));
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

/**
 * Memoizes "where the scan for a closing mark stops, from `from` on" for forward-moving
 * queries: an earlier answer still holds while it lies at or after the new start.
 */
function stopAfter(find: (from: number) => number): (from: number) => number {
  let askedFrom = -1;
  let stop = -1;
  return (from) => {
    if (askedFrom < 0 || askedFrom > from || stop < from) {
      askedFrom = from;
      stop = find(from);
    }
    return stop;
  };
}

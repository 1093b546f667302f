// Checks server/engine/data/press-phrases.txt (pdf-run-together's two-word press phrases):
//   node out/scripts/check-phrases.js [--write]
// Each phrase must be two words whose glued form the §6 lexicon does not know as a word (run
// gen-pdf-lexicon first: it drops the phrases' glued forms from the lexicon) and which
// PdfLexicon.runSplit splits back into exactly those two words. Phrases whose glued form the
// spelling dictionary lists are printed for review (a listed glued form may be a compound).
// With --write, the phrases that fail are dropped from the file (its comment lines kept).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fold } from '../server/engine/chars';
import { pdfLexicon } from '../server/engine/morphology/segment';
import { foldedHash } from '../server/engine/tokenize';
import { readTrie } from './cspell-trie';

const ROOT = [resolve(__dirname, '..', '..'), resolve(__dirname, '..'), process.cwd()].find((d) => existsSync(join(d, 'package.json')))!;
const FILE = join(ROOT, 'server', 'engine', 'data', 'press-phrases.txt');
const TRIE = join(ROOT, 'node_modules', '@cspell', 'dict-fa-ir', 'fa-IR.trie.gz');

function main(): void {
  const dict = new Set(readTrie(gunzipSync(readFileSync(TRIE)).toString('utf8')));
  const lexicon = pdfLexicon();
  const lines = readFileSync(FILE, 'utf8').split('\n');
  const out: string[] = [];
  const seen = new Set<string>();
  const failures: string[] = [];
  const review: string[] = [];
  for (const line of lines) {
    if (line.startsWith('#') || !line.trim()) {
      if (line.startsWith('#')) out.push(line);
      continue;
    }
    const phrase = line.trim().replace(/\s+/g, ' ');
    const words = phrase.split(' ').map(fold);
    const glued = words.join('');
    let why = '';
    if (words.length !== 2) why = 'not two words';
    else if (seen.has(glued)) why = 'duplicate';
    else if (lexicon.known(glued) || lexicon.hasWord(foldedHash(glued))) why = 'glued, a known word';
    else {
      if (dict.has(glued)) review.push(phrase);
      const split = lexicon.runSplit(glued);
      if (!split || split.pieces.join(' ') !== words.join(' ')) why = `splits as ${split ? split.pieces.join(' + ') : 'nothing'}`;
    }
    seen.add(glued);
    if (why) failures.push(`${phrase}: ${why}`);
    else out.push(phrase);
  }
  console.log(`${out.filter((l) => !l.startsWith('#')).length} phrases pass, ${failures.length} fail`);
  for (const f of failures) console.log(`  ${f}`);
  if (review.length) console.log(`glued forms the dictionary lists (review): ${review.join('، ')}`);
  if (process.argv.includes('--write')) writeFileSync(FILE, out.join('\n') + '\n');
  else if (failures.length) process.exitCode = 1;
}

main();

// Markdown suppression comments and the edit that inserts one.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { IncrementalLinter, lint } from '../server/engine/index';
import { applyEdits } from '../server/engine/fixes';
import { disableNextLineEdit, parseDirectives } from '../server/engine/suppressions';

const md = (text: string) => lint(text, { languageId: 'markdown' });
/** "rule@line" for every finding, lines 1-based. */
const where = (text: string, findings = md(text)) =>
  findings.map((f) => `${f.rule}@${text.slice(0, f.start).split('\n').length}`).sort();

// Line 1 has an Arabic kaf (arabic-letters) and an Arabic-Indic digit (arabic-digits).
const BAD = 'كتاب ٣ جلد';

describe('suppressions', () => {
  it('the sample line has both findings without comments', () => {
    assert.deepEqual(where(BAD), ['arabic-digits@1', 'arabic-letters@1']);
  });

  it('disable-next-line RULE silences that rule on the next line only', () => {
    const text = `<!-- persian-qa-disable-next-line arabic-letters -->\n${BAD}\n${BAD}`;
    assert.deepEqual(where(text), ['arabic-digits@2', 'arabic-digits@3', 'arabic-letters@3']);
  });

  it('disable-next-line without a rule silences every rule on the next line', () => {
    const text = `<!-- persian-qa-disable-next-line -->\n${BAD}\n${BAD}`;
    assert.deepEqual(where(text), ['arabic-digits@3', 'arabic-letters@3']);
  });

  it('several rules, separated by commas or spaces', () => {
    for (const list of ['arabic-letters,arabic-digits', 'arabic-letters arabic-digits', 'arabic-letters, arabic-digits']) {
      const text = `<!-- persian-qa-disable-next-line ${list} -->\n${BAD}`;
      assert.deepEqual(where(text), [], list);
    }
  });

  it('a family name stands for its rules', () => {
    const text = `<!-- persian-qa-disable-next-line letters -->\n${BAD}`;
    assert.deepEqual(where(text), []);
  });

  it('disable … enable covers the lines between', () => {
    const text = `${BAD}\n<!-- persian-qa-disable arabic-digits -->\n${BAD}\n${BAD}\n<!-- persian-qa-enable arabic-digits -->\n${BAD}`;
    assert.deepEqual(where(text), ['arabic-digits@1', 'arabic-digits@6', 'arabic-letters@1', 'arabic-letters@3', 'arabic-letters@4', 'arabic-letters@6']);
  });

  it('disable without rules, then enable one rule: only that one comes back', () => {
    const text = `<!-- persian-qa-disable -->\n${BAD}\n<!-- persian-qa-enable arabic-letters -->\n${BAD}\n<!-- persian-qa-enable -->\n${BAD}`;
    assert.deepEqual(where(text), ['arabic-digits@6', 'arabic-letters@4', 'arabic-letters@6']);
  });

  it('disable without enable runs to the end of the document', () => {
    const text = `${BAD}\n<!-- persian-qa-disable arabic-letters -->\n${BAD}\n\n${BAD}`;
    assert.deepEqual(where(text), ['arabic-digits@1', 'arabic-digits@3', 'arabic-digits@5', 'arabic-letters@1']);
  });

  it('disable-line covers the comment\'s own line', () => {
    const text = `${BAD} <!-- persian-qa-disable-line arabic-digits -->\n${BAD}`;
    assert.deepEqual(where(text), ['arabic-digits@2', 'arabic-letters@1', 'arabic-letters@2']);
  });

  it('plain text has no comments: nothing is suppressed', () => {
    const text = `<!-- persian-qa-disable-next-line -->\n${BAD}`;
    assert.equal(lint(text, { languageId: 'plaintext' }).filter((f) => f.rule === 'arabic-letters').length, 1);
  });

  it('a comment shown inside fenced code is not a directive', () => {
    const text = '```\n<!-- persian-qa-disable -->\n```\n' + BAD;
    assert.deepEqual(parseDirectives(text, [0, text.indexOf(BAD) - 1]), []);
    assert.deepEqual(where(text), ['arabic-digits@4', 'arabic-letters@4']);
  });

  it('look-alike comments are not directives', () => {
    const text = `<!-- persian-qa-disabled -->\n${BAD}\n<!-- persian-qa-disable-next-lines -->\n${BAD}`;
    assert.equal(md(text).length, 4);
  });

  it('incremental lint applies the same suppressions', () => {
    const text = `${BAD}\n<!-- persian-qa-disable-next-line arabic-letters -->\n${BAD}`;
    const inc = new IncrementalLinter(text, { languageId: 'markdown' });
    assert.deepEqual(where(text, inc.findings), where(text));
    const next = text + `\n${BAD}`;
    assert.deepEqual(where(next, inc.update(next)), where(next));
    assert.ok(where(next).includes('arabic-letters@4'));
  });
});

describe('disableNextLineEdit', () => {
  const silenced = (text: string, rule: string) => {
    const f = md(text).find((x) => x.rule === rule)!;
    const out = applyEdits(text, [disableNextLineEdit(text, f.start, rule)]);
    return { out, left: md(out).filter((x) => x.rule === rule).length };
  };

  it('above a paragraph: a comment line of its own', () => {
    const text = `# عنوان\n\n${BAD}\n`;
    const { out, left } = silenced(text, 'arabic-letters');
    assert.equal(out, `# عنوان\n\n<!-- persian-qa-disable-next-line arabic-letters -->\n${BAD}\n`);
    assert.equal(left, 0);
  });

  it('at the start of the document', () => {
    const { out, left } = silenced(BAD, 'arabic-digits');
    assert.equal(out, `<!-- persian-qa-disable-next-line arabic-digits -->\n${BAD}`);
    assert.equal(left, 0);
  });

  it('in the middle of a paragraph: at the end of the previous line, so the paragraph stays whole', () => {
    const text = `متن درست\n${BAD}`;
    const { out, left } = silenced(text, 'arabic-letters');
    assert.equal(out, `متن درست <!-- persian-qa-disable-next-line arabic-letters -->\n${BAD}`);
    assert.equal(left, 0);
    assert.equal(md(out).filter((x) => x.rule === 'arabic-digits').length, 1, 'other rules still report');
  });

  it('keeps a hard line break (two trailing spaces) of the previous line', () => {
    const text = `متن درست  \n${BAD}`;
    const { out, left } = silenced(text, 'arabic-letters');
    assert.equal(out, `متن درست <!-- persian-qa-disable-next-line arabic-letters -->  \n${BAD}`);
    assert.equal(left, 0);
  });

  it('keeps the indentation and CRLF line ends', () => {
    const text = `- فهرست\r\n\r\n  ${BAD}\r\n`;
    const { out, left } = silenced(text, 'arabic-letters');
    assert.equal(out, `- فهرست\r\n\r\n  <!-- persian-qa-disable-next-line arabic-letters -->\r\n  ${BAD}\r\n`);
    assert.equal(left, 0);
  });
});

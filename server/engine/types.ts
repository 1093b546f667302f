/** Text in both languages the product speaks; Persian is the default. */
export interface Msg {
  fa: string;
  en: string;
}

export type Locale = 'fa' | 'en';
export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type Family =
  | 'letters'
  | 'zwnj'
  | 'honorifics'
  | 'titles'
  | 'punctuation'
  | 'pdf'
  | 'house-style';
/** fix: applied by fix-all; suggest: offered, applied only with `unsafe`; none: report only. */
export type Fixability = 'fix' | 'suggest' | 'none';

/** A replacement of text[start, end) by newText; offsets are UTF-16 code units. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: Msg;
  edits: TextEdit[];
  /** Safe fixes are applied by fix-all without reading; unsafe ones are suggestions. */
  safe: boolean;
  /**
   * A choice the house style leaves to the editor (e.g. which blessing style a mixed article
   * converges on): offered as a quick fix only, never applied by fix-all, not even `unsafe`.
   */
  manual?: boolean;
}

export interface RelatedLocation {
  start: number;
  end: number;
  message: Msg;
}

export interface Finding {
  rule: string;
  family: Family;
  severity: Severity;
  message: Msg;
  start: number;
  end: number;
  /** Read-only: a finding with one fix of one edit makes these objects on each read (context.ts). */
  readonly fixes: Fix[];
  related?: RelatedLocation[];
}

export interface RuleMeta {
  id: string;
  family: Family;
  severity: Severity;
  fixable: Fixability;
  /** STYLE.md section the rule implements, e.g. "§1". */
  section: string;
  title: Msg;
  description: Msg;
  /**
   * 'line' (default): findings depend only on the line itself, so an edited document re-runs
   * the rule on the edited lines alone. 'document': the rule compares lines (consistency) and
   * runs on the whole document.
   */
  scope?: 'line' | 'document';
}

/** A RuleTester-style case: `output` is the text after fix (with suggestions when `unsafe`). */
export interface InvalidCase {
  text: string;
  output: string;
  /** Number of findings of this rule expected; defaults to at least one. */
  errors?: number;
  unsafe?: boolean;
  markdown?: boolean;
  /** Rule options to lint with. */
  options?: Record<string, unknown>;
}

export interface ValidCase {
  text: string;
  markdown?: boolean;
  options?: Record<string, unknown>;
}

export interface RuleTests {
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: import('./context').RuleContext): void;
  tests: RuleTests;
}

// Lines the in-host suite sends through the browser console to the launcher, which prints only
// tagged lines (the workbench's own logs share that console).
export const TAG = '[persian-qa-e2e] ';
/** `SHOT name`: the launcher takes a screenshot, then writes `<E2E_ARTIFACTS>/name.done`. */
export const SHOT = 'SHOT ';
/** `RESULT {"passed":n,"failed":m}`: the suite's totals (also written to E2E_RESULT_FILE). */
export const RESULT = 'RESULT ';
/**
 * `QUERY {json Query}`: the launcher hovers or clicks an element of the workbench, then writes the
 * inner text (or an attribute, or outerHTML) of every element matching `read` to `<E2E_ARTIFACTS>/<name>.json` as
 * `{texts: string[], error?: string}`.
 */
export const QUERY = 'QUERY ';
export interface Query {
  name: string;
  hover?: string;
  click?: string;
  read: string;
  /** This attribute's value instead of inner text (e.g. aria-label). */
  attribute?: string;
  /** outerHTML instead of inner text (for finding selectors). */
  html?: boolean;
}

/** Where each rule's documentation page lives; the one place to change when the docs move. */
export const RULE_DOCS_BASE = 'https://github.com/persian-qa/persian-qa/blob/main/docs/rules/';

export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE}${encodeURIComponent(ruleId)}.md`;
}

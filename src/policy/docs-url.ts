/** Where each rule's documentation page lives. */
export const DOCS_BASE = "https://github.com/msglint/msglint/blob/main/docs/rules/";

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}

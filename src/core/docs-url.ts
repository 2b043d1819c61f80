// Where each rule's documentation page lives (docs/rules/<id>.md in the repository).
export const DOCS_BASE_URL = 'https://github.com/bulletproof-resume/bulletproof/blob/main/docs/rules/';

export function ruleDocsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}

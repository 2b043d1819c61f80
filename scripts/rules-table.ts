// Writes the README's rules reference from the rule registry, between the markers
// <!-- rules:start --> and <!-- rules:end -->. `npm run docs` runs it; a test checks it is current.
import { readFileSync, writeFileSync } from 'node:fs';
import { RULES } from '../src/core/rules';

export function rulesTable(): string {
  const rows = RULES.map(
    (r) => `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.category} | ${r.defaultSeverity} | ${r.fixable ? 'yes' : ''} | ${r.description.replace(/\|/g, '\\|')} |`,
  );
  return ['| rule | category | default | fix | what it flags |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

export function withRulesTable(readme: string): string {
  return readme.replace(/(<!-- rules:start -->)[\s\S]*?(<!-- rules:end -->)/, `$1\n${rulesTable()}\n$2`);
}

if (require.main === module) {
  const path = new URL('../README.md', `file://${__filename}`).pathname;
  writeFileSync(path, withRulesTable(readFileSync(path, 'utf8')));
}

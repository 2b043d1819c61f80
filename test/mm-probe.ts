import { missingMetric } from '../src/core/rules/missing-metric';
import { findingsOf } from './helpers/rule-tester';
const lines = process.argv.slice(2);
for (const l of lines) {
  const text = `## Experience\n\n### Engineer, Acme — Jan 2024 – Present\n\n- ${l}\n`;
  const f = findingsOf(missingMetric, text);
  console.log(l, '=>', f.map((x) => x.message).join(' | ') || '(none)');
}

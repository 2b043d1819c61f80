// SARIF 2.1.0 for GitHub code scanning: one run, the rules that fired as reportingDescriptors.
import type { FileReport } from './stylish';
import { getRule } from '../../core/rules';

const LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

export function formatSarif(reports: FileReport[], version: string): string {
  const ruleIds = [...new Set(reports.flatMap((r) => r.findings.map((f) => f.ruleId)))].sort();
  const rules = ruleIds.map((id) => {
    const rule = getRule(id);
    const url = reports.flatMap((r) => r.findings).find((f) => f.ruleId === id)?.url;
    return {
      id,
      name: id,
      shortDescription: { text: rule?.description ?? id },
      ...(rule ? { fullDescription: { text: rule.docs.why } } : {}),
      ...(url ? { helpUri: url } : {}),
      properties: { category: rule?.category ?? 'markdown' },
    };
  });
  const results = reports.flatMap((r) =>
    r.findings.map((f) => ({
      ruleId: f.ruleId,
      ruleIndex: ruleIds.indexOf(f.ruleId),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: r.file.replace(/\\/g, '/'), uriBaseId: '%SRCROOT%' },
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
          },
        },
      ],
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Bulletproof', informationUri: 'https://github.com/bulletproof-resume/bulletproof', version, rules } },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

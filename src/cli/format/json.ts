// Machine output: one flat array of findings, each with its file.
import type { FileReport } from './stylish';

export function formatJson(reports: FileReport[]): string {
  return JSON.stringify(reports.flatMap((r) => r.findings.map((f) => ({ file: r.file, ...f }))), null, 2) + '\n';
}

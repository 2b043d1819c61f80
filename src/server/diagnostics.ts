// Findings → LSP diagnostics, plus the two diagnostics the server makes itself (too large, config errors).
import { Diagnostic, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigError } from '../core/config';
import type { Finding, Severity } from '../core/types';
import { DIAGNOSTIC_SOURCE } from './protocol';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries back to code actions, so they need not guess which finding it was. */
export interface DiagnosticData {
  category: Finding['category'];
  fixable: boolean;
}

export function findingToDiagnostic(finding: Finding, doc: TextDocument): Diagnostic {
  const diagnostic: Diagnostic = {
    range: { start: doc.positionAt(finding.range.start), end: doc.positionAt(finding.range.end) },
    severity: SEVERITY[finding.severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.ruleId,
    message: finding.message,
    data: { category: finding.category, fixable: finding.fixes.length > 0 } satisfies DiagnosticData,
  };
  if (finding.url) diagnostic.codeDescription = { href: finding.url };
  if (finding.unnecessary) diagnostic.tags = [DiagnosticTag.Unnecessary];
  return diagnostic;
}

export const TOO_LARGE_CODE = 'file-too-large';

export function tooLargeDiagnostic(size: number, limit: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code: TOO_LARGE_CODE,
    message: `File too large to lint: ${size} bytes is over the ${limit}-byte limit (setting "maxFileSize").`,
  };
}

export function tooComplexDiagnostic(delimiters: number, limit: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code: TOO_LARGE_CODE,
    message: `File too complex to lint: ${delimiters} emphasis and link delimiters (*, _, [) is over the limit of ${limit}; Markdown parsing would stall the editor.`,
  };
}

export const CONFIG_ERROR_CODE = 'config';

export function configErrorDiagnostics(errors: readonly ConfigError[], doc: TextDocument): Diagnostic[] {
  return errors.map((e) => ({
    range: { start: doc.positionAt(e.range.start), end: doc.positionAt(e.range.end) },
    severity: DiagnosticSeverity.Error,
    source: DIAGNOSTIC_SOURCE,
    code: CONFIG_ERROR_CODE,
    message: e.message,
  }));
}

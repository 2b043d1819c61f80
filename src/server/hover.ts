// Hover on a flagged range: what the rule checks, why a reader cares, a bad and a good example.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintResult } from '../core/lint';
import type { Finding } from '../core/types';
import { TextShift } from './stale-offsets';
import type { RuleInfo } from './lint-backend';

/** `result` may be of an older version than `doc` (the last lint result): findings are mapped to the text as it is now.
 * `rules`: documentation by rule id, from the lint backend (the main thread loads no rule code). */
export function hoverAt(doc: TextDocument, result: LintResult, position: Position, rules: ReadonlyMap<string, RuleInfo>): Hover | null {
  const shift = new TextShift(result.document.text, doc.getText());
  const offset = doc.offsetAt(position);
  // A finding whose text was edited since its lint is dropped: its range no longer says what it did.
  const moved = result.findings.flatMap((f) => {
    const start = shift.toCurrent(f.range.start);
    const end = shift.toCurrent(f.range.end);
    return start === undefined || end === undefined ? [] : [{ ...f, range: { ...f.range, start, end } }];
  });
  const here = moved.filter((f) => f.range.start <= offset && offset <= f.range.end && f.range.start < f.range.end);
  if (!here.length) return null;
  // One section per rule: a bullet with three filler words needs the explanation once.
  const seen = new Set<string>();
  const sections = here.filter((f) => !seen.has(f.ruleId) && seen.add(f.ruleId)).map((f) => explain(f, rules.get(f.ruleId)));
  const start = Math.min(...here.map((f) => f.range.start));
  const end = Math.max(...here.map((f) => f.range.end));
  return {
    contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') },
    range: { start: doc.positionAt(start), end: doc.positionAt(end) },
  };
}

export function explain(finding: Finding, rule: RuleInfo | undefined): string {
  const out = [`**${finding.ruleId}**${rule ? ` — ${escape(rule.description)}` : ''}`];
  if (rule) {
    out.push(escape(rule.docs.why));
    out.push(`✗ Bad: *${escape(rule.docs.bad)}*  \n✓ Good: *${escape(rule.docs.good)}*`);
  } else {
    out.push(escape(finding.message));
  }
  if (finding.url) out.push(`[Rule documentation](${finding.url})`);
  return out.join('\n\n');
}

/** Example bullets are plain text; keep Markdown characters in them literal. */
function escape(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
}

// A readable trace of one verdict, for `bulletproof lint --explain`: the probability against the
// threshold, then the features that pushed hardest each way, with their weights and the words they fired on.
import type { Verdict } from './judge';

/** One feature's share in a verdict, for display. */
export interface ExplainedFeature {
  feature: string;
  weight: number;
  amount: number;
  words?: string;
}

export function explainedFeatures(text: string, verdict: Verdict, limit = 6): { toward: ExplainedFeature[]; against: ExplainedFeature[] } {
  const shown = (c: Verdict['contributions'][number]): ExplainedFeature => ({
    feature: c.feature.name,
    weight: c.weight,
    amount: c.amount,
    words: c.feature.span ? text.slice(c.feature.span.start, c.feature.span.end) : undefined,
  });
  return {
    toward: verdict.contributions.filter((c) => c.amount > 0).slice(0, limit).map(shown),
    against: verdict.contributions.filter((c) => c.amount < 0).reverse().slice(0, limit).map(shown),
  };
}

const signed = (x: number) => (x >= 0 ? '+' : '') + x.toFixed(2);

/** Lines (no trailing newline) explaining the verdict on `text`. */
export function explainVerdict(text: string, verdict: Verdict): string[] {
  const head = verdict.decisive
    ? `vague (${verdict.reason}): decided by ${verdict.decisive.name} (p = ${verdict.probability.toFixed(2)}, threshold ${verdict.threshold})`
    : verdict.vague
    ? `vague (${verdict.reason}): p = ${verdict.probability.toFixed(2)} ≥ threshold ${verdict.threshold}`
    : `not vague: p = ${verdict.probability.toFixed(2)} < threshold ${verdict.threshold}`;
  const lines = [head];
  if (verdict.spans.length) lines.push(`  words: ${verdict.spans.map((s) => `"${s.text}"`).join(', ')}`);
  const { toward, against } = explainedFeatures(text, verdict);
  const row = (f: ExplainedFeature) => `    ${signed(f.amount).padStart(6)}  ${f.feature}${f.words ? `  "${f.words}"` : ''}`;
  if (toward.length) lines.push('  toward vague:', ...toward.map(row));
  if (against.length) lines.push('  toward specific:', ...against.map(row));
  return lines;
}

// Is a candidate bullet of a work-like section an accomplishment or description a reader takes as a
// bullet, or a line that only looks like one (a role title, a skills or course list, a pointer to a
// portfolio)? A logistic regression over the line's shape (line-features.ts), trained by
// `npm run train:lines` on the hand-checked corpus resumes and cross-validated by resume.
import shipped from './line-model.json';

export interface LineModel {
  bias: number;
  weights: Record<string, number>;
  /** Candidates scoring below this are not bullets. */
  threshold: number;
}

export const LINE_MODEL: LineModel = { bias: shipped.bias, weights: shipped.weights as Record<string, number>, threshold: shipped.threshold };

/**
 * The off switch. Off: in leave-one-resume-out CV on the 24 corpus resumes the model did not beat the
 * hand-written line shapes (see docs/layouts.md, "Bullets and non-bullets"), so the rules decide alone
 * and line-model.json ships empty. `npm run train:lines -- DIR --write` writes a model; turn this on
 * only when its CV figure beats the rules on more resumes than these.
 */
export const CLASSIFY_LINES: boolean = false;
export const ACCOMPLISHMENT_THRESHOLD = LINE_MODEL.threshold;

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Probability that the candidate is a bullet a reader would judge (0–1). */
export function accomplishmentScore(features: ReadonlyMap<string, number>, model: LineModel = LINE_MODEL): number {
  let z = model.bias;
  for (const [k, v] of features) z += (model.weights[k] ?? 0) * v;
  return sigmoid(z);
}

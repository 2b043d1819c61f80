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

/** Off until a model is trained: an empty model keeps every candidate the rules keep. */
export const CLASSIFY_LINES = Object.keys(LINE_MODEL.weights).length > 0;
export const ACCOMPLISHMENT_THRESHOLD = LINE_MODEL.threshold;

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Probability that the candidate is a bullet a reader would judge (0–1). */
export function accomplishmentScore(features: ReadonlyMap<string, number>, model: LineModel = LINE_MODEL): number {
  let z = model.bias;
  for (const [k, v] of features) z += (model.weights[k] ?? 0) * v;
  return sigmoid(z);
}

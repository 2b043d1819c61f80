// Vague-bullet judgement: features of a bullet (features.ts), a logistic-regression model trained on
// the labeled corpus (model.json, `npm run train`), the verdict with the words behind it (judge.ts)
// and a readable trace (explain.ts).
export { clearBulletCaches, judgeBullet, verdictOf, SHIPPED_MODEL, type Contribution, type JudgeModel, type VagueReason, type Verdict } from './judge';
export { bulletFeatures, featureVector, type Feature, type FeatureGroup } from './features';
export { explainVerdict, explainedFeatures, type ExplainedFeature } from './explain';

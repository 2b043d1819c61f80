// Bullets whose main object names nothing specific: "Developed new features", "Performed various
// tasks", "Enhanced system performance", lists closed with "etc." or "and more". Whether a bullet is
// vague is the judge's verdict (judge/, a model trained on labeled bullets, reading the object found by
// the shallow parse in nlp/clauses and judged by nlp/specificity); this rule reports the verdicts whose
// reason is the object and underlines the words that weighed most.
import { analysisOf } from '../nlp';
import { verdictOf } from '../judge';
import { findVagueSpans, genericVocabulary, type VagueSpan } from '../nlp/specificity';
import type { Rule, RuleFinding } from '../types';
import { bulletFinding, narrativeBullets } from './util';

function message(why: VagueSpan['why'] | undefined, text: string): string {
  switch (why) {
    case 'open-ending':
      return `"${text}" stands for items you did not name: name the ones that matter and drop the rest.`;
    case 'placeholder':
      return `"${text}" names nothing specific: say which practice, tool or thing you mean.`;
    default:
      return `"${text}" is generic: name the feature, system or deliverable (which one, for whom) or the result it had.`;
  }
}

export const genericObject: Rule = {
  id: 'generic-object',
  category: 'vague',
  defaultSeverity: 'warning',
  description: 'A bullet whose main object is generic ("new features", "various tasks", "solutions", "etc.").',
  docs: {
    why: 'A reader can only picture a contribution when it names its object. "Developed new features" fits every developer who ever lived; "Built offline sync for the Android app" fits you.',
    bad: 'Developed new features and fixed bugs for various customers.',
    good: 'Built CSV export and SSO login for the admin dashboard used by 40 hospital clients.',
  },
  check(doc, { lexicon }) {
    const out: RuleFinding[] = [];
    const vocab = genericVocabulary(lexicon);
    for (const bullet of narrativeBullets(doc)) {
      const verdict = verdictOf(bullet, lexicon);
      if (verdict.reason !== 'generic-object') continue;
      // The parse's generic spans locate the object best; without one, the words the model weighed most.
      type Span = { start: number; end: number; why?: VagueSpan['why'] };
      const spans: Span[] = findVagueSpans(analysisOf(bullet, lexicon), vocab, lexicon.strongVerbs);
      const shown: Span[] = spans.length ? spans : verdict.spans.slice(0, 1);
      for (const s of shown) {
        out.push(bulletFinding(bullet, s.start, s.end, message(s.why, bullet.text.slice(s.start, s.end))));
      }
    }
    return out;
  },
};

// Bullets whose main object names nothing specific: "Developed new features", "Performed various
// tasks", "Enhanced system performance", lists closed with "etc." or "and more". The object is
// found by a shallow parse (nlp/clauses) and judged by nlp/specificity: one named system, technology,
// number or domain noun makes it specific.
import { analysisOf, metricsOf } from '../nlp';
import { findVagueSpans, genericVocabulary, type VagueSpan } from '../nlp/specificity';
import type { Rule, RuleFinding } from '../types';
import { bulletFinding, narrativeBullets } from './util';

function message(span: VagueSpan): string {
  switch (span.why) {
    case 'open-ending':
      return `"${span.text}" stands for items you did not name: name the ones that matter and drop the rest.`;
    case 'placeholder':
      return `"${span.text}" names nothing specific: say which practice, tool or thing you mean.`;
    default:
      return `"${span.text}" is generic: name the feature, system or deliverable (which one, for whom) or the result it had.`;
  }
}

export const genericObject: Rule = {
  id: 'generic-object',
  category: 'vague',
  defaultSeverity: 'warning',
  description: 'A bullet whose main object is generic ("new features", "various tasks", "solutions", "etc.").',
  docs: {
    why: 'A reader can only picture a contribution when it names its object. "Developed new features" fits every developer who ever lived; "Built offline sync for the Android app" fits you.',
    bad: 'Developed new features and resolved bugs for various clients.',
    good: 'Built CSV export and SSO login for the admin dashboard used by 40 hospital clients.',
  },
  check(doc, { lexicon }) {
    const out: RuleFinding[] = [];
    const vocab = genericVocabulary(lexicon);
    for (const bullet of narrativeBullets(doc)) {
      const a = analysisOf(bullet, lexicon);
      for (const span of findVagueSpans(a, vocab, metricsOf(bullet).length > 0, lexicon.strongVerbs)) {
        out.push(bulletFinding(bullet, span.start, span.end, message(span)));
      }
    }
    return out;
  },
};

// A parenthesis right after a named product lists what is done with it, not further skills:
// "Strong SQL skills (joins, window functions, CTEs)", "Excel (lookups, pivot tables)", "Minitab or
// JMP (capability studies, hypothesis tests)". A parenthesis after a category ("a job scheduler
// (Slurm, HTCondor)", "data visualization (Tableau)") or one that names another known product
// ("Python (pandas)", "GIS (ArcGIS, QGIS)") lists members and is read as before.

import { broaderSkills } from '../skills';
import type { OffsetRange } from '../types';
import type { SkillMention } from '../skills/types';
import type { Sentence } from './requirements';

/**
 * Between the product and the parenthesis: nothing, or one name coordinated with it ("or JMP", not
 * the next item of a comma list), and a noun for the ability ("skills", "knowledge").
 */
const GAP = /^(?:\s*(?:\/|\bor\b|\band\b|&)\s*[A-Z][\w.+#-]*)?\s*(?:(?:skills?|knowledge|experience|proficiency)\s*)?$/;

/**
 * A short aside on how the product is used between it and the parenthesis ("SQL without fear (joins,
 * GROUP BY)", "Excel: you build models, not just tables (INDEX/MATCH, pivot tables)"): at most eight
 * words in one clause, none introducing examples of another kind of thing.
 */
function describesUse(gap: string): boolean {
  if (/[.;!?]/.test(gap) || /\b(?:such as|e\.g|including|like|for example|or|and)\b/i.test(gap)) return false;
  // The aside opens a clause of its own (a colon, a preposition, a pronoun): "Templating engines (…)" goes
  // on naming a category, and its parenthesis lists members.
  if (!/^\s*(?::|[—–-]\s|(?:without|with|at|in|to|for|from|on|you|we|that|which|where)\b)/i.test(gap)) return false;
  return gap.trim().split(/\s+/).length <= 8;
}

/** A product's name: its canonical spelling has a capital or a digit ("SQL", "Excel", "Firebase"); "databases" is a category. */
const isProduct = (m: SkillMention) => m.kind === 'hard' && /[A-Z0-9]/.test(m.canonical);

/** The inner text of a parenthesis that follows a named product, with that product's canonical name. */
export type FeatureList = OffsetRange & { product: string };

/** The parentheses of a sentence that follow a named product: ranges of their inner text. */
export function featureLists(sentence: Sentence, mentions: SkillMention[]): FeatureList[] {
  const out: FeatureList[] = [];
  for (const m of sentence.text.matchAll(/\(([^()]{2,240})\)/g)) {
    const open = sentence.start + m.index!;
    // The skill nearest before the parenthesis must be the product: "Kubernetes and Microservices (…)"
    // lists members of "microservices".
    const product = mentions.filter((x) => x.kind === 'hard' && x.end <= open).pop();
    if (!product || !isProduct(product)) continue;
    const gap = sentence.text.slice(product.end - sentence.start, m.index!);
    const inner = { start: open + 1, end: open + 1 + m[1].length, product: product.canonical };
    // A named product inside makes it a list of members ("Python (pandas or PySpark)", "GIS (ArcGIS or
    // QGIS)", "CRM (Salesforce)"): only a list with none is the product's features.
    const members = mentions.some((x) => x.start >= inner.start && x.end <= inner.end && isProduct(x) && x.canonical !== product.canonical);
    if ((GAP.test(gap) || describesUse(gap)) && !members) out.push(inner);
  }
  return out;
}

/**
 * A taxonomy skill inside such a parenthesis names a use of the product only when the taxonomy files
 * it under that product (broaderSkills: "pivot tables" under Excel): "Python (unit testing, data
 * visualization)" or "Docker (container orchestration)" ask for skills of their own, and a name
 * ("pandas", "PySpark", "Firestore") is always one. Names read by shape there ("CTEs") are still
 * features (keywords.ts skips the whole list for phrases).
 */
export function isFeatureOfProduct(m: SkillMention, lists: FeatureList[]): boolean {
  // A practice's words, or its acronym ("CTEs" for common table expressions); not a product's name.
  if (!/^[a-z][a-z-]*(?:\s+[a-z][a-z-]*)+$/.test(m.text) && !/^[A-Z]{2,6}s?$/.test(m.text)) return false;
  return lists.some((r) => m.start >= r.start && m.end <= r.end && (m.canonical === r.product || broaderSkills(m.canonical).includes(r.product)));
}

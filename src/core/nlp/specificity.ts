// Is a phrase specific (a named system, a technology, a number, a concrete thing) or generic
// ("new features", "system performance", "various tasks")? A word counts as specific unless it is a
// function word, a generic noun or modifier, a generic party ("clients", "teams") or a verb: names,
// numbers and domain nouns ("checkout", "billing", "pooling") are what make a phrase specific.

import type { Lexicon } from '../lexicon';
import { ARTIFACT_KINDS, GENERIC_MODIFIERS, GENERIC_PARTIES, OPEN_ENDINGS, PLACEHOLDER_PHRASES, PLACEHOLDER_WORDS } from '../lexicon/generic';
import type { BulletAnalysis, Clause, NounPhrase } from './clauses';
import { bare, type Token } from './tokens';
import { readVerb } from './verbs';
import {
  AUXILIARIES,
  CONJUNCTIONS,
  DETERMINERS,
  ING_NOUNS,
  PREPOSITIONS,
  PRONOUNS,
  SUBORDINATORS,
} from './word-classes';
import { findPhrases } from '../text/words';

/** Nouns that only carry grammar: "through use of", "a variety of", "on a daily basis". */
const LIGHT_NOUNS = ['use', 'usage', 'means', 'way', 'ways', 'part', 'kind', 'kinds', 'type', 'types', 'range', 'variety', 'number', 'set', 'lot', 'lots', 'level', 'levels', 'basis', 'terms', 'order', 'course', 'manner', 'fashion', 'time', 'timely', 'well', 'high', 'etc', 'e.g', 'i.e', 'eg', 'ie', 'across', 'also', 'as', 'necessary', 'needed', 'required', 'possible', 'feedback', 'community', 'communities', 'public', 'remote', 'onsite', 'on-site', 'hybrid', 'in-person', 'processing', 'handling', 'based', 'cycle', 'cycles', 'lifecycle', 'daily', 'day', 'days', 'end', 'ends'];

const LIGHT = new Set(LIGHT_NOUNS);

/** Acronyms that name a department or a discipline, not a system. */
const GENERIC_ACRONYMS = new Set(['it', 'ux', 'ui/ux', 'qa', 'hr', 'r&d', 'ops', 'kpi', 'kpis', 'sla', 'slas', 'okr', 'okrs', 'roi', 'sop', 'sops']);

export interface GenericVocabulary {
  heads: Set<string>;
  nonSpecific: Set<string>;
  quantifiers: string[];
  /** The quantifiers in lower case with a space either side, for matching inside a phrase padded the same way. */
  paddedQuantifiers: string[];
}

let cached: { lexicon: Lexicon; vocab: GenericVocabulary } | undefined;

export function genericVocabulary(lexicon: Lexicon): GenericVocabulary {
  if (cached?.lexicon === lexicon) return cached.vocab;
  const heads = new Set(lexicon.genericNouns.map((w) => w.toLowerCase()));
  const nonSpecific = new Set<string>([
    ...heads, ...GENERIC_MODIFIERS, ...GENERIC_PARTIES, ...ARTIFACT_KINDS, ...LIGHT_NOUNS, ...DETERMINERS, ...PRONOUNS, ...PREPOSITIONS,
    ...CONJUNCTIONS, ...SUBORDINATORS, ...AUXILIARIES, 'of', 'to', 'not', 'more', 'most', 'less', 'very', 'such',
    ...lexicon.vagueQuantifiers.flatMap((q) => q.toLowerCase().split(/\s+/)),
  ]);
  const vocab = { heads, nonSpecific, quantifiers: lexicon.vagueQuantifiers, paddedQuantifiers: lexicon.vagueQuantifiers.map((q) => ' ' + q.toLowerCase() + ' ') };
  cached = { lexicon, vocab };
  return vocab;
}

function variants(w: string): string[] {
  const out = [w];
  if (w.endsWith('ies')) out.push(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s')) out.push(w.slice(0, -1));
  else out.push(w + 's');
  return out;
}

const inSet = (set: Set<string>, w: string) => variants(w).some((v) => set.has(v));

const titleCache = new WeakMap<BulletAnalysis, boolean>();

/** True when the bullet is written In Title Case, so capitals say nothing about names. */
function titleCased(a: BulletAnalysis): boolean {
  let title = titleCache.get(a);
  if (title === undefined) {
    const ws = a.tokens.filter((t) => !t.punct && t.text.length > 3);
    title = ws.length >= 3 && ws.filter((t) => /^\p{Lu}/u.test(t.text)).length / ws.length > 0.7;
    titleCache.set(a, title);
  }
  return title;
}

/**
 * Answers per analysis, by token (1 specific, -1 not, 0 not asked yet): the judge's features and
 * several rules ask about the same tokens of one bullet many times over.
 */
const specificMemo = new WeakMap<BulletAnalysis, { vocab: GenericVocabulary; extraVerbs: readonly string[] | undefined; answers: Int8Array }>();

/** Does token `i` make the phrase around it specific? */
export function isSpecificToken(a: BulletAnalysis, i: number, vocab: GenericVocabulary, extraVerbs?: readonly string[]): boolean {
  let memo = specificMemo.get(a);
  if (!memo || memo.vocab !== vocab || memo.extraVerbs !== extraVerbs) specificMemo.set(a, (memo = { vocab, extraVerbs, answers: new Int8Array(a.tokens.length) }));
  const known = memo.answers[i];
  if (known) return known > 0;
  const specific = computeSpecificToken(a, i, vocab, extraVerbs);
  if (i >= 0 && i < memo.answers.length) memo.answers[i] = specific ? 1 : -1;
  return specific;
}

function computeSpecificToken(a: BulletAnalysis, i: number, vocab: GenericVocabulary, extraVerbs?: readonly string[]): boolean {
  const t: Token = a.tokens[i];
  if (t.punct) return false;
  // A name with a digit ("S3", "GPT-4") is specific; a bare amount ("12", "40%") says how many, not which.
  if (/\d/.test(t.text)) return !/^[~≈±+-]?[$€£¥₹]?[\d.,]+(?:%|\+|[kmb]|x|×)?$/i.test(t.text);
  const lower = bare(t.lower);
  if (GENERIC_ACRONYMS.has(lower)) return false;
  if (/[./+#&]/.test(t.text.replace(/\.$/, '')) || /[+#]$/.test(t.text)) return true;
  // "ad hoc" written apart is the one modifier "ad-hoc": neither word names anything ("ad" alone is an advert).
  const adHoc = (lower === 'ad' && a.tokens[i + 1]?.lower === 'hoc') || (lower === 'hoc' && a.tokens[i - 1]?.lower === 'ad');
  const generic = adHoc || inSet(vocab.nonSpecific, lower);
  if (/\p{Lu}/u.test(t.text) && i !== a.opening && !isSentenceStart(a, i) && !titleCased(a)) {
    // A capital marks a name ("Kafka", "DoD"), unless it only dresses up a generic word ("Data Analysis").
    if (!generic || (t.text === t.text.toUpperCase() && t.text.length > 1)) return lower !== 'i';
  }
  if (generic) return false;
  if (lower.endsWith('ly') && lower.length > 4) return false;
  const v = ING_NOUNS.has(lower) ? undefined : readVerb(lower, extraVerbs);
  if (v) {
    // Verbs carry no specificity, but "calls", "tests" or "the redesign" are nouns here.
    const prev = a.tokens[i - 1]?.lower ?? '';
    if (v.form === 'past' || v.form === 'gerund' || (v.form === 'base' && (prev === 'to' || AUXILIARIES.has(prev) || i === a.opening))) return false;
  }
  return true;
}

function isSentenceStart(a: BulletAnalysis, i: number): boolean {
  const prev = a.tokens[i - 1];
  return !prev || (prev.punct && /^[.!?;:•–—-]$/.test(prev.text));
}

/** A phrase is generic when its head is a generic noun and nothing in it is specific. */
export function isGenericPhrase(a: BulletAnalysis, np: NounPhrase, vocab: GenericVocabulary, extraVerbs?: readonly string[]): boolean {
  const head = a.tokens[np.head];
  // "a high degree of care", "a variety of tasks": the phrase after "of" is the real head.
  if (LIGHT.has(bare(head.lower)) && np.of) {
    return !hasSpecific(a, np.start, np.of.start, vocab, extraVerbs) && isGenericPhrase(a, np.of, vocab, extraVerbs);
  }
  if (!inSet(vocab.heads, bare(head.lower))) return false;
  for (let i = np.start; i < np.end; i++) if (isSpecificToken(a, i, vocab, extraVerbs)) return false;
  if (np.of) return !hasSpecific(a, np.of.start, np.of.end, vocab, extraVerbs);
  return true;
}

export function hasSpecific(a: BulletAnalysis, start: number, end: number, vocab: GenericVocabulary, extraVerbs?: readonly string[]): boolean {
  for (let i = start; i < end; i++) if (isSpecificToken(a, i, vocab, extraVerbs)) return true;
  return false;
}

/** True when every object of the clause is generic and what completes it names nothing specific either. */
export function isGenericClause(a: BulletAnalysis, c: Clause, vocab: GenericVocabulary, extraVerbs?: readonly string[]): boolean {
  if (!c.objects.length) return false;
  if (!c.objects.every((np) => isGenericPhrase(a, np, vocab, extraVerbs))) return false;
  // "components including a code generator and a runtime": the generic noun is named right after it.
  if (namedAfter(a, c, vocab, extraVerbs)) return false;
  // "various features using React": a vague quantifier on the object is not made specific by the tools.
  if (c.objects.some((np) => hasQuantifier(a, np, vocab))) return true;
  return !hasSpecific(a, c.complement.start, c.complement.end, vocab, extraVerbs);
}

/** Words that introduce the members of what was just named: "including", "such as", "like", ":". */
const NAMING = new Set(['including', 'includes', 'like', 'namely', 'e.g', 'e.g.', 'eg', 'incl', ':']);

/** Is the clause's object followed by a list that names its members, with something specific in it? */
export function namedAfter(a: BulletAnalysis, c: Clause, vocab: GenericVocabulary, extraVerbs?: readonly string[]): boolean {
  const last = c.objects[c.objects.length - 1];
  let k = last.end;
  if (a.tokens[k]?.text === ',' || a.tokens[k]?.text === '(') k++;
  const t = a.tokens[k];
  if (!t) return false;
  const naming = NAMING.has(t.lower) || (t.lower === 'such' && a.tokens[k + 1]?.lower === 'as');
  if (!naming) return false;
  const from = t.lower === 'such' ? k + 2 : k + 1;
  let to = from;
  while (to < a.tokens.length && to < from + 12 && !(a.tokens[to].punct && /^[.;)]$/.test(a.tokens[to].text))) to++;
  return hasSpecific(a, from, to, vocab, extraVerbs);
}

export function hasQuantifier(a: BulletAnalysis, np: NounPhrase, vocab: GenericVocabulary): boolean {
  const words = ' ' + a.tokens.slice(np.start, np.end).map((t) => t.lower).join(' ') + ' ';
  return vocab.paddedQuantifiers.some((q) => words.includes(q));
}

export interface VagueSpan {
  start: number;
  end: number;
  text: string;
  why: 'generic-object' | 'open-ending' | 'placeholder';
}

/**
 * The generic parts of a bullet: its main objects when they are generic, open endings ("etc.",
 * "and more") and placeholders ("stuff", "best practices") wherever they stand.
 * A number elsewhere in the bullet does not make a generic object specific ("Fixed bugs across 12
 * modules" still hides which bugs).
 */
export function findVagueSpans(a: BulletAnalysis, vocab: GenericVocabulary, extraVerbs?: readonly string[]): VagueSpan[] {
  const out: VagueSpan[] = [];
  const span = (start: number, end: number, why: VagueSpan['why']) => out.push({ start, end, text: a.text.slice(start, end), why });
  {
    // The bullet's content is generic when at least half of its first sentence's clauses act on
    // something generic: "Added new features and fixed issues", not one aside in a long bullet.
    const main = a.clauses.filter((c) => c.sentence === 0 && c.verbs.length && c.objects.length);
    const generic = main.filter((c) => isGenericClause(a, c, vocab, extraVerbs));
    if (generic.length && generic.length * 2 >= main.length) {
      for (const c of generic) span(a.tokens[c.objects[0].start].start, a.tokens[c.objects[c.objects.length - 1].end - 1].end, 'generic-object');
    }
  }
  for (const m of findPhrases(a.text, OPEN_ENDINGS)) {
    let end = m.end;
    if (m.phrase === 'etc' && a.text[end] === '.') end++;
    span(m.start, end, 'open-ending');
  }
  const covered = (start: number, end: number) => out.some((s) => s.start <= start && end <= s.end);
  for (const m of findPhrases(a.text, PLACEHOLDER_WORDS)) {
    // "Internet of Things" is a name.
    if (covered(m.start, m.end) || (/^\p{Lu}/u.test(a.text.slice(m.start)) && m.start > 0)) continue;
    span(m.start, m.end, 'placeholder');
  }
  for (const m of findPhrases(a.text, PLACEHOLDER_PHRASES)) {
    if (covered(m.start, m.end) || (/^\p{Lu}/u.test(a.text.slice(m.start)) && m.start > 0)) continue;
    // "Kubernetes best practices" names its subject.
    const before = a.tokens.findIndex((t) => t.end === m.start || t.end + 1 === m.start);
    if (before >= 0 && !a.tokens[before].punct && isSpecificToken(a, before, vocab, extraVerbs) && a.tokens[before].lower !== 'and') continue;
    span(m.start, m.end, 'placeholder');
  }
  return out.sort((x, y) => x.start - y.start);
}

// A learned reader for the skills of a qualification sentence that neither the taxonomy nor the shape
// rules of phrases.ts name: "gate drivers", "thermal analysis", "CISPR 25", "MOSFETs".
//
// Candidates are noun-phrase-like spans: the runs of words between list separators, prepositions,
// clause words and the taxonomy's own mentions, each cut to every ending run of one to five words
// ("design gate drivers" → "design gate drivers", "gate drivers", "drivers"); plus capitalised runs
// joined by "for"/"of" ("Defender for Endpoint"). Each is described by its shape and its context only —
// capitals, digits, length, how common its words are in everyday English (a band), the WordNet class
// of its head, whether its head is a generic noun, where it stands (a list beside taxonomy skills,
// after "experience with", inside parentheses or after "such as") and the sentence's importance —
// never by which words it holds, so the model cannot memorise the annotated skills it was trained on.
// A logistic regression (judge/logistic.ts), trained by scripts/train-phrase-model.ts with
// leave-one-set-out validation, scores them; the best-scoring ending of each run is kept when its
// score reaches the model's threshold.
//
// Status (2026-12-02): shipped DISABLED. Leave-one-set-out over the corpus and unseen-postings 1–12
// added pooled hard R +0.003 for P −0.002 (the ship rule asks R +0.02 for at most P −0.01); the
// fixed-threshold curve reaches R +0.020 only at P −0.044. Most candidates that are not annotated look
// like skills too ("cycle counting", "3D vision"), and noise acronyms ("RN", "USD") share the shape of
// real ones, so shape and context alone do not separate them. `enabled` in phrase-model.json turns it on.
// Re-run 2026-12-06 with LAST_SET=38 (39 sets, 279 postings, 30,288 candidates): the first five held-out
// sets picked the 0.95 threshold and gained nothing (ΔR +0.000, corpus ΔP −0.006); stopped there, still off.

import type { OffsetRange } from '../types';
import { predict, type LogisticModel } from '../judge/logistic';
import { nounClassesOf } from '../nlp/noun-class';
import { GENERIC_NOUNS } from '../lexicon/generic';
import { knownVerbWords } from './known-words';
import { COMMON_WORDS, EVERYDAY_WORDS } from './phrase-model-frequency';
import type { Importance } from './types';
import type { Sentence } from './requirements';
import MODEL_JSON from './phrase-model.json';

export interface PhraseModel extends LogisticModel {
  /** Probability at or above which a candidate is kept. */
  threshold: number;
  /** Off when leave-one-set-out validation did not meet the ship rule (see the training script). */
  enabled: boolean;
}

export interface PhraseCandidate extends OffsetRange {
  /** The span as written; a plural acronym reduced to its singular ("IGBTs" → "IGBT"). */
  keyword: string;
  /** Index of the run of words it ends (one candidate per run is kept). */
  run: number;
  features: Map<string, number>;
}

export const PHRASE_MODEL: PhraseModel = MODEL_JSON as PhraseModel;

/** Words that end a run: coordination, prepositions, clause and modal words, pronouns, determiners of people. */
const BREAK_WORD = new Set(
  (
    'and or nor but & with in of for to on at by from into onto within across via using including such as like e.g. eg i.e. ie etc ' +
    'is are was were be been being will would should must can could may might shall do does did have has had ' +
    'you your we our us they their them it its this that these those which who whom whose what when where while how why ' +
    'not no than then also plus preferred required desired desirable preferably ideally bonus asset advantage ' +
    'a an the any some all each every other another very well highly strongly ' +
    'years year months month+ per about over under between among through throughout toward towards against ' +
    'if whether either both only even just including ability able'
  ).split(' '),
);
/** Words a run may start with that say nothing of the thing (stripped from the full run only). */
const LEAD_WORD = new Set(
  (
    'strong solid good deep basic working practical general modern common relevant related various several multiple proven ' +
    'demonstrated prior previous professional hands-on excellent great sound advanced fundamental core key familiarity ' +
    'knowledge experience expertise understanding proficiency background exposure skills skill'
  ).split(' '),
);
/** Generic heads: a closed class of nouns that name no technical thing (not a skill list). */
const GENERIC_HEAD = new Set([
  ...GENERIC_NOUNS.map((w) => w.toLowerCase()),
  ...(
    'ability abilities skill skills experience experiences knowledge understanding familiarity proficiency expertise background exposure ' +
    'environment environments team teams role roles work field fields area areas degree degrees year years way ways thing things ' +
    'setting settings practice practices principle principles concept concepts fundamentals basics level levels type types kind kinds ' +
    'manner attitude mindset passion interest curiosity communication collaboration candidate candidates person people someone ' +
    'organization company companies industry industries business businesses customer customers stakeholder stakeholders partner partners ' +
    'tool tools technology technologies solution solutions system systems product products platform platforms framework frameworks ' +
    'language languages method methods technique techniques process processes approach approaches standard standards'
  ).split(' '),
]);
const CUE_BEFORE =
  /\b(?:experience|experienced|knowledge|familiar(?:ity)?|understanding|expertise|proficien(?:t|cy)|background|exposure|skilled|skills?|grounding|fluen(?:t|cy)|competen(?:t|ce|cy)|track record|hands-on)\s+(?:\w+\s+)?(?:with|in|of|on|to|using)\s+(?:(?:the|a|an|modern|common|standard|basic|advanced|strong|solid)\s+)?$/i;
const EXAMPLE_BEFORE = /\b(?:such as|e\.g\.?,?|eg\.?,?|for example|including|like|i\.e\.?,?|namely|viz\.?)\s*[:(]?\s*$/i;
const ADJECTIVE_ENDING = /(?:al|ive|ous|ful|ic|able|ible|ary|less)$/;
const VERB_ENDING = /(?:ed|ize|ise|ify|ate)$/;

interface Token extends OffsetRange {
  text: string;
  word: boolean;
}

// A slash joins only before a digit ("S/4HANA"); elsewhere it separates ("GPU/TPU").
const TOKEN = /[A-Za-z0-9](?:[A-Za-z0-9+#]|[.\-'’](?=[A-Za-z0-9])|\/(?=\d))*[+#]*|\S/g;

function tokenize(sentence: Sentence): Token[] {
  const out: Token[] = [];
  for (const m of sentence.text.matchAll(TOKEN)) {
    const start = sentence.start + m.index!;
    out.push({ text: m[0], start, end: start + m[0].length, word: /[A-Za-z0-9]/.test(m[0][0]) });
  }
  return out;
}

let everyday: Set<string> | undefined;
let common: Set<string> | undefined;
/** How common a word is in everyday English: its SUBTLEX band, a regular plural read as its singular. */
export function frequencyBand(word: string): 'everyday' | 'common' | 'rare' {
  everyday ??= new Set(EVERYDAY_WORDS.split(' '));
  common ??= new Set(COMMON_WORDS.split(' '));
  const w = word.toLowerCase();
  const forms = [w, w.replace(/ies$/, 'y'), w.replace(/es$/, ''), w.replace(/s$/, '')];
  if (forms.some((f) => everyday!.has(f))) return 'everyday';
  if (forms.some((f) => common!.has(f))) return 'common';
  return 'rare';
}

/** A word's written shape: lower, Capitalised, ACRONYM, ACRONYMs (plural), CamelCase, with a digit. */
export function shapeOf(word: string): string {
  if (/\d/.test(word)) return /[A-Za-z]/.test(word) ? 'alnum' : 'number';
  if (/^[A-Z]{2,}s$/.test(word)) return 'acronym-plural';
  if (/^[A-Z][A-Z0-9&+#-]+$/.test(word)) return 'acronym';
  if (/^[a-z][a-z'-]*$/.test(word)) return 'lower';
  if (/^[A-Z][a-z'-]*$/.test(word)) return 'capital';
  return 'camel';
}

const NAME_SHAPES = new Set(['alnum', 'acronym', 'acronym-plural', 'camel', 'capital']);

/**
 * The candidate spans of one qualification sentence, with their features. `covered` are the mentions
 * already read (taxonomy, shape rules): no candidate overlaps them or `skip`.
 */
export function phraseCandidates(
  sentence: Sentence,
  covered: readonly (OffsetRange & { kind?: string })[],
  skip: readonly OffsetRange[],
  importance: Importance,
): PhraseCandidate[] {
  const tokens = tokenize(sentence);
  const overlaps = (r: OffsetRange, t: OffsetRange) => t.start < r.end && t.end > r.start;
  const blocked = tokens.map((t) => [...covered, ...skip].some((r) => overlaps(r, t)));
  const text = sentence.text;
  const hard = covered.filter((r) => r.kind === 'hard' || r.kind === undefined);
  const sentenceHard = hard.length;
  // Paren depth before each token.
  const inParen: boolean[] = [];
  let depth = 0;
  for (const t of tokens) {
    if (t.text === '(' || t.text === '[') depth++;
    inParen.push(depth > 0 && t.text !== '(' && t.text !== '[');
    if ((t.text === ')' || t.text === ']') && depth > 0) depth--;
  }
  const isBreak = (i: number) => {
    const t = tokens[i];
    if (!t.word || blocked[i]) return true;
    return BREAK_WORD.has(t.text.toLowerCase());
  };
  const runs: { from: number; to: number }[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (isBreak(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && !isBreak(j)) j++;
    runs.push({ from: i, to: j });
    i = j;
  }
  // "Defender for Endpoint", "Department of Defense": capitalised words joined by a lower-case "for"/"of"/"and".
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!/^(?:for|of|on)$/.test(tokens[i + 1].text)) continue;
    if (isBreak(i) || blocked[i + 2] || !tokens[i + 2].word || !/^[A-Z]/.test(tokens[i + 2].text) || !/^[A-Z]/.test(tokens[i].text)) continue;
    let from = i;
    while (from > 0 && !isBreak(from - 1) && /^[A-Z]/.test(tokens[from - 1].text)) from--;
    let to = i + 3;
    while (to < tokens.length && !isBreak(to) && /^[A-Z0-9]/.test(tokens[to].text)) to++;
    if (to - from <= 6) runs.push({ from, to });
  }

  // The clause of a token: up to ";", ":", "." or a parenthesis on either side.
  const clauseEdge = (t: Token) => /^[;:.!?()[\]]$/.test(t.text);
  const out: PhraseCandidate[] = [];
  runs.forEach((run, r) => {
    let from = run.from;
    // Leading words that only grade the thing ("strong", "hands-on") are not part of any candidate.
    while (from < run.to - 1 && LEAD_WORD.has(tokens[from].text.toLowerCase())) from++;
    const runLength = run.to - from;
    if (runLength > 7) return;
    for (let k = Math.max(from, run.to - 5); k < run.to; k++) {
      const words = tokens.slice(k, run.to);
      const start = words[0].start;
      const end = words[words.length - 1].end;
      const raw = text.slice(start - sentence.start, end - sentence.start);
      if (words.length === 1 && raw.length < 2) continue;
      if (/^\d+(?:[.,]\d+)?\+?$/.test(raw)) continue;
      const keyword = /^[A-Z]{2,}[A-Z0-9]*s$/.test(raw) ? raw.slice(0, -1) : raw;
      const features = new Map<string, number>();
      const f = (name: string, value = 1) => features.set(name, value);
      const lower = words.map((w) => w.text.toLowerCase());
      const head = lower[lower.length - 1];
      const first = lower[0];
      const shapes = words.map((w) => shapeOf(w.text));
      const headShape = shapes[shapes.length - 1];
      f(`len:${Math.min(words.length, 4)}`);
      f(`dropped:${Math.min(k - from, 2)}`);
      f(`runlen:${Math.min(runLength, 5)}`);
      f(`shape-head:${headShape}`);
      f(`shape-first:${shapes[0]}`);
      if (shapes.every((s) => NAME_SHAPES.has(s))) f('all-name-shaped');
      else if (shapes.some((s) => NAME_SHAPES.has(s))) f('some-name-shaped');
      if (shapes.every((s) => s === 'lower')) f('all-lower');
      if (words.some((w) => /-/.test(w.text))) f('hyphen');
      // Everyday English words: a name's head is seldom one; a technical term's modifier is often rare.
      const headBand = NAME_SHAPES.has(headShape) && headShape !== 'capital' ? 'name' : frequencyBand(head);
      f(`freq-head:${headBand}`);
      const bands = lower.slice(0, -1).map((w, i) => (NAME_SHAPES.has(shapes[i]) && shapes[i] !== 'capital' ? 'name' : frequencyBand(w)));
      if (bands.length) f(`freq-mod-rarest:${bands.includes('name') ? 'name' : bands.includes('rare') ? 'rare' : bands.includes('common') ? 'common' : 'everyday'}`);
      if (words.length === 1) f(`single:${headShape}:${headBand}`);
      // What the head names (WordNet's class), and whether it is a generic noun.
      const classes = shapes[shapes.length - 1] === 'lower' || headShape === 'capital' ? nounClassesOf(head) : undefined;
      f(`head-class:${classes ? classes.classes[0] : 'none'}`);
      if (classes && classes.classes.includes('cognition')) f('head-has-cognition');
      if (classes && classes.classes.includes('act')) f('head-has-act');
      if (classes && classes.classes.includes('artifact')) f('head-has-artifact');
      if (classes && (classes.classes[0] === 'person' || classes.classes[0] === 'group')) f('head-person-or-group');
      if (GENERIC_HEAD.has(head)) f('head-generic');
      if (GENERIC_HEAD.has(first) && words.length > 1) f('first-generic');
      if (knownVerbWords().has(first) && shapes[0] === 'lower') f(words.length > 1 ? 'first-verb' : 'only-verb');
      if (VERB_ENDING.test(first) && shapes[0] === 'lower') f('first-verb-ending');
      if (/ing$/.test(first) && shapes[0] === 'lower') f('first-ing');
      if (/ly$/.test(first) || /ly$/.test(head)) f('adverb');
      if (ADJECTIVE_ENDING.test(head) && shapes[shapes.length - 1] === 'lower') f('head-adjective-ending');
      if (ADJECTIVE_ENDING.test(first) && words.length > 1 && shapes[0] === 'lower') f('first-adjective-ending');
      const suffix = /(?:tion|sion)s?$/.test(head) ? 'tion' : /(?:ment)s?$/.test(head) ? 'ment' : /ing$/.test(head) ? 'ing' : /(?:ics|ogy|ysis|ism)$/.test(head) ? 'field' : /(?:ity|ness|ance|ence)s?$/.test(head) ? 'quality' : /(?:er|or)s$/.test(head) ? 'agent-plural' : /(?:er|or)$/.test(head) ? 'agent' : /[^s]s$/.test(head) ? 'plural' : 'other';
      if (headShape === 'lower') f(`head-suffix:${suffix}`);
      // Context: what stands before the span in its clause.
      // The words before the span (the last 200 characters are enough for every cue, and keep this linear).
      const before = text.slice(Math.max(0, start - sentence.start - 200), start - sentence.start);
      const prev = tokens[k - 1];
      const next = tokens[run.to];
      if (inParen[k]) f('in-paren');
      if (EXAMPLE_BEFORE.test(before.replace(/[\s,]*(?:[\w.+#/-]+[\s,]+(?:and\s+|or\s+)?){0,12}$/, ' ').trimEnd() + ' ') || EXAMPLE_BEFORE.test(before)) f('after-example-cue');
      if (k === from && CUE_BEFORE.test(text.slice(Math.max(0, tokens[run.from].start - sentence.start - 200), tokens[run.from].start - sentence.start))) f('after-cue');
      if (/\b(?:experience|knowledge|familiar|understanding|expertise|proficien|exposure)\w*\b/i.test(before)) f('cue-earlier');
      if (prev && /^(?:,|and|or|&|\/)$/i.test(prev.text)) f('prev-list-separator');
      if (next && /^(?:,|and|or|&|\/)$/i.test(next.text)) f('next-list-separator');
      if (prev && /^(?:with|in|of|on|using|to)$/i.test(prev.text)) f('prev-preposition');
      if (next && /^(?:for|to|with|in|of|on)$/i.test(next.text)) f('next-preposition');
      if (!next || clauseEdge(next)) f('ends-clause');
      if (!prev || k === 0 || (prev && /^[-*•●▪–]$/.test(prev.text) && k === 1)) f('starts-sentence');
      if (next && next.text === '(' && tokens[run.to + 1] && /^[A-Z]{2,}s?$/.test(tokens[run.to + 1].text)) f('defines-acronym');
      // Taxonomy skills in the same clause, and right beside the span (a list of skills).
      const clauseFrom = (() => {
        for (let i = k - 1; i >= 0; i--) if (clauseEdge(tokens[i])) return tokens[i].end;
        return sentence.start;
      })();
      const clauseTo = (() => {
        for (let i = run.to; i < tokens.length; i++) if (clauseEdge(tokens[i])) return tokens[i].start;
        return sentence.end;
      })();
      const inClause = hard.filter((h) => h.start >= clauseFrom && h.end <= clauseTo).length;
      f(`clause-skills:${Math.min(inClause, 2)}`);
      f(`sentence-skills:${Math.min(sentenceHard, 3)}`);
      const near = hard.some((h) => (h.end <= start && /^[\s,/&]*(?:(?:and|or|and\/or)\s+)?$/i.test(text.slice(h.end - sentence.start, start - sentence.start))) || (h.start >= end && /^[\s,/&]*(?:(?:and|or|and\/or)\s+)?$/i.test(text.slice(end - sentence.start, h.start - sentence.start))));
      if (near) f('listed-beside-skill');
      if (near && NAME_SHAPES.has(headShape)) f('listed-beside-skill&name');
      if (near && headShape === 'lower') f('listed-beside-skill&lower');
      if (/\b(?:our|your|their)\s+$/i.test(before)) f('possessed');
      f(`importance:${importance}`);
      if (inParen[k] && NAME_SHAPES.has(headShape)) f('in-paren&name');
      if (headShape === 'lower' && headBand === 'everyday' && words.length === 1) f('single-everyday-lower');
      out.push({ keyword, start, end, run: r, features });
    }
  });
  return out;
}

/** The candidates the model keeps: the best-scoring ending of each run, at or above the threshold. */
export function acceptedCandidates(candidates: readonly PhraseCandidate[], model: PhraseModel = PHRASE_MODEL): (PhraseCandidate & { score: number })[] {
  const best = new Map<number, PhraseCandidate & { score: number }>();
  for (const c of candidates) {
    const score = predict(model, c.features);
    const b = best.get(c.run);
    if (!b || score > b.score) best.set(c.run, { ...c, score });
  }
  const kept = [...best.values()].filter((c) => c.score >= model.threshold);
  // Runs may overlap (a capitalised run joined by "for"): the higher score wins.
  return kept.filter((c) => !kept.some((o) => o !== c && o.start < c.end && o.end > c.start && (o.score > c.score || (o.score === c.score && o.run < c.run))));
}

/** For the training script: receives every candidate read while parsing, with its sentence's importance. */
let sink: ((c: PhraseCandidate, importance: Importance, sentence: Sentence) => void) | undefined;
/** For the training script: a model other than the shipped one, or null to read no candidates into keywords. */
let override: PhraseModel | null | undefined;

let mentionSink: ((c: PhraseCandidate) => void) | undefined;

export function collectPhraseCandidates(receiver: typeof sink, mentions?: typeof mentionSink): void {
  sink = receiver;
  mentionSink = mentions;
}
export function usePhraseModel(model: PhraseModel | null | undefined): void {
  override = model;
}

/** The learned mentions of one qualification sentence (none when the model is disabled). */
export function learnedPhrases(
  sentence: Sentence,
  covered: readonly (OffsetRange & { kind?: string })[],
  skip: readonly OffsetRange[],
  importance: Importance,
): (PhraseCandidate & { score: number })[] {
  const model = override === undefined ? PHRASE_MODEL : override;
  if (!sink && (!model || !model.enabled)) return [];
  const candidates = phraseCandidates(sentence, covered, skip, importance);
  if (sink) for (const c of candidates) sink(c, importance, sentence);
  if (mentionSink) {
    // The mentions already read (taxonomy hard skills, the shape rules' phrases), described as if each
    // were a candidate (the others still covered): examples of what a skill looks like in a requirement
    // line, for the training script's distant labels.
    for (const m of covered) {
      if (m.kind !== undefined && m.kind !== 'hard') continue;
      const alone = phraseCandidates(sentence, covered.filter((r) => r !== m), skip, importance).find((c) => c.start === m.start && c.end === m.end);
      if (alone) mentionSink(alone);
    }
  }
  return model && model.enabled ? acceptedCandidates(candidates, model) : [];
}

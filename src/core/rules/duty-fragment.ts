// A verbless bullet that names an activity instead of stating what was done: "Development of billing
// tools", "Database administration", "Design and development of the billing module", "Test writing".
// That is how job descriptions list duties; the rubric reads it like "Responsible for …" (a duty, judged
// by the opening alone). Found by grammar: the bullet's first noun phrase has no finite verb before it
// and its head is an action noun derived from a verb by English's regular derivations.
import type { BulletAnalysis } from '../nlp/clauses';
import { nominalBases, singularNoun } from '../nlp/openings';
import { isSentenceEnd, type Token } from '../nlp/tokens';
import { readVerb } from '../nlp/verbs';
import { DETERMINERS, PREPOSITIONS } from '../nlp/word-classes';

/** Words before the head: "Churn data analysis" has two modifiers. */
const MAX_PHRASE = 5;

/**
 * Is this word an action noun — a noun naming the doing of a verb? A derived noun whose verb the verb
 * lexicon knows ("development" ← develop), a gerund ("writing"), or, followed by "of", a verb used as
 * a noun ("Design of", "Redesign of").
 */
export function isActionNoun(t: Token, next: Token | undefined, extraVerbs?: readonly string[]): boolean {
  const w = singularNoun(t.lower);
  if (nominalBases(w).some((b) => readVerb(b, extraVerbs)?.form === 'base')) return true;
  const v = readVerb(t.text, extraVerbs);
  if (v?.form === 'gerund' && w.endsWith('ing')) return true;
  return v?.form === 'base' && v.base === w && next?.lower === 'of';
}

/**
 * The duty phrase a verbless bullet opens with, as token indices [start, end) — the action noun with
 * its modifiers and a following "of" ("Development of", "Database administration") — or undefined.
 */
export function dutyFragment(a: BulletAnalysis, extraVerbs?: readonly string[]): { start: number; end: number } | undefined {
  const { tokens } = a;
  const start = a.opening;
  // The noun phrase runs to the first preposition, punctuation or sentence end; "and" joins two
  // activities ("Design and development of").
  let end = start;
  while (end < tokens.length && end - start <= MAX_PHRASE) {
    const t = tokens[end];
    if (t.punct || isSentenceEnd(t) || t.lower === 'of' || (PREPOSITIONS.has(t.lower) && t.lower !== 'and') || DETERMINERS.has(t.lower)) break;
    end++;
  }
  if (end === start || end - start > MAX_PHRASE) return undefined;
  const words = tokens.slice(start, end);
  const head = tokens[end - 1];
  if (head.lower === 'and' || !isActionNoun(head, tokens[end], extraVerbs)) return undefined;
  // A gerund with an object after it is a verb ("Building a compiler", "… form letting the clerk
  // sign …"); as a noun it ends its phrase ("Testing of the API", "Load testing", "Test writing for X").
  const after = tokens[end];
  // A gerund that opens the line takes a preposition as a verb does ("Migrating to X"), so there
  // only "of" or the end of the phrase makes it a noun.
  const gerund = readVerb(head.text, extraVerbs)?.form === 'gerund';
  if (gerund && after && !after.punct && after.lower !== 'of' && (end - 1 === start || !PREPOSITIONS.has(after.lower))) return undefined;
  // A label ("Database administration: Postgres, Patroni") names an area its list fills in.
  if (after && (after.text === ':' || after.text === '–' || after.text === '—')) return undefined;
  for (let k = start; k < end - 1; k++) {
    const t = tokens[k];
    if (t.lower === 'and') continue;
    // Only the first word can be the verb of the line ("Built payment tooling", "Builds X", "Build
    // X"); later words are modifiers ("Unit tests writing": "tests" is a plural noun). A first
    // word in base form is a noun only as an activity coordinated with the head ("Design and development").
    if (k > start) continue;
    if (readVerb(t.text, extraVerbs) && !(tokens[k + 1]?.lower === 'and' && isActionNoun(t, tokens[end], extraVerbs))) return undefined;
  }
  // A title: every word capitalised ("Database Administration", "Tax Reporting").
  const content = words.filter((t) => t.lower !== 'and' && /^\p{L}/u.test(t.text));
  if (content.length >= 2 && content.every((t) => /^\p{Lu}/u.test(t.text))) return undefined;
  // No finite verb in the rest of the first sentence: "Migration of X cut batch time by half" states
  // a result. The parse starts no clause after a verbless opening, so a past or third-person form
  // counts (a participle too: "tools used by the tax team" is left alone, for precision).
  if (a.clauses.some((c) => c.sentence === 0 && c.verbs.some((v) => v >= end))) return undefined;
  for (let k = end; k < tokens.length && !isSentenceEnd(tokens[k]); k++) {
    const form = tokens[k].punct ? undefined : readVerb(tokens[k].text, extraVerbs)?.form;
    // After a preposition or a determiner a participle is an adjective ("for scanned invoices").
    const prev = tokens[k - 1].lower;
    if (form === 'past' && (PREPOSITIONS.has(prev) || DETERMINERS.has(prev) || prev === 'of')) continue;
    if (form === 'past' || form === 'third') return undefined;
  }
  const withOf = tokens[end]?.lower === 'of' ? end + 1 : end;
  return { start, end: withOf };
}

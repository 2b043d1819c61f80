// Finds mentions of taxonomy skills in text with exact offsets.
//
// Aliases live in a token trie. Each text token offers up to three keys — its lower-case form,
// its stem, and its exact spelling — and each alias token is stored under the one key its flags
// ask for, so "Designing" meets "design", "k8s" meets "Kubernetes", and "Go" meets only "Go".
// The longest alias wins at each position; matches never start or end inside a hyphenated
// compound, except before suffixes such as "-based". Ambiguous names ("Go", "R", "Swift") are kept
// only in a technical context, and coordination ("continuous delivery and deployment") yields the
// implied second skill.

import { isEnglishWord } from '../lexicon/english';
import { isStemmable, stem } from './stem';
import { isClauseBreak, tokenize, type Token } from './tokenize';
import type { Alias, FindSkillsOptions, Skill, SkillMention } from './types';
import { AUXILIARIES, CONJUNCTIONS as CONJUNCTION_WORDS, DETERMINERS, PREPOSITIONS, PRONOUNS, SUBORDINATORS } from '../nlp/word-classes';

interface Hit {
  skill: Skill;
  alias: Alias;
  /** Lower-case alias words, to tell an exact spelling from a folded word form. */
  words: string[];
  /** Trie keys of the alias, for rebuilding coordinated variants. */
  keys: string[];
}

interface TrieNode {
  /** Children by key; absent on leaves (most nodes), which keeps the build from allocating a Map per alias. */
  next?: Map<string, TrieNode>;
  hits?: Hit[];
}

const WILDCARD = '*';

/** A single word with a lower-case letter followed by a capital: "JavaScript", "MySQL", "GitHub". */
const CAMEL_NAME = /^[A-Z][A-Za-z0-9]*[a-z][A-Z][A-Za-z0-9]*$/;

/** Words that may follow a skill after a hyphen without making a new compound word. */
const ATTACHABLE_SUFFIXES = new Set([
  'based', 'powered', 'driven', 'enabled', 'assisted', 'first', 'heavy', 'centric', 'focused', 'related',
  'specific', 'compatible', 'backed', 'friendly', 'ready', 'savvy', 'certified', 'like', 'style', 'generated',
  'integrated', 'inspired', 'oriented', 'only', 'native', 'aware', 'intensive', 'dependent', 'agnostic',
  // A rule or standard the work is held to: "GMP-regulated", "HIPAA-compliant", "ISO-accredited", "GDPR-governed".
  'regulated', 'compliant', 'governed', 'validated', 'accredited',
]);

/** Words near an ambiguous name that show the text is about technology. */
const TECH_CUES = new Set([
  'language', 'languages', 'programming', 'code', 'coding', 'codebase', 'codebases', 'developer', 'developers',
  'development', 'framework', 'frameworks', 'library', 'libraries', 'stack', 'backend', 'frontend', 'scripting',
  'script', 'scripts', 'sdk', 'api', 'apis', 'proficient', 'proficiency', 'fluent', 'fluency', 'familiarity',
  'skills', 'technologies', 'tech', 'tools', 'tooling', 'toolchain', 'compiler', 'runtime', 'server', 'servers',
  'software', 'engineer', 'engineers', 'engineering', 'app', 'apps', 'module', 'modules', 'package', 'packages',
  'experience', 'experienced', 'knowledge', 'familiar', 'expertise', 'comfortable', 'comfort', 'confidence', 'confident', 'spreadsheet', 'spreadsheets', 'intermediate', 'beginner',
  'exposure',
]);

/** After an ambiguous name, these words mean plain English ("Go to market", "Rust through"). */
const ENGLISH_FOLLOWERS = new Set([
  'to', 'ahead', 'beyond', 'live', 'through', 'back', 'over', 'out', 'into', 'above', 'further', 'far', 'get',
  'the', 'a', 'an', 'up', 'down', 'away', 'along', 'forward', 'off', 'around', 'you', 'your', 'we', 'our',
]);

const CONJUNCTIONS = new Set(['and', 'or', '&', ',', '/']);

function aliasKeys(alias: Alias): string[] {
  const keys: string[] = [];
  for (const piece of alias.text.split(/\s+/)) {
    if (piece === WILDCARD) {
      keys.push(WILDCARD);
      continue;
    }
    for (const t of tokenize(piece)) keys.push(tokenKey(t, alias));
  }
  return keys;
}

/**
 * The lazy-build bucket of a text token: the first two characters of its lower-case form (a stem
 * or the exact spelling never differs there), or the punctuation mark itself.
 */
function tokenBucket(t: Token): string {
  return t.punct ? t.text : t.lower.slice(0, 2);
}

/** The bucket of an alias's first token; undefined (build at once) for a leading wildcard or none. */
function aliasBucket(alias: Alias): string | undefined {
  const first = alias.text.trimStart().split(/\s+/, 1)[0];
  if (!first || first === WILDCARD) return undefined;
  const t = tokenize(first)[0];
  return t ? tokenBucket(t) : undefined;
}

function tokenKey(t: Token, alias: Alias): string {
  if (t.punct) return 'p' + t.text;
  if (alias.caseSensitive) return 'c' + surface(t.text);
  if (!alias.noStem && isStemmable(t.lower)) return 's' + stem(t.lower);
  return 'x' + t.lower;
}

const surface = (text: string): string => text.replace(/['’]s$/, '');

/** The keys a text token can be looked up under. */
function candidateKeys(t: Token): string[] {
  if (t.punct) return ['p' + t.text];
  const keys = ['x' + t.lower, 'c' + surface(t.text)];
  if (isStemmable(t.lower)) keys.push('s' + stem(t.lower));
  return keys;
}

interface RawMatch {
  hit: Hit;
  first: number;
  last: number;
  /** Lower-case words matched (wildcards excluded). */
  words: string[];
  elided?: boolean;
}

export class SkillMatcher {
  private readonly root: TrieNode = {};
  private readonly byName = new Map<string, Skill>();
  private readonly byAlias = new Map<string, Skill>();
  /** Case-sensitive aliases as written: "GaN" is gallium nitride though "gan" is also the GAN of machine learning. */
  private readonly byExactAlias = new Map<string, Skill>();
  /**
   * Aliases not yet in the trie, by the first two characters of their first token. The trie for
   * one bucket is built the first time a text token of that bucket is looked up, so the thousands
   * of generated names a text never touches cost a map entry each, not a trie path.
   */
  private readonly pending = new Map<string, { skill: Skill; alias: Alias }[]>();
  /**
   * One-word names with an inner capital ("JavaScript", "PowerShell", "MySQL"), by their spelling, for
   * reading them written apart at that capital ("Java Script", "Power Shell", "My SQL").
   */
  private readonly camelNames = new Map<string, { skill: Skill; alias: Alias }>();
  readonly skills: readonly Skill[];

  constructor(skills: readonly Skill[]) {
    this.skills = skills;
    for (const skill of skills) {
      this.byName.set(skill.name.toLowerCase(), skill);
      for (const alias of skill.aliases) {
        const bucket = aliasBucket(alias);
        if (bucket === undefined) {
          this.insert(skill, alias);
          continue;
        }
        let list = this.pending.get(bucket);
        if (!list) this.pending.set(bucket, (list = []));
        list.push({ skill, alias });
        if (CAMEL_NAME.test(alias.text) && !this.camelNames.has(alias.text)) this.camelNames.set(alias.text, { skill, alias });
        this.remember(skill, alias);
      }
    }
  }

  private insert(skill: Skill, alias: Alias): void {
    const keys = aliasKeys(alias);
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      const next: Map<string, TrieNode> = (node.next ??= new Map());
      let child = next.get(key);
      if (!child) next.set(key, (child = {}));
      node = child;
    }
    const words = tokenize(alias.text.replace(/\*/g, ' ')).filter((t) => !t.punct).map((t) => t.lower);
    (node.hits ??= []).push({ skill, alias, words, keys });
    this.remember(skill, alias);
  }

  /** Indexes an alias for lookup(): its lower-case text, and its exact text when case-sensitive (the first skill wins). */
  private remember(skill: Skill, alias: Alias): void {
    const lower = alias.text.toLowerCase();
    if (!this.byAlias.has(lower)) this.byAlias.set(lower, skill);
    if (alias.caseSensitive && !this.byExactAlias.has(alias.text)) this.byExactAlias.set(alias.text, skill);
  }

  /** Builds the trie paths of every alias whose first token could be `t`. */
  private ensureBucket(t: Token): void {
    const bucket = tokenBucket(t);
    const list = this.pending.get(bucket);
    if (!list) return;
    this.pending.delete(bucket);
    for (const { skill, alias } of list) this.insert(skill, alias);
  }

  /** The skill a name or alias stands for ("k8s" → Kubernetes), ignoring case. */
  lookup(name: string): Skill | undefined {
    const lower = name.trim().toLowerCase();
    return this.byExactAlias.get(name.trim()) ?? this.byName.get(lower) ?? this.byAlias.get(lower) ?? this.lookupByMatch(name);
  }

  private lookupByMatch(name: string): Skill | undefined {
    const mentions = this.find(name, { techContext: true, includeElided: false });
    const whole = mentions.find((m) => m.start === 0 && m.end >= name.trim().replace(/['’]s$/, '').length);
    return whole ? this.byName.get(whole.canonical.toLowerCase()) : undefined;
  }

  find(text: string, options: FindSkillsOptions = {}): SkillMention[] {
    const tokens = tokenize(text);
    const matches: RawMatch[] = [];
    for (let i = 0; i < tokens.length; ) {
      const t = tokens[i];
      if (t.punct || t.joinPrev) {
        i++;
        continue;
      }
      const longest = this.longestAt(tokens, i);
      const split = !longest || longest.last < i + 1 ? this.splitNameAt(tokens, i, text) : undefined;
      const match = split ?? longest;
      if (match) {
        matches.push(match);
        i = match.last + 1;
      } else i++;
    }
    if (options.includeElided !== false) this.addCoordinated(tokens, matches);
    const accepted = this.applyContext(tokens, matches, text, options.techContext === true);
    const kinds = options.kinds;
    return accepted
      .filter((m) => !kinds || kinds.includes(m.hit.skill.kind))
      .sort((a, b) => tokens[a.first].start - tokens[b.first].start)
      .map((m) => toMention(m, tokens, text));
  }

  private longestAt(tokens: Token[], i: number): RawMatch | undefined {
    this.ensureBucket(tokens[i]);
    let best: RawMatch | undefined;
    const walk = (node: TrieNode, j: number, words: string[]): void => {
      if (node.hits && j > i && endsCleanly(tokens, j)) {
        const hit = node.hits.find((h) => formsAgree(words, h.words, tokens[j]) && !(j === i + 1 && pluralOfShorterAcronym(h.alias.text, tokens[i].text)));
        if (hit && (!best || j - 1 > best.last)) best = { hit, first: i, last: j - 1, words };
      }
      const wild = node.next?.get(WILDCARD);
      if (wild) {
        walk(wild, j, words);
        if (j < tokens.length && !tokens[j].punct) walk(wild, j + 1, words);
      }
      if (j >= tokens.length) return;
      const t = tokens[j];
      if (!node.next) return;
      for (const key of candidateKeys(t)) {
        const child = node.next.get(key);
        if (child) walk(child, j + 1, t.punct ? words : [...words, t.lower]);
      }
    };
    walk(this.root, i, []);
    return best;
  }

  /**
   * "Java Script", "Power Shell": a one-word name with an inner capital written as two capitalised words
   * split exactly at that capital, one space apart. Both halves must be capitalised as in the name, so
   * plain English ("my sql skills") is not joined.
   */
  private splitNameAt(tokens: Token[], i: number, text: string): RawMatch | undefined {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (!b || a.punct || b.punct || b.joinPrev || tokens[i + 2]?.joinPrev) return undefined;
    if (b.start !== a.end + 1 || text[a.end] !== ' ' || !/^[A-Z].*[a-z]$/.test(a.text) || !/^[A-Z]/.test(b.text)) return undefined;
    // At the start of a sentence or line a capital proves nothing: a function word there is the
    // sentence's own ("No SQL needed", "My SQL notes"); a content word ("Power Shell scripts") still joins.
    if (isFunctionWord(a.lower) && opensSentence(text, a.start)) return undefined;
    const named = this.camelNames.get(a.text + b.text);
    if (!named) return undefined;
    const lower = (a.text + b.text).toLowerCase();
    const hit: Hit = { skill: named.skill, alias: named.alias, words: [lower], keys: aliasKeys(named.alias) };
    return { hit, first: i, last: i + 1, words: [lower] };
  }

  /** Follows a path of trie keys from the root; undefined when the path leaves the trie. */
  private follow(keys: string[], node: TrieNode = this.root): TrieNode | undefined {
    let current: TrieNode | undefined = node;
    for (const key of keys) {
      current = current?.next?.get(key);
      if (!current) return undefined;
    }
    return current;
  }

  /** The node reached by a text token from `node`, trying each of its keys. */
  private step(node: TrieNode, t: Token): TrieNode | undefined {
    if (!node.next) return undefined;
    for (const key of candidateKeys(t)) {
      const child = node.next.get(key);
      if (child) return child;
    }
    return undefined;
  }

  /**
   * "continuous delivery and deployment" → also "continuous deployment" (on "deployment");
   * "unit and integration testing" → also "unit testing" (on "unit").
   */
  private addCoordinated(tokens: Token[], matches: RawMatch[]): void {
    const covered = new Set<number>();
    for (const m of matches) for (let k = m.first; k <= m.last; k++) covered.add(k);
    const extra: RawMatch[] = [];
    for (const m of matches) {
      const keys = m.hit.keys;
      if (keys.includes(WILDCARD) || m.hit.words.length < 2 || keys.some((k) => k.startsWith('p'))) continue;
      // Forward: keep all words but the last, swap in the word after a conjunction.
      const prefix = this.follow(keys.slice(0, -1));
      let j = m.last + 1;
      while (prefix && j + 1 < tokens.length && isConjunction(tokens[j])) {
        let k = j + 1;
        if (tokens[k].lower === 'and' || tokens[k].lower === 'or') k++;
        const t = tokens[k];
        if (!t || t.punct || t.joinPrev || covered.has(k)) break;
        const node = this.step(prefix, t);
        if (!node?.hits || !endsCleanly(tokens, k + 1)) break;
        extra.push({ hit: node.hits[0], first: k, last: k, words: [t.lower], elided: true });
        covered.add(k);
        j = k + 1;
      }
      // Backward: keep the head word(s), swap in the word(s) before a conjunction.
      let conj = m.first - 1;
      while (conj >= 1 && isConjunction(tokens[conj])) {
        let last = conj - 1;
        const wordConj = tokens[conj].lower === 'and' || tokens[conj].lower === 'or';
        if (wordConj && tokens[last].text === ',') last--;
        if (last < 0 || tokens[last].punct || covered.has(last)) break;
        let first = last;
        while (first > 0 && tokens[first].joinPrev) first--;
        this.ensureBucket(tokens[first]);
        let node: TrieNode | undefined = this.root;
        for (let k = first; k <= last && node; k++) node = this.step(node, tokens[k]);
        // Swap the first alias word, or the first two (for two-word modifiers like "back-end").
        const found = node && [keys.slice(1), keys.slice(2)].map((rest) => this.follow(rest, node)).find((n) => n?.hits);
        if (!found?.hits) break;
        const words = tokens.slice(first, last + 1).map((t) => t.lower);
        extra.push({ hit: found.hits[0], first, last, words, elided: true });
        for (let k = first; k <= last; k++) covered.add(k);
        conj = first - 1;
      }
    }
    matches.push(...extra);
  }

  private applyContext(tokens: Token[], matches: RawMatch[], text: string, techContext: boolean): RawMatch[] {
    if (techContext) return matches.filter((m) => !m.hit.alias.needsContext || !readsAsEnglish(tokens, m, text));
    const clauseOf = clauseIndex(tokens);
    const anchors = new Map<number, number>();
    const ambiguous = new Map<number, number>();
    for (const m of matches) {
      const c = clauseOf[m.first];
      // Only unambiguous hard skills vouch for a technical context ("fast-paced" does not).
      if (m.hit.skill.kind !== 'hard') continue;
      const bucket = m.hit.alias.needsContext ? ambiguous : anchors;
      bucket.set(c, (bucket.get(c) ?? 0) + 1);
    }
    const cueClauses = new Set<number>();
    tokens.forEach((t, k) => {
      if (!t.punct && TECH_CUES.has(t.lower)) cueClauses.add(clauseOf[k]);
    });
    return matches.filter((m) => {
      if (!m.hit.alias.needsContext) return true;
      if (readsAsEnglish(tokens, m, text)) return false;
      const c = clauseOf[m.first];
      return (anchors.get(c) ?? 0) > 0 || cueClauses.has(c) || (ambiguous.get(c) ?? 0) > 1 || besideProductName(tokens, m) || loneItemBesideSkills(tokens, m, matches) || versioned(tokens, m) || labelsList(tokens, m);
    });
  }
}

/**
 * "Excel: formulas, charts, pivot tables", "Swift: SwiftUI, Combine": a capitalised name that opens its
 * line as the label of a list is the tool the list is about.
 */
function labelsList(tokens: Token[], m: RawMatch): boolean {
  const colon = tokens[m.last + 1];
  const after = tokens[m.last + 2];
  if (!/^\p{Lu}/u.test(tokens[m.first].text) || colon?.text !== ':' || !after || after.punct) return false;
  const lineBreak = (t: Token) => t.text.includes('\n');
  // Nothing but a list marker between the line's start and the name.
  for (let k = m.first - 1; k >= 0 && !lineBreak(tokens[k]); k--) if (!tokens[k].punct && !/^[-*•●▪◦–]$/.test(tokens[k].text)) return false;
  // A list after the colon, on the same line.
  for (let k = m.last + 2; k < tokens.length && !lineBreak(tokens[k]); k++) if (tokens[k].text === ',') return true;
  return false;
}

/**
 * "CATIA V5", "Talos v1.8", "Akka 2.6": a release number after the name makes it the product's. Not a
 * bare year, which dates a season or an event ("Spring 2024 internship").
 */
const RELEASE = /^(?:v\d+(?:\.\d+)*|\d+\.\d+(?:\.\d+)*|R20\d\d[ab])$/i;
function versioned(tokens: Token[], m: RawMatch): boolean {
  const next = tokens[m.last + 1];
  return !!next && !next.punct && /^\p{Lu}/u.test(tokens[m.first].text) && RELEASE.test(next.text);
}

/**
 * "React; REST APIs", "| Web | React; Node |": a capitalised ambiguous name that is a whole item of a
 * list separated by semicolons, beside an item that names a skill, is an item of that list.
 */
const ITEM_EDGE = new Set([';', '|', '\n', '.', ':', '(', ')', '!', '?']);
function loneItemBesideSkills(tokens: Token[], m: RawMatch, matches: RawMatch[]): boolean {
  if (!/^\p{Lu}/u.test(tokens[m.first].text)) return false;
  const edge = (k: number) => k < 0 || k >= tokens.length || (tokens[k].punct && ITEM_EDGE.has(tokens[k].text));
  let before = m.first - 1;
  while (before >= 0 && !edge(before)) {
    if (!tokens[before].punct) return false;
    before--;
  }
  let after = m.last + 1;
  while (after < tokens.length && !edge(after)) {
    if (!tokens[after].punct) return false;
    after++;
  }
  // The item on the other side of a semicolon names a skill the taxonomy reads without context.
  const skillIn = (from: number, step: 1 | -1) => {
    for (let k = from + step; k >= 0 && k < tokens.length && !edge(k); k += step) {
      if (matches.some((x) => x !== m && !x.hit.alias.needsContext && x.hit.skill.kind === 'hard' && k >= x.first && k <= x.last)) return true;
    }
    return false;
  };
  const semicolon = (k: number) => k >= 0 && k < tokens.length && tokens[k].text === ';';
  return (semicolon(after) && skillIn(after, 1)) || (semicolon(before) && skillIn(before, -1));
}

/**
 * "Helm and/or Kustomize", "Istio or Linkerd": an ambiguous name listed with a capitalised word no
 * dictionary holds — a product's name, even one the taxonomy lacks — is a name in a list of products.
 */
function besideProductName(tokens: Token[], m: RawMatch): boolean {
  const partner = (from: number, step: 1 | -1): Token | undefined => {
    let k = from;
    let joined = false;
    while (tokens[k] && (tokens[k].text === '/' || tokens[k].text === ',' || CONJUNCTIONS.has(tokens[k].lower))) {
      joined = true;
      k += step;
    }
    return joined ? tokens[k] : undefined;
  };
  return [partner(m.last + 1, 1), partner(m.first - 1, -1)].some(
    (t) => !!t && !t.punct && /^[A-Z][a-z]+[A-Za-z]*$/.test(t.text) && t.text.length >= 4 && !isEnglishWord(t.lower),
  );
}

/**
 * Folded word forms must not cross parts of speech: "embedded" (a participle: embedded processors)
 * shares its stem with "embeddings" (a plural noun) but not its sense, and a plural noun alone is a
 * thing, not the practice a one-word -ing name stands for ("monitors" on a desk are not monitoring,
 * "user profiles" not profiling).
 */
function formsAgree(textWords: string[], aliasWords: string[], next: Token | undefined): boolean {
  if (textWords.length !== aliasWords.length) return true;
  // "building pipelines" is a verb and its object (data pipelines built), not the compound "build
  // pipelines"; a compound's first word is not read in its -ing form.
  if (textWords.length > 1 && /[a-z]ing$/.test(textWords[0]) && !/ing$/.test(aliasWords[0])) return false;
  return textWords.every((w, k) => !(w.endsWith('ed') && aliasWords[k].endsWith('ings')) && !(textWords.length === 1 && /[^s]s$/.test(w) && aliasWords[k].endsWith('ing') && !takesObject(next)));
}

/**
 * Whether the word after a plural-looking "-s" word reads as its object, which makes that word a verb
 * ("monitors services", "tests and monitors our pipelines"): a word that is not a function word.
 * After a preposition, a conjunction, an auxiliary or punctuation it is a plural noun ("two monitors and a desk").
 */
function takesObject(next: Token | undefined): boolean {
  if (!next || next.punct) return false;
  return !(PREPOSITIONS.has(next.lower) || CONJUNCTION_WORDS.has(next.lower) || AUXILIARIES.has(next.lower) || SUBORDINATORS.has(next.lower) || next.lower === 'of');
}

/** A word of a closed class (determiner, pronoun, preposition, conjunction, auxiliary). */
function isFunctionWord(lower: string): boolean {
  return DETERMINERS.has(lower) || PRONOUNS.has(lower) || PREPOSITIONS.has(lower) || CONJUNCTION_WORDS.has(lower) || AUXILIARIES.has(lower);
}

/**
 * Whether a word starts a sentence, a line or a list item: only sentence punctuation, list or heading
 * markers and spaces stand between it and the previous sentence (read within a short window).
 */
function opensSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 24), at).replace(/(?:^|\n)[ \t]*\d{1,3}[.)][ \t]*$/, '\n');
  const marks = /[\s>*+#•\-–—("'“‘`_[]*$/u.exec(before)![0];
  const lead = before.slice(0, before.length - marks.length);
  return lead === '' || marks.includes('\n') || /[.!?:;]$/.test(lead);
}

function isConjunction(t: Token): boolean {
  return CONJUNCTIONS.has(t.lower);
}

/** A match may end here when the next token does not continue a hyphenated compound. */
function endsCleanly(tokens: Token[], next: number): boolean {
  const t = tokens[next];
  return !t || !t.joinPrev || ATTACHABLE_SUFFIXES.has(t.lower);
}

function readsAsEnglish(tokens: Token[], m: RawMatch, text: string): boolean {
  const next = tokens[m.last + 1];
  if (next && !next.punct && ENGLISH_FOLLOWERS.has(next.lower) && next.start === tokens[m.last].end + 1) return true;
  // "R&D", "AT&T": a letter glued to an ampersand is an abbreviation, not a language.
  const start = tokens[m.first].start;
  const end = tokens[m.last].end;
  return text[end] === '&' || text[start - 1] === '&';
}

function clauseIndex(tokens: Token[]): number[] {
  const out = new Array<number>(tokens.length);
  let clause = 0;
  tokens.forEach((t, k) => {
    if (isClauseBreak(t)) clause++;
    out[k] = clause;
  });
  return out;
}

/**
 * "IDs", "PCs", "VMs" written with a lower-case "s": the plural of a shorter acronym, not the acronym
 * that ends in S ("IDS", "PCS", "VMS") — case aside they are the same letters.
 */
function pluralOfShorterAcronym(alias: string, written: string): boolean {
  return /^[A-Z0-9]{2,5}S$/.test(alias) && written === `${alias.slice(0, -1)}s`;
}

function toMention(m: RawMatch, tokens: Token[], text: string): SkillMention {
  const start = tokens[m.first].start;
  let end = tokens[m.last].end;
  const lastText = tokens[m.last].text;
  if (/['’]s$/.test(lastText) && !/['’]s$/.test(m.hit.alias.text)) end -= 2;
  const written = m.words.join(' ');
  const exact = m.hit.alias.caseSensitive || written === m.hit.words.join(' ');
  const mention: SkillMention = {
    canonical: m.hit.skill.name,
    kind: m.hit.skill.kind,
    category: m.hit.skill.category,
    start,
    end,
    text: text.slice(start, end),
    alias: m.hit.alias.text,
    exact: !m.elided && exact,
  };
  if (m.elided) mention.elided = true;
  if (m.hit.alias.needsContext) mention.ambiguous = true;
  return mention;
}

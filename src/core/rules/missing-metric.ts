// Bullets about work that state no quantity of scope or result. Numbers inside names, versions,
// model numbers, dates and course codes do not count (nlp/metrics). The message asks for the number
// that fits the bullet: before → after for an improvement, a count for people or tickets, the scale
// of a system (users, requests, size); otherwise what the opening verb implies.
import { analysisOf, metricsOf } from '../nlp';
import type { BulletAnalysis } from '../nlp/clauses';
import { CONJUNCTIONS, DETERMINERS, PREPOSITIONS } from '../nlp/word-classes';
import { TECH_TERMS } from '../lexicon/tech-terms';
import type { Rule, RuleFinding } from '../types';
import { bulletFinding, workBullets } from './util';

/** What to measure, by the verb that opens the bullet (base forms). */
const QUESTIONS: { verbs: string[]; ask: string }[] = [
  { verbs: ['reduce', 'cut', 'decrease', 'lower', 'minimize', 'shorten', 'slash', 'trim', 'eliminate', 'compress', 'halve'], ask: 'by how much (%, time, money, before → after)?' },
  { verbs: ['improve', 'increase', 'boost', 'grow', 'accelerate', 'speed', 'optimize', 'enhance', 'raise', 'maximize', 'double', 'triple', 'expand', 'extend', 'lift', 'strengthen', 'tune', 'scale'], ask: 'by how much: from what to what?' },
  { verbs: ['automate', 'streamline', 'simplify', 'standardize', 'consolidate'], ask: 'how many hours or steps it saved, and for how many people?' },
  { verbs: ['lead', 'manage', 'supervise', 'direct', 'head', 'oversee', 'coordinate', 'mentor', 'coach', 'train', 'teach', 'tutor', 'recruit', 'hire', 'onboard', 'organize', 'host', 'chair', 'captain', 'guide', 'run'], ask: 'how many people, events or teams, and what they achieved?' },
  { verbs: ['build', 'develop', 'create', 'design', 'implement', 'ship', 'launch', 'deploy', 'architect', 'engineer', 'program', 'code', 'prototype', 'deliver', 'release', 'publish', 'integrate', 'write', 'author', 'produce', 'craft', 'construct', 'establish', 'found', 'set'], ask: 'for how many users, requests or customers, or how big it is?' },
  { verbs: ['migrate', 'refactor', 'rewrite', 'upgrade', 'modernize', 'rebuild', 'redesign', 'overhaul', 'port', 'convert', 'replace', 'restructure', 'revamp', 'transform'], ask: 'how much moved (services, records, lines of code) and what it saved?' },
  { verbs: ['analyze', 'analyse', 'research', 'evaluate', 'assess', 'investigate', 'study', 'test', 'measure', 'model', 'forecast', 'predict', 'survey', 'benchmark', 'audit', 'review', 'examine', 'explore', 'experiment'], ask: 'how much data or how many cases, and what decision or accuracy it led to?' },
  { verbs: ['sell', 'negotiate', 'secure', 'win', 'raise', 'earn', 'acquire', 'close', 'generate', 'pitch', 'market', 'promote', 'fundraise', 'attract', 'retain', 'save'], ask: 'how much money, how many deals or customers?' },
  { verbs: ['resolve', 'fix', 'troubleshoot', 'debug', 'support', 'maintain', 'monitor', 'operate', 'handle', 'process', 'answer', 'serve', 'repair', 'remediate', 'patch'], ask: 'how many tickets, issues or systems, and how fast?' },
  { verbs: ['present', 'document', 'explain', 'speak', 'report', 'communicate', 'translate', 'edit', 'blog'], ask: 'how many readers, attendees or documents?' },
];

/** What the object is, by its head noun: its kind decides the question more than the verb does. */
const OBJECT_ASKS: { heads: string[]; ask: string }[] = [
  {
    heads: ['team', 'teams', 'engineers', 'developers', 'designers', 'students', 'interns', 'volunteers', 'people', 'staff', 'members', 'employees', 'hires', 'analysts', 'tutors', 'mentees', 'squad', 'crew', 'group', 'club', 'chapter', 'nurses', 'agents', 'contractors', 'players', 'juniors'],
    ask: 'how many people, and what they achieved?',
  },
  {
    heads: ['tickets', 'issues', 'bugs', 'incidents', 'requests', 'cases', 'calls', 'inquiries', 'enquiries', 'complaints', 'orders', 'defects', 'escalations', 'claims', 'applications', 'reviews', 'pull'],
    ask: 'how many, and how fast (per week, response time)?',
  },
  {
    // People served rather than led: how many, and how often.
    heads: ['customers', 'clients', 'users', 'patients', 'residents', 'visitors', 'guests', 'participants', 'attendees', 'learners', 'trainees', 'children', 'families', 'callers', 'shoppers', 'donors', 'members'],
    ask: 'how many people, how often, and with what outcome?',
  },
  {
    heads: ['data', 'dataset', 'datasets', 'records', 'reports', 'documents', 'files', 'logs', 'samples', 'images', 'tables', 'marts', 'lake', 'warehouse'],
    ask: 'how much data (records, sources, size), and what it enabled?',
  },
  {
    heads: ['system', 'service', 'services', 'app', 'application', 'platform', 'api', 'apis', 'pipeline', 'pipelines', 'website', 'site', 'tool', 'dashboard', 'database', 'model', 'library', 'bot', 'server', 'servers', 'cluster', 'layer', 'backend', 'frontend', 'infrastructure', 'engine', 'extension', 'portal', 'integration', 'microservice', 'microservices', 'cli', 'sdk'],
    ask: 'how big it is or how many users, requests or records it serves?',
  },
];

/** Verbs of improvement: the number to add is where it started and where it ended. */
const IMPROVING = new Set(['reduce', 'cut', 'decrease', 'lower', 'minimize', 'shorten', 'slash', 'trim', 'improve', 'increase', 'boost', 'grow', 'accelerate', 'speed', 'optimize', 'enhance', 'raise', 'maximize', 'lift', 'tune', 'halve']);

const ASK_BY_HEAD = new Map<string, string>();
for (const o of OBJECT_ASKS) for (const h of o.heads) ASK_BY_HEAD.set(h, o.ask);

const ASK_BY_VERB = new Map<string, string>();
for (const q of QUESTIONS) for (const v of q.verbs) if (!ASK_BY_VERB.has(v)) ASK_BY_VERB.set(v, q.ask);

/** The question for an object's head noun, also in the singular or plural ("model", "models"). */
function askByHead(head: string | undefined): string | undefined {
  if (!head) return undefined;
  return ASK_BY_HEAD.get(head) ?? ASK_BY_HEAD.get(head.replace(/s$/, '')) ?? ASK_BY_HEAD.get(`${head}s`);
}

/**
 * A magnitude said in words instead of a number: "hundreds of", "dozens of", "several thousand",
 * "multi-million". It tells the reader the scale is large but not how large (the rubric counts it
 * as no metric), so the question is for the figure behind it.
 */
const VAGUE_MAGNITUDE = /\b(?:(?:tens|dozens|hundreds|thousands|millions|billions)\s+of|(?:several|many|a\s+few)\s+(?:dozen|hundred|thousand|million|billion)|multi-?(?:million|billion))\b/i;

function vagueMagnitude(text: string): string | undefined {
  return VAGUE_MAGNITUDE.exec(text)?.[0];
}

/** A line that lists tools rather than describing work: "Tech stack: React, Node". */
const STACK_LINE = /^\s*(?:tech(?:nologies|nical)?(?:\s+(?:stack|used))?|stack|tools(?:\s+used)?|built with|languages|frameworks|skills(?:\s+used)?|environment)\s*:/i;

/**
 * "Deployed on AWS with GitLab CI", "Tested on iOS and Android": the opening verb has no object, and
 * what follows it only names known technologies (the tech-terms lexicon) after prepositions. That
 * states the project's platform, where no count or result belongs. A line that names its object
 * ("Deployed the booking API on …"), says anything in common words ("… for the night shift"), names
 * something that is not a technology (a venue, journal, employer: "Spoke at PyCon", "Interned at
 * Goldman Sachs") or says "to" anywhere ("Migrated from Heroku to AWS": a change) is still asked.
 */
function statesPlatformOnly(a: BulletAnalysis): boolean {
  const clause = a.clauses[0];
  if (!clause?.verb || clause.verbs[0] !== a.opening || clause.objects.length || a.clauses.filter((c) => c.verb).length > 1) return false;
  const rest = a.tokens.slice(a.opening + 1).filter((t) => !t.punct);
  if (!rest.length || rest.length > 10 || !PREPOSITIONS.has(rest[0].lower) || rest.some((t) => t.lower === 'to')) return false;
  const name = (text: string) => /^\p{Lu}/u.test(text) || /\p{Ll}\p{Lu}|\./u.test(text);
  const functionWord = (lower: string) => PREPOSITIONS.has(lower) || CONJUNCTIONS.has(lower) || DETERMINERS.has(lower);
  if (!rest.every((t) => functionWord(t.lower) || name(t.text))) return false;
  // Each run of names must hold a known technology: "GitHub Actions" does, "Carnegie Hall" does not.
  const runs: string[][] = [];
  let run: string[] = [];
  for (const t of rest) {
    if (functionWord(t.lower)) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push(t.lower.replace(/[.]+$/, ''));
  }
  if (run.length) runs.push(run);
  return runs.length > 0 && runs.every((r) => r.some((w) => !!TECH_TERMS[w]));
}

export const missingMetric: Rule = {
  id: 'missing-metric',
  category: 'metric',
  defaultSeverity: 'info',
  description: 'A bullet about work that states no number: no scope (users, people, data) and no result (%, time, money).',
  docs: {
    why: 'Numbers are what a reviewer remembers and what makes a claim checkable: how many users, how much faster, how much money, how many people. Names and versions ("Python 3", "S3", "CS 101") are not numbers of that kind.',
    bad: 'Built a caching layer for the product catalogue API.',
    good: 'Built a Redis caching layer for the catalogue API, cutting p95 latency from 800 ms to 120 ms for 2M daily requests.',
  },
  check(doc, { lexicon }) {
    const out: RuleFinding[] = [];
    for (const bullet of workBullets(doc, lexicon)) {
      const text = bullet.text;
      if (!text.trim() || STACK_LINE.test(text) || metricsOf(bullet).length > 0) continue;
      const a = analysisOf(bullet, lexicon);
      if (statesPlatformOnly(a)) continue;
      // The bullet's own clause: a verb later in the line ("… models and processes") is not its opening.
      const clause = a.clauses[0];
      const verb = clause?.verb?.base.replace(/^(co|re)-/, '');
      const np = clause?.objects[0];
      // "thousands of students", "multi-million dollar deals": the scale is said in words; ask for the figure behind them.
      const vague = vagueMagnitude(text);
      const ask =
        (vague ? `the figure "${vague}" stands for (roughly how many or how much)?` : undefined) ??
        (verb && IMPROVING.has(verb) ? 'by how much: from what to what (before → after)?' : undefined) ??
        // "Designer of ML models": without a verb the head is the writer's role; what it is of decides.
        (!verb ? askByHead(a.tokens[clause?.objects.find((o) => o.of)?.of?.head ?? -1]?.lower) : undefined) ??
        askByHead(a.tokens[np?.head ?? -1]?.lower) ??
        (verb && ASK_BY_VERB.get(verb)) ??
        'a number: how many, how much, how often or how fast?';
      const end = text.trimEnd().length;
      const start = text.length - text.trimStart().length;
      out.push(bulletFinding(bullet, start, end, `No metric: add ${ask}`));
    }
    return out;
  },
};

// Generates syntaxes/resume.injection.tmLanguage.json, the TextMate grammar injected into Markdown
// that colors metrics and the strong verb opening a bullet. TextMate has no way to share a regex
// piece between rules, so the pieces live here and the JSON is generated:
//   npx tsx scripts/build-grammar.ts
// test/unit/grammar.test.ts fails when the committed JSON differs from what this produces.
import { writeFileSync } from 'node:fs';

export const GRAMMAR_PATH = 'syntaxes/resume.injection.tmLanguage.json';
export const SCOPE_NAME = 'bulletproof.resume.injection';
export const METRIC_SCOPE = 'constant.numeric.metric.bulletproof';
export const VERB_SCOPE = 'keyword.other.action-verb.bulletproof';

// Strong action verbs in general resume use, base form; `base:past` where the past is not regular.
// Weak openings (helped, worked, assisted, supported, participated, used, utilized, handled) are
// deliberately absent: a bullet that opens with one shows no color.
const VERBS = `
accelerate accomplish achieve acquire adapt administer advance advise analyze architect assemble audit
author automate benchmark boost build:built calibrate capture champion chair clarify close coach code
co-author co-found compile compose conceive conduct configure consolidate construct containerize convert
coordinate craft create curate customize cut:cut debug:debugged decouple decrease define delegate deliver
deploy design detect develop devise diagnose digitize direct discover document double drive:drove earn
educate eliminate enable engineer enhance establish evaluate exceed execute expand expedite extend
extract facilitate fix forecast:forecast formulate found generate grow:grew guide halve harden head
identify implement improve increase initiate install instruct instrument integrate introduce invent
investigate launch lead:led lower map:mapped mentor merge migrate minimize model:modeled modernize monitor
negotiate onboard optimize orchestrate organize originate overhaul own parallelize patent pilot pioneer
plan:planned present prevent prioritize produce profile program:programmed prototype prove publish
quadruple raise rearchitect rebuild:rebuilt recruit redesign reduce refactor reengineer remove render
replace research resolve restructure revamp rewrite:rewrote run:ran save scale schedule scope script
secure sell:sold shape ship:shipped shorten simplify slash solve spearhead speed:sped standardize start
streamline strengthen structure supervise synthesize teach:taught test train transform translate triage
triple troubleshoot tune unify upgrade validate visualize win:won write:wrote
`;

// Common verbs that are not strong openers; listed only so that "Manages 3 people" reads as a count
// rather than as a name with a number.
const OTHER_VERBS = `
assist collaborate contribute handle help maintain manage oversee:oversaw participate perform provide
serve support use utilize work
`;

function pastOf(base: string): string {
  if (base.endsWith('e')) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  return `${base}ed`;
}

function thirdPersonOf(base: string): string {
  if (/(?:s|sh|ch|x|z)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/** Every form a bullet may open with: base ("Lead"), third person ("Leads"), past ("Led"); -ize and -ise. */
export function verbForms(list = VERBS): string[] {
  const forms = new Set<string>();
  for (const entry of list.trim().split(/\s+/)) {
    const [base, past] = entry.split(':');
    for (const form of [base, thirdPersonOf(base), past ?? pastOf(base)]) {
      forms.add(form);
      if (form.includes('iz')) forms.add(form.replace('iz', 'is')); // British spelling
    }
  }
  return [...forms].sort();
}

const alternation = (words: string[]) => words.map((w) => w.replace(/[-.+]/g, (c) => `\\${c}`)).join('|');

// --- regex pieces ---------------------------------------------------------------------------

/** A number as written in prose: 40, 1,200, 3.5. */
const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
/** Magnitude glued to a number: 12k, 1.2M, 3B, 4MM, 2bn. */
const SCALE = String.raw`(?:[kKMB]|MM|bn)`;
const SCALE_WORD = String.raw`(?:thousand|million|billion|trillion)`;
/** Units of time, data, rate and speed, glued or after one space. */
const UNIT = String.raw`(?:ms|µs|μs|ns|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|wks?|months?|mos?|years?|yrs?|KB|kB|MB|GB|TB|PB|KiB|MiB|GiB|TiB|[KMG]bps|kbps|rps|qps|tps|RPS|QPS|TPS|fps|FPS|req/s|ops/s)`;
/** What turns a number into a metric when it follows it: 40%, 3x, 12k, 2 million, 200 ms, 5 TB. */
const SUFFIX = String.raw`(?:\s?%|\s?(?:percent|pp|percentage points)\b|\s?[x×](?!\w)|${SCALE}(?!\w)|\s?${SCALE_WORD}\b|\s?${UNIT}(?![\w/]))`;
/** Characters that, glued before a number, make it part of a name or version: S3, GPT-4, C++20, v2, #12, 3.8/4.0, $ (money has its own rule). */
const NOT_AFTER = String.raw`(?<![\w.,/#+:$€£¥-])`;
/** A number that continues into a name, version, date or fraction is not a count. */
const NOT_BEFORE = String.raw`(?![\w]|[.,/:]\d|-\w)`;
const YEAR = String.raw`(?:19|20)\d{2}`;
/** Capitalized words that open a phrase rather than name a product, so "Over 200" and "Led 5" are counts. */
const PHRASE_OPENERS = [
  'A', 'An', 'The', 'All', 'Over', 'Under', 'About', 'Around', 'Across', 'Nearly', 'Almost', 'Approximately',
  'Roughly', 'Some', 'Top', 'First', 'Last', 'Past', 'Next', 'By', 'For', 'From', 'To', 'In', 'On', 'At', 'Of',
  'With', 'Within', 'Into', 'Up', 'Down', 'Every', 'Each', 'Per', 'And', 'Or', 'But', 'Than', 'Only', 'More',
  'Less', 'Fewer', 'Our', 'My', 'Their', 'His', 'Her', 'Its', 'These', 'Those', 'This', 'That', 'Through',
  'During', 'After', 'Before', 'Since', 'Among', 'Between', 'Including', 'Reaching', 'Ranked', 'Team', 'Teams',
];
const capitalize = (w: string) => w[0].toUpperCase() + w.slice(1);
const WRITTEN_NUMBERS = [
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty',
  'sixty', 'seventy', 'eighty', 'ninety', 'dozen', 'hundred', 'thousand', 'million', 'billion',
];
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONES = 'one|two|three|four|five|six|seven|eight|nine';
/** Hyphenated words after a digit that make a name or a spec, not a count: 12-factor app, 64-bit, 3-tier. */
const NAME_COMPOUNDS = 'factor|tier|bit|core|way|layer|dimensional';
/** Words that make a written number vague: "several thousand", "many hundred". */
const VAGUE_BEFORE_NUMBER = 'several|many|few|some|multiple|numerous|countless';
/** Nouns that make a year-like number a count: "2000 users". */
const COUNT_NOUNS = String.raw`(?:users|customers|clients|students|people|members|employees|engineers|developers|requests|queries|transactions|events|messages|orders|downloads|installs|visitors|subscribers|records|rows|lines|tests|tickets|pages|files|documents|devices|servers|nodes|participants|attendees|applicants|patients|accounts|items|products|calls|jobs|units)`;
/** Hyphenated words after a written number that keep it a count: "four-person team", "ten-fold". */
const COUNT_COMPOUNDS = 'person|people|member|engineer|week|month|day|hour|year|minute|second|fold|times|step|stage|node|region';

export function buildGrammar(): Record<string, unknown> {
  const verbs = verbForms();
  const openers = alternation([...PHRASE_OPENERS, ...[...verbs, ...verbForms(OTHER_VERBS)].map(capitalize)]);
  const money = String.raw`[$€£¥]\s?${NUM}(?:${SCALE}(?!\w)|\s?${SCALE_WORD}\b)?\+?`;
  const amount = String.raw`~?(?:${money}|${NUM}\+?${SUFFIX}?)`;

  return {
    information_for_contributors: [
      'Generated by scripts/build-grammar.ts; edit that file and run `npx tsx scripts/build-grammar.ts`.',
    ],
    name: 'Bulletproof resume highlights',
    scopeName: SCOPE_NAME,
    injectionSelector:
      'text.html.markdown -comment -markup.fenced_code -markup.inline.raw -markup.raw -meta.embedded -markup.heading -markup.underline.link',
    patterns: [{ include: '#action-verb' }, { include: '#not-a-metric' }, { include: '#metric' }],
    repository: {
      'action-verb': {
        comment: 'A strong verb right after a list marker (-, *, +, 1., 1), or a pasted • – glyph), also inside ** or _.',
        match: String.raw`(?<=^[ \t]*(?:>[ \t]?)*(?:[-*+•‣◦▪–]|\d{1,9}[.)])[ \t]+(?:\*\*|__|\*|_)?)(?i:${alternation(verbs)})(?![\w'’-])`,
        name: VERB_SCOPE,
      },
      'not-a-metric': {
        comment: 'Numbers that belong to a phone number, date, version or name. Matched (without a scope) so the metric rules do not see them.',
        patterns: [
          {
            comment: 'phone number: (555) 010-0142, +1 555 010 0142',
            match: String.raw`(?<![\w.])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]\d{4}(?!\w)`,
          },
          {
            comment: 'numeric dates: 05/2024, 2024-05, 5/14/2024',
            match: String.raw`(?<![\w.])(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}/${YEAR}|${YEAR}[-/]\d{1,2}(?:[-/]\d{1,2})?)(?![\w/])`,
          },
          {
            comment: 'year ranges: 2022–2024, 2023 - Present',
            match: String.raw`${NOT_AFTER}${YEAR}\s?(?:[-–—]|to|until|through)\s?(?:${YEAR}|'?\d{2}|[Pp]resent|[Cc]urrent|[Nn]ow|[Tt]oday)(?!\w)`,
          },
          {
            comment: 'dotted versions: 1.2.3, v2.0.1',
            match: String.raw`(?<![\w.])v?\d+(?:\.\d+){2,}(?![\w.])`,
          },
          {
            comment: 'a name followed by its number: Python 3, Windows 10, Node 18, CS 101, Unreal Engine 5, iOS 17, May 2024',
            match: String.raw`(?<![\w.+#-])(?!(?:${openers})\s)(?![A-Za-z]+(?:ed|ing)\s)(?:[A-Z][\w+#]*|[a-z]+[A-Z][\w+#]*)(?:\.[A-Za-z]+)*\s+v?\d+(?:\.\d+)*(?!\+|${SUFFIX})${NOT_BEFORE}`,
          },
          {
            comment: 'a year on its own: 2023, unless it counts something (2000 users)',
            match: String.raw`${NOT_AFTER}${YEAR}(?!\+|${SUFFIX}|\s+(?:${COUNT_NOUNS})\b)${NOT_BEFORE}`,
          },
        ],
      },
      metric: {
        patterns: [
          {
            comment: 'a change: from 800 ms to 120 ms, from 3 servers to 1, from 12% to 31%',
            match: String.raw`\b(?i:from)\s+(?!${YEAR}\b(?!${SUFFIX}))${amount}(?:\s+[a-z]+)?\s+(?i:to)\s+${amount}(?!\w|[.,]\d)`,
            name: METRIC_SCOPE,
          },
          {
            comment: 'a range: 10–15%, 2-3x, 3 to 5 engineers (an em dash separates clauses, not numbers)',
            match: String.raw`${NOT_AFTER}${amount}\s?(?:[-–]|to)\s?${amount}(?!\w|[.,]\d)`,
            name: METRIC_SCOPE,
          },
          {
            comment: 'a score out of a maximum: GPA 3.8/4.0, 9.2/10',
            match: String.raw`${NOT_AFTER}\d\.\d+/\d+(?:\.\d+)?(?![\w/]|[.,]\d)`,
            name: METRIC_SCOPE,
          },
          {
            comment: 'money: $1.2M, €300k, $40,000',
            match: String.raw`(?<![\w$€£¥])${money}(?!\w|[.,]\d)`,
            name: METRIC_SCOPE,
          },
          {
            comment: 'a number with a unit or magnitude: 40%, 3x, 12k, 200 ms, 5 TB, 2 million, 100+',
            match: String.raw`${NOT_AFTER}~?${NUM}\+?${SUFFIX}`,
            name: METRIC_SCOPE,
          },
          {
            comment: 'a count in a compound: a 6-member team, 24-hour, 3-person (not a name such as 12-factor, 64-bit, 3-tier)',
            match: String.raw`${NOT_AFTER}(?!${YEAR}-)(?!\d+-(?:${NAME_COMPOUNDS})\b)\d+-[a-z]+(?![\w-])`,
            name: METRIC_SCOPE,
          },
          {
            comment: 'a bare count: 12 microservices, 40 students, by 30',
            match: String.raw`${NOT_AFTER}~?${NUM}\+?${NOT_BEFORE}`,
            name: METRIC_SCOPE,
          },
          {
            comment: 'a written count: a team of four, two services, twenty-five interns, a dozen clients',
            match: String.raw`(?<!\b(?i:${VAGUE_BEFORE_NUMBER})\s+)\b(?i:(?:${TENS})-(?:${ONES})|${alternation(WRITTEN_NUMBERS)})(?:-(?:${COUNT_COMPOUNDS}))?\b(?![-'’])`,
            name: METRIC_SCOPE,
          },
        ],
      },
    },
  };
}

export function grammarJson(): string {
  return `${JSON.stringify(buildGrammar(), null, 2)}\n`;
}

// Run directly: write the grammar file.
if (process.argv[1] && /build-grammar\.ts$/.test(process.argv[1])) {
  writeFileSync(GRAMMAR_PATH, grammarJson());
  console.log(`wrote ${GRAMMAR_PATH}`);
}

// Adversarial inputs for regex-heavy rules: one huge line, a token repeated 100k times, and the
// shapes that make naive patterns backtrack (long runs of digits, hyphens, dots, markers).
export interface AdversarialCase {
  name: string;
  /** Builds a document of roughly `size` characters. */
  make(size: number): string;
}

const repeatTo = (unit: string, size: number) => unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, size);
const bullet = (body: string) => `## Experience\n\n### Engineer, Acme — Jan 2022 – Present\n\n- ${body}\n`;

export const ADVERSARIAL_CASES: AdversarialCase[] = [
  { name: 'single 1-letter run', make: (n) => bullet(repeatTo('a', n)) },
  { name: 'repeated weak phrase', make: (n) => bullet(repeatTo('Responsible for helping with various things etc. ', n)) },
  { name: 'repeated token', make: (n) => bullet(repeatTo('data ', n)) },
  { name: 'digits and separators', make: (n) => bullet(repeatTo('1.2-3/4,5 ', n)) },
  { name: 'hyphen and dot chains', make: (n) => bullet(repeatTo('a-b.c', n)) },
  { name: 'number words', make: (n) => bullet(repeatTo('four hundred twenty ', n)) },
  { name: 'inline markup', make: (n) => bullet(repeatTo('**Led** [X](https://x.io) `C++` ', n)) },
  { name: 'dates', make: (n) => bullet(repeatTo('May 2024 – ', n)) },
  { name: 'many bullets', make: (n) => `## Experience\n\n### Engineer, Acme — 2020 – 2021\n\n${repeatTo('- Built it.\n', n)}` },
  { name: 'many headings', make: (n) => repeatTo('## Experience\n### Role, Org — 2020 – 2021\n- Led 3 people.\n', n) },
];

/**
 * The ten hostile documents of issue 15: shapes a real editor can hold that a resume never has. Each
 * `make(size)` fills about `size` characters (1 MB in `npm run bench`, a few tens of KB in CI), so the
 * same shape can be measured at two sizes and its growth judged as a ratio.
 */
export const HOSTILE_DOCUMENTS: AdversarialCase[] = [
  { name: 'one 1 MB line', make: (n) => `- ${repeatTo(prose(Math.ceil(n / 8)).join(' ') + ' ', n - 2)}` },
  { name: '20,000 bullets', make: (n) => `## Experience\n\n### Engineer, Acme — 2020 – 2024\n\n${fill(n, (i) => `- ${sentence(i)}\n`)}` },
  { name: '400-deep nesting', make: (n) => `## Experience\n\n${fill(n, (i) => nestedList(Math.min(400, Math.floor(Math.sqrt(n)) + 1), i))}` },
  {
    name: 'control characters',
    make: (n) => `## Experience\n\n${fill(n, (i) => `- ${sentence(i).replace(/ /g, () => CONTROLS[i++ % CONTROLS.length])}\n`)}`,
  },
  { name: 'CRLF line endings', make: (n) => fill(n, (i) => RESUME_PART(i)).replace(/\n/g, '\r\n') },
  {
    name: 'broken front matter',
    make: (n) => `---\nname: [Ada, "unclosed\nskills: {a: 1\n\t- tab: indented\n---\n${fill(n - 60, (i) => RESUME_PART(i))}`,
  },
  {
    name: 'raw HTML',
    make: (n) =>
      `## Experience\n\n${fill(n, (i) => `<div class="job"><p>${sentence(i)}<script>alert(${i})</script></p>\n<table><tr><td>- ${sentence(i + 1)}</td></tr></table></div>\n\n- <b>${sentence(i + 2)}</b> <span style="x">${i}</span>\n`)}`,
  },
  {
    name: '2,000-row tables',
    make: (n) => `## Experience\n\n| Role | What | When |\n| --- | --- | --- |\n${fill(n, (i) => `| Engineer ${i} | ${sentence(i)} | 20${10 + (i % 15)} |\n`)}`,
  },
  { name: 'only front matter', make: (n) => `---\n${fill(n - 8, (i) => `key${i}: ${sentence(i)}\n`)}---\n` },
  { name: 'empty', make: () => '' },
];

const WORDS = ['built', 'a', 'billing', 'service', 'that', 'cut', 'latency', 'by', '40%', 'for', '12', 'teams', 'using', 'Go', 'and', 'Postgres', 'led', 'migration', 'of', 'the', 'reporting', 'pipeline', 'to', 'Kafka'];
const CONTROLS = [' ', '\u0000', ' \u0007', '\u000b', ' \u001b[31m', '\u007f', ' \u200b', '\ufeff', ' \u202e', '\ud800', ' '];

/** `count` words drawn deterministically from a small vocabulary (varied, so nothing is cached away). */
function prose(count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(WORDS[(i * 7 + ((i / WORDS.length) | 0)) % WORDS.length]);
  return out;
}

/** A different plausible bullet for every `i`. */
function sentence(i: number): string {
  const w = prose(6 + (i % 9)).map((word, k) => (k === 3 ? `${word}${i}` : word));
  return `${w[0][0].toUpperCase()}${w.join(' ').slice(1)}.`;
}

/** Concatenates `part(0), part(1), …` up to about `size` characters. */
function fill(size: number, part: (i: number) => string): string {
  let out = '';
  for (let i = 0; out.length < size; i++) out += part(i);
  return out.slice(0, Math.max(size, 0));
}

/** A list nested `depth` levels deep, one item per level. */
function nestedList(depth: number, seed: number): string {
  let out = '';
  for (let d = 0; d < depth; d++) out += `${'  '.repeat(d)}- ${sentence(seed + d)}\n`;
  return out;
}

const RESUME_PART = (i: number) =>
  `## Experience\n\n### Software Engineer, Acme ${i} — Jan 2020 – Mar 2022\n\n- ${sentence(i)}\n- ${sentence(i + 1)}\n- Responsible for various things.\n\n`;

/** The top of a posting whose title, employer and requirements each hostile posting must not lose. */
export const POSTING_HEAD = 'Acme Robotics\nSoftware Engineer Intern\n\n';
const POSTING_TAIL = '\n\nRequirements\n- Experience with Kafka and Postgres\n';
const CAPITALS = ['ACME', 'ROBOTICS', 'DATA', 'CLOUD', 'NORTH', 'SYSTEMS', 'GROUP', 'LABS'];

/**
 * Job postings with a line no posting has, placed where the job reader looks for names: an inline
 * image's base64 pasted as text (one run without a space), a field label that runs into a paragraph,
 * a line of capitals, a line of words. Each `make(size)` fills about `size` characters.
 */
export const HOSTILE_POSTINGS: AdversarialCase[] = [
  { name: 'one run without a space', make: (n) => `${POSTING_HEAD}${repeatTo('X', n)}${POSTING_TAIL}` },
  { name: 'base64 image in Markdown', make: (n) => `${POSTING_HEAD}![logo](data:image/png;base64,${repeatTo('iVBORw0KGgoAAAANSUhEUgAA', n)})${POSTING_TAIL}` },
  { name: 'label run into a paragraph', make: (n) => `Company: ${repeatTo('Acme Robotics ', n)}\nTitle: Software Engineer Intern${POSTING_TAIL}` },
  { name: 'one line of capitals', make: (n) => `${POSTING_HEAD}${fill(n, (i) => `${CAPITALS[(i * 5) % CAPITALS.length]} `)}${POSTING_TAIL}` },
  { name: 'one line of words', make: (n) => `${POSTING_HEAD}${repeatTo(prose(Math.ceil(n / 6)).join(' ') + ' ', n)}${POSTING_TAIL}` },
];

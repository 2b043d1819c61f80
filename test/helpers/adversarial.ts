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

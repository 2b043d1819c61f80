// fast-check generators for hostile resume-like Markdown: unicode, CRLF, tabs, very long lines, deep
// nesting, tables, HTML, broken front matter and control characters.
import fc from 'fast-check';

const words = fc.constantFrom(
  'Responsible', 'for', 'helped', 'Successfully', 'built', 'Led', 'various', 'features', 'etc.', 'team', 'player',
  'Javascript', 'nodejs', 'was', 'developed', 'I', 'my', '40%', '$1.2M', '3x', 'Python 3', 'CS 101', '2023', 'Present',
  'data-driven', 'résumé', '数据', '🚀', 'naïve', 'Ünïcödé', '\u200b', '\u00a0', 'C++', 'C#', 'Node.js', '24/7',
  'References', 'available', 'upon', 'request', 'Date of birth:', 'May 2024 – Aug 2024', '05/2023', 'a', 'the',
);
const inlineMark = fc.constantFrom('', '**', '*', '_', '`', '~~');
const phrase = fc
  .tuple(fc.array(words, { minLength: 0, maxLength: 14 }), inlineMark, fc.boolean())
  .map(([ws, mark, link]) => {
    const text = ws.join(' ');
    const marked = mark && text ? `${mark}${text}${mark}` : text;
    return link ? `[${marked}](javascript:alert(1))` : marked;
  });
const noise = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 31 }).map((c) => String.fromCharCode(c)), maxLength: 8 }),
  fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<!-- bulletproof-disable -->',
    '<!-- bulletproof-enable filler-word -->', '<!-- bulletproof-disable-next-line weak-opening -->', '<!-- tags: backend, ml -->',
    '<!--', '-->', '```', '~~~', '\\*', '&amp;', '&#x1F680;', '|', '<br>'),
);
const marker = fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '• ', '– ', '- [ ] ', '- [x] ');
const indent = fc.integer({ min: 0, max: 12 }).map((n) => ' '.repeat(n));

const line = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(indent, marker, phrase).map(([i, m, p]) => `${i}${m}${p}`) },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), phrase).map(([n, p]) => `${'#'.repeat(n)} ${p}`) },
  { weight: 1, arbitrary: fc.constantFrom('## Experience', '## Work History', '## Projects', '## Education', '## Technical Skills', '## Objective', '### Engineer, Acme — Jan 2022 – Present') },
  { weight: 2, arbitrary: phrase },
  { weight: 1, arbitrary: fc.tuple(phrase, phrase).map(([a, b]) => `| ${a} | ${b} |`) },
  { weight: 1, arbitrary: fc.constant('| --- | --- |') },
  { weight: 1, arbitrary: noise },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.tuple(phrase, fc.integer({ min: 1, max: 30 })).map(([p, n]) => p.repeat(n)) },
);
const eol = fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\t\n');
const frontMatter = fc.oneof(
  fc.constant(''),
  fc.constant('---\nname: Ada\nresume: true\n---\n'),
  fc.constant('---\nname: [broken\n---\n'),
  fc.constant('---\nbulletproof:\n  rules:\n    filler-word: error\n---\n'),
  fc.constant('---\nbulletproof: 3\n---\n'),
  fc.constant('---\n- a list\n---\n'),
  fc.constant('---\nunterminated: true\n'),
);

export const arbitraryMarkdown = fc
  .tuple(frontMatter, fc.array(fc.tuple(line, eol), { maxLength: 40 }))
  .map(([fm, lines]) => fm + lines.map(([l, e]) => l + e).join(''));

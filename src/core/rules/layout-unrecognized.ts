// A file that is linted as a resume but whose layout the parser could not read: no section heading
// at all, or work sections without a single bullet. Every other rule would then stay silent and the
// user would believe the resume is clean, so one information finding says what was expected and
// links to the supported layouts (docs/layouts.md).
import type { Rule } from '../types';
import { isNarrativeKind } from '../document/parse';
import { documentTopRange } from './source-scan';

export const LAYOUTS_DOC = 'docs/layouts.md';

export const layoutUnrecognized: Rule = {
  id: 'layout-unrecognized',
  category: 'structure',
  defaultSeverity: 'info',
  description: 'No section or no bullet could be read, so the other checks have nothing to look at.',
  docs: {
    why: 'When the layout is not recognised, every other check stays silent and a resume full of vague bullets looks clean. Saying so is better than silence.',
    bad: '# Ana Silva\n\nAcme Corp 2021 to 2023 built things there and also ran the on-call rota',
    good: '# Ana Silva\n\n## Experience\n\n### Backend Engineer, Acme Corp — 2021 – 2023\n\n- Cut p95 latency of the billing API from 900 ms to 120 ms.',
  },
  check(doc) {
    if (!doc.text.trim()) return [];
    const sections = doc.sections.filter((s) => s.kind !== 'header');
    const range = documentTopRange(doc);
    if (!sections.length) {
      return [
        {
          range,
          message: `No resume section found: expected headings such as "## Experience", "## Projects", "## Education" and "## Skills" (Markdown headings, bold lines or HTML headings), with bullets under them. Supported layouts: ${LAYOUTS_DOC}.`,
        },
      ];
    }
    const work = sections.filter((s) => isNarrativeKind(s.kind));
    if (work.length && !work.some((s) => s.bullets.length)) {
      const names = work.map((s) => `"${s.title}"`).join(', ');
      return [
        {
          range: work[0].headingRange ?? range,
          message: `No bullet found under ${names}: expected one line per accomplishment ("- Cut build time by 40% …", "• …", or a line under each role). Supported layouts: ${LAYOUTS_DOC}.`,
        },
      ];
    }
    return [];
  },
};

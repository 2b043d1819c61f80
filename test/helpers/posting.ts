// Small builders for job-posting tests: a posting made of requirement lines, and the hard skills it asks for.
import { parseJobPosting } from '../../src/core/job';

/** "Title / Requirements / - line …": a minimal posting whose lines are all requirements. */
export function requirementsPosting(title: string, ...lines: string[]): string {
  return `${title}\n\nRequirements\n${lines.map((l) => `- ${l}`).join('\n')}\n`;
}

/** The hard skills a posting asks for (required or preferred), by keyword. */
export function askedSkills(text: string): string[] {
  return parseJobPosting(text)
    .keywords.filter((k) => k.kind === 'hard' && k.importance !== 'other')
    .map((k) => k.keyword);
}

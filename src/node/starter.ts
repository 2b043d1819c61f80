// First run: a starter resume in the recommended shape and a commented .bulletproof.json, written only
// where no file exists (`bulletproof init`, the command Bulletproof: Create Starter Resume).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE_NAME } from './config-loader';

export const STARTER_RESUME_NAME = 'resume.md';

/**
 * The "bp-resume" snippet (snippets/markdown.code-snippets) with every default accepted: front matter
 * for the contact details the tailoring and referral commands read, then Education, Experience,
 * Projects and Skills. The N's are for the user's own numbers (the linter points at them).
 * test/unit/ship/init.test.ts keeps the two identical.
 */
export const STARTER_RESUME = `---
name: Jane Doe
email: jane.doe@example.com
phone: (555) 010-0142
links:
  linkedin: https://www.linkedin.com/in/janedoe
  github: https://github.com/janedoe
school: University of Washington
major: Computer Science
graduation: May 2026
resumeUrl: https://janedoe.dev/resume.pdf
---

# Jane Doe

jane.doe@example.com · (555) 010-0142 · [LinkedIn](https://www.linkedin.com/in/janedoe) · [GitHub](https://github.com/janedoe)

## Education

### B.S. in Computer Science, University of Washington — Expected May 2026

Relevant coursework: Data Structures, Algorithms, Databases, Operating Systems

## Experience

### Software Engineer Intern, Acme Corp — Seattle, WA | May 2025 – Aug 2025

- Built a Kafka consumer that streams order events into the Snowflake warehouse, processing N events a day
- Cut the nightly sales report build from N to N minutes by rewriting its SQL transforms as incremental dbt models

## Projects

### Course Planner — a degree-audit web app for computer science undergraduates

React, TypeScript, Flask, PostgreSQL · [github.com/janedoe/course-planner](https://github.com/janedoe/course-planner) · Jan 2024 – May 2024

- Built a prerequisite checker that validates degree plans against the course catalog, used by N students in its first semester

## Skills

- **Languages:** Python, TypeScript, Java, SQL
- **Frameworks & tools:** React, Flask, Docker, AWS, GitHub Actions, PostgreSQL
`;

/** JSONC (comments allowed): every key is at its default or commented out, to be edited. */
export const STARTER_CONFIG = `// Bulletproof configuration for the resumes in this folder and below (up to the repository root).
// Comments and trailing commas are allowed. Reference: schemas/bulletproof.schema.json, docs/rules/.
{
  // Which files are resumes: globs relative to this folder. Default: resume*.md and cv*.md
  // anywhere, plus any Markdown file whose front matter says "resume: true".
  // "files": ["resume.md", "cv/*.md"],

  // Severity per rule id: "error", "warning", "info", "hint" or "off". Errors make
  // \`bulletproof lint\` exit 1, so CI and the pre-commit hook fail on them.
  "rules": {
    // "missing-metric": "error",
    // "weak-opening": "error",
    // "filler-word": "off",
  },

  // Markdown hygiene checks (markdownlint); false turns them off.
  "markdownlint": true,

  // Your own words on top of the built-in lists, for example:
  // "words": { "buzzwords": ["rockstar"], "strongVerbs": ["orchestrate"] },
}
`;

export interface StarterResult {
  /** Absolute paths written. */
  created: string[];
  /** Absolute paths that already existed and were left unchanged. */
  existing: string[];
}

/** Writes the starter files into `dir`; an existing file is never touched (exclusive create). */
export function createStarterFiles(dir: string, resumeName = STARTER_RESUME_NAME): StarterResult {
  const result: StarterResult = { created: [], existing: [] };
  for (const [name, text] of [
    [resumeName, STARTER_RESUME],
    [CONFIG_FILE_NAME, STARTER_CONFIG],
  ] as const) {
    const path = join(dir, name);
    try {
      // 'wx' fails if the path exists: no check-then-write race with an editor saving the same file.
      writeFileSync(path, text, { flag: 'wx' });
      result.created.push(path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      result.existing.push(path);
    }
  }
  return result;
}

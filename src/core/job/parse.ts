// Job posting text (Markdown or pasted plain text, optional YAML front matter) → JobPosting.

import { metadataFromFrontMatter, splitFrontMatter } from './front-matter';
import { extractKeywords } from './keywords';
import { inferMetadata } from './metadata';
import { findSections } from './sections';
import type { JobPosting } from './types';

export function parseJobPosting(text: string): JobPosting {
  const { data, bodyStart } = splitFrontMatter(text);
  const fromFrontMatter = metadataFromFrontMatter(data);
  const body = text.slice(bodyStart);
  const firstLines = body.split('\n', 12);
  const inferred = inferMetadata(body, firstLines);
  const sections = findSections(text, bodyStart);
  const company = fromFrontMatter.company ?? inferred.company;
  const { keywords, degrees, experience, alternatives } = extractKeywords(text, bodyStart, sections, company);
  return {
    ...inferred,
    ...definedOnly(fromFrontMatter),
    tags: fromFrontMatter.tags,
    text,
    frontMatter: data,
    bodyStart,
    sections,
    keywords,
    degrees,
    experience,
    alternatives,
  };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** "Amazon" + "Software Development Engineer Intern" → "amazon-software-development-engineer-intern". */
export function jobSlug(job: Pick<JobPosting, 'company' | 'title'>, fallback = 'job'): string {
  const slug = [job.company, job.title]
    .filter(Boolean)
    .join(' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/c\+\+/g, 'cpp')
    .replace(/c#/g, 'csharp')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || fallback;
}

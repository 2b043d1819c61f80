// Job postings: parsing, sections, metadata and keyword extraction.
export * from './types';
export { parseJobPosting, jobSlug } from './parse';
export { classifyHeading, findSections } from './sections';
export { IMPORTANCE_RANK } from './keywords';

// The server's completion keeps its own copy of the narrative section kinds (so its main thread does
// not load the Markdown parser); it must agree with the engine's isNarrativeKind on every kind.
import assert from 'node:assert/strict';
import { isNarrativeKind } from '../../src/core/document/parse';
import type { SectionKind } from '../../src/core/document/types';
import { NARRATIVE_KINDS } from '../../src/server/completion';

// Every member of SectionKind: `satisfies` makes the compiler reject a kind that does not exist.
const ALL_KINDS = ['header', 'summary', 'objective', 'experience', 'projects', 'research', 'leadership', 'education', 'skills', 'awards', 'publications', 'certifications', 'references', 'other'] as const satisfies readonly SectionKind[];
// …and reject a SectionKind missing from the list.
const _complete: Record<SectionKind, true> = Object.fromEntries(ALL_KINDS.map((k) => [k, true])) as { [K in (typeof ALL_KINDS)[number]]: true };

describe('completion: narrative section kinds', () => {
  it('agree with the engine on every section kind', () => {
    assert.ok(_complete);
    for (const kind of ALL_KINDS) assert.equal(NARRATIVE_KINDS.has(kind), isNarrativeKind(kind), kind);
  });
});

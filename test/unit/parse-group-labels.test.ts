// Labels inside an entry ("### On-call", "**Key results**", "- **Achievements:**", a bold tech line)
// group that entry's bullets; they do not open entries of their own. Invented resumes only.
import assert from 'node:assert/strict';
import { parseResume } from '../../src/core/document/parse';
import type { ResumeDocument } from '../../src/core/document/types';

const entries = (doc: ResumeDocument, kind = 'experience') =>
  doc.sections.filter((s) => s.kind === kind).flatMap((s) => s.entries.map((e) => ({ title: e.title, dates: e.dates?.raw, bullets: e.bullets.map((b) => b.text) })));

describe('parseResume: group labels inside an entry', () => {
  it('keeps same-level headings without dates or role words under the dated role above them', () => {
    const doc = parseResume(
      [
        '# Lee Park', '', '## Experience', '',
        '### Harbor Freight Labs | Logistics SaaS', '', '**March 2023 – present**', '',
        '### Duties', '', '* Ran the on-call rotation for the billing cluster', '* Wrote Terraform modules for the staging stack', '',
        '### Observability', '', '* Built Prometheus alerts for queue lag', '',
        '### Cedar Mill Games | Studio', '', '**2020 – 2022**', '', '* Shipped the matchmaking service in Go', '',
      ].join('\n'),
    );
    const got = entries(doc);
    assert.deepEqual(got.map((e) => e.title), ['Harbor Freight Labs', 'Cedar Mill Games']);
    assert.equal(got[0].bullets.length, 3);
    assert.match(got[0].bullets[2], /Prometheus/);
    assert.deepEqual(got[1].bullets, ['Shipped the matchmaking service in Go']);
  });

  it('still opens an entry for a same-level heading followed by its dates or its role', () => {
    const doc = parseResume(
      [
        '# Lee Park', '', '## Experience', '',
        '### Harbor Freight Labs', '', '**March 2023 – present**', '', '* Ran the on-call rotation for the billing cluster', '',
        '### Northwind', '', '**2021 – 2023**', '', '* Moved nightly jobs to Airflow', '',
        '### Bluebird', '', '- Platform Engineer', '- Automated the release train with GitHub Actions', '',
      ].join('\n'),
    );
    assert.deepEqual(entries(doc).map((e) => e.title), ['Harbor Freight Labs', 'Northwind', 'Bluebird']);
  });

  it('reads a bold label line and a bold list-item label as labels of the dated role', () => {
    const doc = parseResume(
      [
        '# Lee Park', '', '## Work', '',
        '**Data Engineer, Quarry Analytics** (Jan 2022 – Dec 2023)', '',
        '**Key results**', '', '- Cut warehouse cost by a third with partition pruning', '',
        '- **Achievements:**', '  - Migrated 40 reports to dbt', '  - Led the Snowflake rollout',
      ].join('\n'),
    );
    const got = entries(doc);
    assert.equal(got.length, 1);
    assert.equal(got[0].bullets.length, 3);
  });

  it('reads a bold list of names under a dated role as its tech line, not an entry', () => {
    const doc = parseResume(
      [
        '# Lee Park', '', '## Experience', '',
        '### Quarry Analytics | Jan 2022 – Dec 2023', '', '**Kotlin, Spring Boot, PostgreSQL, Redis**', '',
        '- Designed the order service handling 2,000 orders a day', '',
      ].join('\n'),
    );
    const got = entries(doc);
    assert.equal(got.length, 1);
    assert.deepEqual(got[0].bullets, ['Designed the order service handling 2,000 orders a day']);
  });

  it('keeps an undated project after a dated one as a project of its own, unless it ends in a colon', () => {
    const doc = parseResume(
      [
        '# Lee Park', '', '## Projects', '',
        '**Tide Tables (2024)**', '', '- Charted tide predictions with D3', '',
        '**Core parts**:', '', '- Cached station data in IndexedDB', '',
        '**Pocket Herbarium**', '', '- Classified leaf photos with a small CNN', '',
      ].join('\n'),
    );
    const got = entries(doc, 'projects');
    assert.deepEqual(got.map((e) => e.title), ['Tide Tables', 'Pocket Herbarium']);
    assert.equal(got[0].bullets.length, 2);
  });

  it('keeps a same-level heading that names a section ("### Programming languages") a block of its own', () => {
    const doc = parseResume(
      ['# Lee Park', '', '## Experience', '', '### Harbor Freight Labs | 2021 – 2023', '', '* Ran the on-call rotation', '', '### Programming languages', '', '* Go - small services', ''].join('\n'),
    );
    assert.deepEqual(entries(doc).map((e) => e.title), ['Harbor Freight Labs', 'Programming languages']);
  });

  it('leaves an undated role alone: without dates above, a short heading stays an entry', () => {
    const doc = parseResume(
      ['# Lee Park', '', '## Experience', '', '### Harbor Freight Labs', '', '* Ran the on-call rotation', '', '### Observability', '', '* Built alerts for queue lag', ''].join('\n'),
    );
    assert.deepEqual(entries(doc).map((e) => e.title), ['Harbor Freight Labs', 'Observability']);
  });

  it('opens an entry for an undated same-level heading shaped like an organisation, even with bullets right after', () => {
    const doc = parseResume(
      [
        '# Lee Park', '', '## Experience', '',
        '### Harbor Freight | Logistics SaaS', '', '**March 2023 – present**', '', '* Ran the on-call rotation for the billing cluster', '',
        '### Nordlys GmbH', '', '* Built the invoice export in Kotlin', '',
        '### pixelgrove.io', '', '* Kept the image CDN under 40 ms p95', '',
        '### Vela S.A.', '', '* Wrote the settlement batch in Go', '',
      ].join('\n'),
    );
    const got = entries(doc);
    assert.deepEqual(got.map((e) => e.title), ['Harbor Freight', 'Nordlys GmbH', 'pixelgrove.io', 'Vela S.A.']);
    assert.deepEqual(got[1].bullets, ['Built the invoice export in Kotlin']);
  });

  it('keeps a label named with an organisation noun ("Innovation Lab", "Strategy Consulting") inside the dated role', () => {
    const doc = parseResume(
      [
        '# Lee Park', '', '## Experience', '',
        '### Harbor Freight', '', '**March 2023 – present**', '',
        '#### Innovation Lab', '', '* Prototyped a drone-count model for the yard', '',
        '### Strategy Consulting', '', '* Priced three warehouse layouts for a client', '',
        '#### Platform', '', '* Moved the pallet tracker to Postgres', '',
      ].join('\n'),
    );
    const got = entries(doc);
    assert.deepEqual(got.map((e) => e.title), ['Harbor Freight']);
    assert.equal(got[0].bullets.length, 3);
  });

  // Not a timed test (speed lives in the bench): with the old name pattern, which restarted at every
  // hyphen, this document alone took seconds; a regression shows as a slow test, the structure must hold.
  it('reads 30 KB hyphenated headings by shape: a label, or an employer when it ends in a web domain', () => {
    const long = 'a-'.repeat(15 * 1024) + 'b';
    const doc = parseResume(
      [
        '# Lee Park', '', '## Experience', '',
        '### Harbor Freight', '', '**March 2023 – present**', '', '* Ran the on-call rotation', '',
        `### ${long}`, '', '* Kept the queue drained', '',
        `### ${long} pixelgrove.io`, '', '* Kept the image CDN under 40 ms p95', '',
      ].join('\n'),
    );
    assert.ok(doc.text.length < 64 * 1024, 'the whole document is analysed');
    const got = entries(doc);
    assert.deepEqual(got.map((e) => (e.title ?? '').slice(-14)), ['Harbor Freight', 'b pixelgrove.io'.slice(-14)]);
    assert.equal(got[0].bullets.length, 2);
  });

  it('keeps a label inside the dated role when it has no organisation shape, or when a colon leads in ("Side Lab:")', () => {
    const doc = parseResume(
      [
        '# Lee Park', '', '## Experience', '',
        '### Harbor Freight | Logistics SaaS', '', '**March 2023 – present**', '',
        '### Platform Migration', '', '* Moved 30 services from VMs to Kubernetes', '',
        '### Side Lab:', '', '* Prototyped a Go load generator', '',
        '### Reliability', '', '* Cut paging noise by half with alert budgets', '',
      ].join('\n'),
    );
    const got = entries(doc);
    assert.deepEqual(got.map((e) => e.title), ['Harbor Freight']);
    assert.equal(got[0].bullets.length, 3);
  });

  it('reads a deeper short heading under an undated entry as its label, by shape rather than a word list', () => {
    const doc = parseResume(
      [
        '# Lee Park', '', '## Experience', '',
        '### Harbor Freight', '', '#### Highlights', '', '* Ran the on-call rotation for the billing cluster', '',
        '#### Cloud cost work', '', '* Cut the monthly bill by 18 % with spot nodes', '',
        '#### What I did in the second year:', '', '* Split the ledger into three services', '',
        '### Northwind', '', '* Moved nightly jobs to Airflow', '',
      ].join('\n'),
    );
    const got = entries(doc);
    assert.deepEqual(got.map((e) => e.title), ['Harbor Freight', 'Northwind']);
    assert.equal(got[0].bullets.length, 3);
  });

  it('keeps a bold title line under an undated project heading a project of its own', () => {
    const doc = parseResume(
      ['# Lee Park', '', '## Projects', '', '### Tide Tables', '', '- Charted tide predictions with D3', '', '**Pocket Herbarium**', '', '- Classified leaf photos with a small CNN', ''].join('\n'),
    );
    const got = entries(doc, 'projects');
    assert.equal(got.length, 2, JSON.stringify(got));
    assert.deepEqual(got[0].bullets, ['Charted tide predictions with D3']);
  });
});

// A product named with its edition ("ArcGIS Pro", "SAP GTS") is one ask, which the product alone
// shows; a product followed by one of its parts, a level or a general acronym ("Next.js App Router",
// "Six Sigma Green Belt", "Spark API") still asks for the product. All postings are invented.
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { matchResume } from '../../src/core/tailor/match';
import { parseResumeAs } from '../../src/core/formats';

const posting = (items: string[]) =>
  parseJobPosting(['# GIS Technician Intern', '', 'Corvane Water Ltd.', '', '## Requirements', '', ...items.map((i) => `- ${i}`)].join('\n'));
const hardKeywords = (items: string[]) => posting(items).keywords.filter((k) => k.kind === 'hard').map((k) => k.keyword);

describe('postings: a product named with its edition', () => {
  it('reads "ArcGIS Pro" and "SAP GTS" as one ask each, not also the bare product', () => {
    const names = hardKeywords(['GIS mapping in ArcGIS Pro or QGIS', 'Customs filings in SAP GTS']);
    assert.ok(names.includes('ArcGIS Pro'), names.join(', '));
    assert.ok(names.includes('SAP GTS'), names.join(', '));
    assert.ok(!names.includes('ArcGIS'), names.join(', '));
    assert.ok(!names.includes('SAP'), names.join(', '));
  });

  it('reads the product once under its former full name ("AutoCAD Civil 3D")', () => {
    const names = hardKeywords(['Drafting in AutoCAD Civil 3D']);
    assert.ok(names.includes('Civil 3D'), names.join(', '));
    assert.ok(!names.includes('AutoCAD'), names.join(', '));
  });

  it('keeps the product when the words after it are a part, a level or a general acronym', () => {
    const names = hardKeywords(['Next.js App Router', 'Lean Six Sigma Green Belt', 'PySpark or another Spark API']);
    assert.ok(names.includes('Next.js'), names.join(', '));
    assert.ok(names.includes('Six Sigma'), names.join(', '));
    assert.ok(names.some((n) => /spark/i.test(n)), names.join(', '));
  });

  it('keeps the product standing alone elsewhere in the posting', () => {
    const names = hardKeywords(['ArcGIS Pro for map production', 'Scripting ArcGIS with Python']);
    assert.ok(names.includes('ArcGIS Pro'), names.join(', '));
    assert.ok(names.includes('ArcGIS'), names.join(', '));
  });

  it('lets a resume that shows the product meet the edition', () => {
    const job = posting(['GIS mapping in ArcGIS Pro or QGIS']);
    const resume = parseResumeAs(
      ['# Ana Ruiz', 'ana@example.com', '', '## Experience', '', '### GIS Assistant, Town of Elmvale', '', '- Mapped 1,200 hydrants in ArcGIS for the fire department', ''].join('\n'),
      { path: 'resume.md' },
    );
    const { report } = matchResume(resume, job);
    const edition = report.keywords.find((k) => k.keyword === 'ArcGIS Pro');
    assert.ok(edition?.found, JSON.stringify(edition));
  });
});

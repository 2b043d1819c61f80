import assert from 'node:assert/strict';
import { lint } from '../../../src/core/lint';

// Stop 41: personal details in structured resumes — a JSON or YAML key spelled as an identifier
// ("dateOfBirth", "marital_status") and JSON Resume's photo field. Invented resumes.
describe('rule personal-details (stop 41): keys spelled as identifiers and JSON Resume photos', () => {
  const json = (basics: string[]) =>
    ['{', '  "basics": {', '    "name": "Tomasz Wrona",', '    "email": "tomasz@wrona.example",', ...basics, '    "summary": "Backend developer."', '  },',
      '  "work": [{ "name": "Kettle Labs", "position": "Developer", "startDate": "2022-01", "highlights": ["Cut build time by 40%"] }]', '}', ''].join('\n');
  const flagged = (src: string, path: string) =>
    lint(src, { path }).filter((f) => f.ruleId === 'personal-details').map((f) => src.split('\n')[f.line - 1].slice(f.column - 1, f.endColumn - 1));

  it('flags "dateOfBirth" and "maritalStatus" keys in JSON Resume', () => {
    const got = flagged(json(['    "dateOfBirth": "1999-04-02",', '    "maritalStatus": "Single",']), 'resume.json');
    assert.equal(got.length, 2, got.join(' | '));
    assert.ok(got[0].startsWith('dateOfBirth') && got[1].startsWith('maritalStatus'), got.join(' | '));
  });

  it('flags a snake_case key in YAML', () => {
    const yaml = ['cv:', '  name: Tomasz Wrona', '  email: tomasz@wrona.example', '  date_of_birth: 1999-04-02', '  sections:', '    experience:', '      - company: Kettle Labs', '        position: Developer', '        start_date: 2022-01', '        highlights:', '          - Cut build time by 40%', ''].join('\n');
    assert.equal(flagged(yaml, 'cv.yaml').length, 1);
  });

  it('flags JSON Resume\'s "image" with a value, and not an empty one', () => {
    assert.deepEqual(flagged(json(['    "image": "https://wrona.example/me.png",']), 'resume.json'), ['"https://wrona.example/me.png"']);
    assert.deepEqual(flagged(json(['    "image": "",']), 'resume.json'), []);
  });

  it('leaves a key that only contains a label\'s words alone ("birthdayParty" is no label)', () => {
    assert.deepEqual(flagged(json(['    "label": "Organised the team birthdayParty app",']), 'resume.json'), []);
  });
});

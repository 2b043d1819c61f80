// Every rule is documented: a page docs/rules/<id>.md that the diagnostics link to, and non-empty
// docs fields in the rule itself. Ids are kebab-case and unique; categories come from the closed set.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { RULES } from '../../src/core/rules';
import { CATEGORIES, SEVERITIES } from '../../src/core/types';
import { ruleDocsUrl } from '../../src/core/docs-url';

const docsPath = (id: string) => new URL(`../../docs/rules/${id}.md`, import.meta.url);

describe('rule documentation', () => {
  it('has rules registered', () => {
    assert.ok(RULES.length >= 18, `only ${RULES.length} rules registered`);
  });

  it('uses unique kebab-case ids', () => {
    const ids = RULES.map((r) => r.id);
    for (const id of ids) assert.match(id, /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, `id "${id}" is not kebab-case`);
    assert.equal(new Set(ids).size, ids.length, `duplicate ids: ${ids.filter((id, i) => ids.indexOf(id) !== i).join(', ')}`);
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it('has a category from the closed set and a known default severity', () => {
        assert.ok((CATEGORIES as readonly string[]).includes(rule.category), `category "${rule.category}"`);
        assert.ok((SEVERITIES as readonly string[]).includes(rule.defaultSeverity), `severity "${rule.defaultSeverity}"`);
      });

      it('has a description and docs (why, bad, good), with different examples', () => {
        for (const [key, value] of Object.entries({ description: rule.description, ...rule.docs })) {
          assert.equal(typeof value, 'string', `${key} missing`);
          assert.ok(value.trim().length >= 10, `${key} is empty or too short: "${value}"`);
        }
        assert.notEqual(rule.docs.bad.trim(), rule.docs.good.trim(), 'bad and good examples are the same');
      });

      it('has a docs page with its title, category, severity and how to disable it', () => {
        const path = docsPath(rule.id);
        assert.ok(existsSync(path), `docs/rules/${rule.id}.md is missing`);
        const page = readFileSync(path, 'utf8');
        const title = /^#\s+(.+)$/m.exec(page)?.[1] ?? '';
        assert.ok(title.includes(rule.id), `title "${title}" does not name ${rule.id}`);
        assert.match(page, new RegExp(`\\b${rule.category}\\b`), 'category not stated');
        assert.match(page, new RegExp(`\\b${rule.defaultSeverity}\\b`), 'default severity not stated');
        assert.match(page, new RegExp(`"${rule.id}"\\s*:\\s*"off"`), '.bulletproof.json example');
        assert.ok(page.includes(`bulletproof-disable-next-line ${rule.id}`), 'inline disable example');
        assert.ok(ruleDocsUrl(rule.id).endsWith(`docs/rules/${rule.id}.md`), 'docs URL points at the page');
      });
    });
  }

  it('documents the front-matter finding produced by the lint engine', () => {
    const page = readFileSync(docsPath('front-matter'), 'utf8');
    assert.match(page, /^# front-matter\s*$/m);
    assert.ok(page.includes('"front-matter": "off"'));
  });
});

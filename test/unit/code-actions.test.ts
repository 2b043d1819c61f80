// Code actions (src/server/code-actions.ts) without a server: a suggestion (another tense, another
// verb) is offered one at a time and never marked preferred; a safe fix is preferred; the fix-all
// source action (also run on save) carries safe fixes only and leaves suggestions alone.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeActionParams, WorkspaceEdit } from 'vscode-languageserver';
import { codeActions } from '../../src/server/code-actions';
import { fixAll, lintDocument } from '../../src/core/lint';
import { parseResume } from '../../src/core/document/parse';

const RESUME = [
  '# Ana Silva',
  '',
  'ana@example.com · linkedin.com/in/ana-silva-example · github.com/ana-silva-example',
  '',
  '## Experience',
  '',
  '### Data Analyst, Northwind — Jan 2021 – Mar 2023',
  '',
  '- Build weekly revenue dashboards in Tableau for 4 regional managers.',
  '- Successfully cut report run time from 3 hours to 20 minutes.',
  '',
].join('\n');

function setup(text: string) {
  const doc = TextDocument.create('file:///resume.md', 'markdown', 1, text);
  const result = lintDocument(parseResume(text));
  const at = (needle: string, only?: string[]): CodeActionParams => {
    const o = text.indexOf(needle);
    return { textDocument: { uri: doc.uri }, range: { start: doc.positionAt(o), end: doc.positionAt(o + 1) }, context: { diagnostics: [], only } };
  };
  const apply = (edit: WorkspaceEdit | undefined) => {
    const edits = edit?.changes?.[doc.uri] ?? [];
    return TextDocument.applyEdits(doc, edits);
  };
  return { doc, result, at, apply };
}

describe('code actions: safe fixes and suggestions', () => {
  it('offers a tense change as a suggestion, never preferred', () => {
    const { doc, result, at } = setup(RESUME);
    const actions = codeActions(doc, result, at('Build weekly'), () => fixAll(RESUME).text);
    const tense = actions.find((a) => /past tense|to "Built"/.test(a.title));
    assert.ok(tense, actions.map((a) => a.title).join(' | '));
    assert.equal(tense.isPreferred, false);
  });

  it('marks a safe fix preferred', () => {
    const { doc, result, at } = setup(RESUME);
    const actions = codeActions(doc, result, at('Successfully'), () => fixAll(RESUME).text);
    const del = actions.find((a) => /Delete "successfully"/i.test(a.title));
    assert.ok(del);
    assert.equal(del.isPreferred, true);
  });

  it('fix-all (the source action run on save) applies safe fixes only: the tense is left as written', () => {
    const { doc, result, at, apply } = setup(RESUME);
    const [action] = codeActions(doc, result, at('#', ['source.fixAll']), () => fixAll(RESUME).text);
    assert.equal(action.kind, 'source.fixAll.bulletproof');
    const fixed = apply(action.edit);
    assert.ok(fixed.includes('- Cut report run time from 3 hours to 20 minutes.'), fixed);
    assert.ok(fixed.includes('- Build weekly revenue dashboards'), 'a tense change is never applied in bulk');
  });

  it('every preferred quick fix is a safe one, on every finding of a weak resume', () => {
    const text = `${RESUME}- I helped the CEO prepare board decks.\n- Responsible for various features and stuff, etc.\n- Design and implement the javascript importer.\n`;
    const { doc, result } = setup(text);
    for (const finding of result.findings) {
      const from = doc.positionAt(finding.range.start);
      const params: CodeActionParams = { textDocument: { uri: doc.uri }, range: { start: from, end: from }, context: { diagnostics: [] } };
      for (const action of codeActions(doc, result, params, () => text)) {
        const fix = result.findings.flatMap((f) => f.fixes).find((x) => x.title === action.title);
        if (action.isPreferred) assert.ok(fix?.safe, `"${action.title}" is preferred but not safe`);
      }
    }
  });
});

// "Tailor Resume to Job…" and "Draft Referral Intro…" inside VS Code, called the way other code calls
// them (executeCommand with URIs), in both runs: the checkout and the installed .vsix.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { parseResume } from '../../../src/core/document/parse';
import { findBrowser } from '../../../src/node/pdf';
import type { ReferralJson } from '../../../src/core/referral';
import { until, workspaceFile } from './helpers';

interface TailorResult {
  dir: vscode.Uri;
  reused: boolean;
  outputs: Record<string, vscode.Uri>;
  score: number;
  warnings: string[];
  beforeSending: string[];
  eligibility: unknown[];
  pdf: string;
  resume: vscode.Uri;
  job: vscode.Uri;
}


const JOB = 'jobs/lumen-freight-backend.md';
const read = (uri: vscode.Uri) => readFileSync(uri.fsPath, 'utf8');
/**
 * The bullets as the no-invention rule compares them: word for word, except that a skills line may
 * list its own items in another order (matched skills first), so its items are compared sorted.
 */
const bulletsOf = (markdown: string) =>
  parseResume(markdown).bullets.map((b) => {
    if (b.section.kind !== 'skills') return b.text;
    const [label, items = ''] = b.text.split(/:(.*)/s);
    return `${label}: ${items.split(',').map((i) => i.trim()).sort().join(', ')} (skills, any order)`;
  });
const openTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => (t.input instanceof vscode.TabInputText ? t.input.uri.toString() : t.label));

function tailor(args: Record<string, unknown>): Thenable<TailorResult> {
  return vscode.commands.executeCommand<TailorResult>('bulletproof.tailor', args);
}

/**
 * @param interactive also drive the palette flow (quick pick, editors): only in the development run,
 *   where the suite's teardown restores the workbench between tests.
 */
export function tailorTests(interactive: boolean): void {
  suite('Tailor Resume to Job… and Draft Referral Intro…', function () {
    this.timeout(90_000);
    teardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

    test('are contributed and registered', async () => {
      const commands = await vscode.commands.getCommands(true);
      assert.ok(commands.includes('bulletproof.tailor') && commands.includes('bulletproof.draftReferral'));
    });

    test('bulletproof.tailor with URIs writes resume.md, report.md and resume.html into outDir, only the source’s own bullets', async () => {
      const outDir = workspaceFile('tailored/lumen-api');
      const result = await tailor({ resume: workspaceFile('resume.md'), job: workspaceFile(JOB), outDir });
      assert.equal(result.dir.fsPath, outDir.fsPath);
      assert.equal(result.reused, false);
      for (const name of ['resume.md', 'report.md', 'resume.html']) {
        assert.equal(result.outputs[name]?.fsPath, vscode.Uri.joinPath(outDir, name).fsPath, name);
        assert.ok(existsSync(result.outputs[name].fsPath), `${name} exists`);
      }
      assert.match(read(result.outputs['report.md']), /^# Match report: Backend Engineer — Lumen Freight/);
      assert.match(read(result.outputs['resume.html']), /Content-Security-Policy/);
      assert.ok(result.score > 0 && result.score <= 100, String(result.score));

      const source = bulletsOf(read(workspaceFile('resume.md')));
      const tailored = bulletsOf(read(result.outputs['resume.md']));
      assert.ok(tailored.length > 0);
      for (const bullet of tailored) assert.ok(source.includes(bullet), `"${bullet}" is a bullet of the source`);
      assert.deepEqual([...tailored].sort(), [...source].sort(), 'without limits every bullet is kept, only reordered');

      // The PDF: printed by the browser the extension host finds, else a message saying how to get one.
      if (findBrowser(undefined, process.env).path) {
        assert.equal(result.pdf, 'written', result.warnings.join('\n'));
        assert.equal(readFileSync(result.outputs['resume.pdf'].fsPath).subarray(0, 5).toString(), '%PDF-');
      } else {
        assert.equal(result.pdf, 'no-browser');
        assert.match(result.warnings[0], /bulletproof\.browserPath/);
      }
    });

    test('a second run refreshes its own outputs, and never overwrites a file edited in between', async () => {
      const outDir = workspaceFile('tailored/lumen-edit');
      const args = { resume: workspaceFile('resume.md'), job: workspaceFile(JOB), outDir, formats: ['md', 'html'] };
      const first = await tailor(args);
      const again = await tailor(args);
      assert.equal(again.dir.fsPath, outDir.fsPath);
      assert.equal(again.reused, true, 'unchanged outputs are refreshed in place');

      const edited = first.outputs['resume.md'].fsPath;
      writeFileSync(edited, '# My own edits\n');
      const third = await tailor(args);
      assert.equal(read(first.outputs['resume.md']), '# My own edits\n', 'the edited file is untouched');
      assert.equal(third.dir.fsPath, `${outDir.fsPath}-2`);
      assert.equal(third.reused, false);
      assert.ok(existsSync(third.outputs['resume.md'].fsPath));
    });

    test('never writes over the source resume, even in a folder of its own unchanged outputs', async () => {
      const outDir = workspaceFile('tailored/lumen-source');
      const first = await tailor({ resume: workspaceFile('resume.md'), job: workspaceFile(JOB), outDir, formats: ['md'] });
      // Tailor the tailored resume again into the folder that holds it.
      const source = first.outputs['resume.md'];
      const before = read(source);
      const second = await tailor({ resume: source, job: workspaceFile(JOB), outDir, formats: ['md'] });
      assert.equal(second.dir.fsPath, `${outDir.fsPath}-2`);
      assert.equal(read(source), before);
    });

    test('bulletproof.tailor returns the report’s Before sending lines and eligibility, and refuses an empty posting', async () => {
      const outDir = workspaceFile('tailored/lumen-before');
      const result = await tailor({ resume: workspaceFile('resume.md'), job: workspaceFile(JOB), outDir, formats: ['md'] });
      assert.ok(Array.isArray(result.beforeSending) && Array.isArray(result.eligibility));
      const report = read(result.outputs['report.md']);
      const listed = report.slice(report.indexOf('## Before sending')).split('\n').filter((l) => l.startsWith('- ')).length;
      assert.equal(listed, result.beforeSending.length, 'the same lines as report.md');
      assert.match(report, /## Required skills: which bullets carry them/);

      const empty = workspaceFile('jobs/empty-posting.md');
      writeFileSync(empty.fsPath, '\n   \n');
      const emptyOut = workspaceFile('tailored/empty-posting');
      await assert.rejects(
        Promise.resolve(tailor({ resume: workspaceFile('resume.md'), job: empty, outDir: emptyOut })),
        /the job posting is empty/,
      );
      assert.ok(!existsSync(emptyOut.fsPath), 'nothing is written');
      rmSync(empty.fsPath, { force: true });
    });

    // The workspace resume.md has too few vague bullets for 'fix-resume-first' (and the status-bar test
    // counts its bullets), so this test writes a resume of its own with four vague bullets and removes it.
    test('bulletproof.draftReferral reads the bulletproof.rules setting for its lint warning, like the language server', async () => {
      const resume = workspaceFile('referral-rules-resume.md');
      writeFileSync(
        resume.fsPath,
        [
          '# Jordan Vale',
          '',
          'jordan.vale@example.com · github.com/jordanvale-example',
          '',
          '## Experience',
          '',
          '### Software Intern, Brightline Parcel — May 2025 – Aug. 2025',
          '',
          '- Responsible for various backend tasks',
          '- Helped with many different projects',
          '- Worked on things for the team',
          '- Assisted with stuff as needed',
          '',
          '## Education',
          '',
          '### B.S. Computer Science, Ridgeview College — May 2026',
          '',
        ].join('\n'),
      );
      const args = { resume, job: workspaceFile(JOB), referrer: 'Sam Rivera', today: '2025-11-25' };
      const config = vscode.workspace.getConfiguration('bulletproof', resume);
      try {
        const withDefaults = await vscode.commands.executeCommand<ReferralJson>('bulletproof.draftReferral', args);
        assert.ok(withDefaults.warnings.some((w) => w.code === 'fix-resume-first'), JSON.stringify(withDefaults.warnings));
        const off = Object.fromEntries(['weak-opening', 'generic-object', 'self-description', 'missing-metric', 'filler-word'].map((id) => [id, 'off']));
        await config.update('rules', off, vscode.ConfigurationTarget.Workspace);
        const quiet = await vscode.commands.executeCommand<ReferralJson>('bulletproof.draftReferral', args);
        assert.ok(!quiet.warnings.some((w) => w.code === 'fix-resume-first'), JSON.stringify(quiet.warnings));
      } finally {
        await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
        rmSync(resume.fsPath, { force: true });
      }
    });

    test('bulletproof.tailor on a LaTeX resume writes resume.tex beside resume.md: the source’s own items, braces balanced', async () => {
      const outDir = workspaceFile('tailored/lumen-tex');
      const source = read(workspaceFile('resume.tex'));
      const result = await tailor({ resume: workspaceFile('resume.tex'), job: workspaceFile(JOB), outDir, formats: ['md'] });
      const tex = read(result.outputs['resume.tex']);
      assert.equal(result.outputs['resume.tex'].fsPath, vscode.Uri.joinPath(outDir, 'resume.tex').fsPath);
      assert.deepEqual([...tex.split('\n')].sort(), [...source.split('\n')].sort(), 'the same lines, items only reordered');
      let depth = 0;
      for (const ch of tex.replace(/\\[\\{}%]/g, '').replace(/%.*$/gm, '')) depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
      assert.equal(depth, 0);
      assert.match(read(result.outputs['resume.md']), /^# \S/, 'the Markdown rendering opens with the name');
      assert.equal(read(workspaceFile('resume.tex')), source, 'the source is untouched');
    });

    test('bulletproof.tailor with onePage: the same one-page result as the CLI (pages printed, what was cut, the layout)', async function () {
      this.timeout(600_000);
      const outDir = workspaceFile('tailored/lumen-one-page');
      const result = (await tailor({ resume: workspaceFile('resume.md'), job: workspaceFile(JOB), outDir, formats: ['md', 'pdf'], onePage: true })) as TailorResult & {
        onePage?: { pages?: number; fits?: boolean; density: number; layout: string; dropped: { text: string; why: string }[] };
      };
      assert.ok(result.onePage, 'the one-page outcome is returned');
      assert.ok(Array.isArray(result.onePage.dropped) && typeof result.onePage.layout === 'string');
      const report = read(result.outputs['report.md']);
      assert.match(report, /## One page/);
      if (findBrowser(undefined, process.env).path) {
        assert.equal(result.onePage.pages, 1, report.slice(report.indexOf('## One page'), report.indexOf('## One page') + 600));
        assert.equal(result.onePage.fits, true);
        assert.match(report, /The printed PDF has 1 page/);
      } else {
        assert.equal(result.onePage.pages, undefined, 'estimated without a browser');
      }
    });

    test('bulletproof.draftReferral returns the drafts in the CLI --json shape, the note within 300 characters', async () => {
      const drafts = await vscode.commands.executeCommand<ReferralJson>('bulletproof.draftReferral', {
        resume: workspaceFile('resume.md'),
        job: workspaceFile(JOB),
        referrer: { name: 'Sam Rivera', school: 'McGill University' },
        today: '2025-11-25',
      });
      assert.ok(drafts.connectionNote.length <= 300, `${drafts.connectionNote.length} characters`);
      assert.equal(drafts.counts.connectionNote.characters, drafts.connectionNote.length);
      assert.equal(drafts.counts.connectionNote.limit, 300);
      assert.match(drafts.connectionNote, /^Hi Sam,/);
      assert.match(drafts.connectionNote, /fellow McGill University alum/);
      assert.match(drafts.message, /LF-2207/);
      for (const key of ['message', 'thankYou', 'followUp', 'referralForm', 'nudge'] as const) assert.equal(typeof drafts[key], 'string');
      assert.match(drafts.referralForm, /LF-2207/);
      assert.match(drafts.nudge, /^Hi Sam,/);
      assert.equal(typeof drafts.email.subject, 'string');
      assert.ok(drafts.email.body.length > 0);
      assert.ok(drafts.warnings.some((w) => w.code === 'missing-resume-link'), JSON.stringify(drafts.warnings));
    });

    test('a referrer given by name alone leaves no name placeholder; none at all leaves one', async () => {
      const base = { resume: workspaceFile('resume.md'), job: workspaceFile(JOB), today: '2025-11-25' };
      const named = await vscode.commands.executeCommand<ReferralJson>('bulletproof.draftReferral', { ...base, referrer: 'Sam Rivera' });
      assert.ok(!named.connectionNote.includes('[Referrer name]'));
      const unnamed = await vscode.commands.executeCommand<ReferralJson>('bulletproof.draftReferral', base);
      assert.ok(unnamed.connectionNote.includes('[Referrer name]'));
    });

    test('with open: true the drafts show in a new untitled Markdown editor with their counts', async () => {
      const drafts = await vscode.commands.executeCommand<ReferralJson>('bulletproof.draftReferral', {
        resume: workspaceFile('resume.md'),
        job: workspaceFile(JOB),
        referrer: 'Sam Rivera',
        open: true,
      });
      const doc = await until(() => {
        const d = vscode.window.activeTextEditor?.document;
        return d?.isUntitled ? d : undefined;
      }, 'the drafts editor');
      assert.equal(doc.languageId, 'markdown');
      const text = doc.getText();
      assert.ok(text.includes(`## LinkedIn invitation note — ${drafts.connectionNote.length}/300 characters`), text.slice(0, 400));
      assert.ok(text.includes(drafts.connectionNote));
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    if (!interactive) return;

    test('from the palette: the selected posting is saved under jobs/ (never over a file), then report and resume open', async () => {
      // A file already has the name the posting would get: it must survive.
      // The last tailoring's resume is the one the palette flow takes when no resume is in the editor.
      await tailor({ resume: workspaceFile('resume.md'), job: workspaceFile(JOB), outDir: workspaceFile('tailored/lumen-last'), formats: ['md'] });
      const taken = workspaceFile('jobs/lumen-freight-backend-engineer.md');
      writeFileSync(taken.fsPath, 'an older posting\n');
      const posting = read(workspaceFile(JOB));
      const scratch = await vscode.workspace.openTextDocument({ language: 'markdown', content: posting });
      const editor = await vscode.window.showTextDocument(scratch);
      editor.selection = new vscode.Selection(scratch.positionAt(0), scratch.positionAt(posting.length));

      // The job picker's first item is "Use the selected text": accept it once the picker shows.
      let done = false;
      const running = Promise.resolve(vscode.commands.executeCommand<TailorResult | undefined>('bulletproof.tailor')).finally(() => (done = true));
      const deadline = Date.now() + 60_000;
      while (!done && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 300));
        if (!done) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      }
      try {
        const result = await running;
        assert.ok(result, 'the command finished with a result');
        assert.equal(read(taken), 'an older posting\n');
        assert.equal(result.resume.fsPath, workspaceFile('resume.md').fsPath);
        assert.equal(result.job.fsPath, workspaceFile('jobs/lumen-freight-backend-engineer-2.md').fsPath);
        assert.equal(read(result.job), posting);
        assert.equal(result.dir.fsPath, workspaceFile('tailored/lumen-freight-backend-engineer').fsPath);
        await until(() => {
          const open = openTabs();
          return open.includes(result.outputs['report.md'].toString()) && open.includes(result.outputs['resume.md'].toString()) || undefined;
        }, 'report.md and resume.md open');
      } finally {
        // The scratch posting is unsaved: revert it so closing asks nothing.
        await vscode.window.showTextDocument(scratch);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
    });
  });
}

// The Markdown injection grammar, run by the real TextMate engine (vscode-textmate with the
// oniguruma WebAssembly build) on top of VS Code's own Markdown grammar (from the tm-grammars
// package), as an editor would: metrics and opening verbs get their scopes, names and versions do
// not, and Markdown's own structure (lists, code, front matter) is left intact.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { INITIAL, parseRawGrammar, Registry, type IGrammar, type StateStack } from 'vscode-textmate';
import { loadWASM, OnigScanner, OnigString } from 'vscode-oniguruma';
import { GRAMMAR_PATH, grammarJson, METRIC_SCOPE, SCOPE_NAME, VERB_SCOPE, verbForms } from '../../scripts/build-grammar';

const root = new URL('../../', import.meta.url);
const resolve = createRequire(new URL('package.json', root)).resolve;

const GRAMMAR_FILES: Record<string, string> = {
  'text.html.markdown': resolve('tm-grammars/grammars/markdown.json'),
  'source.yaml': resolve('tm-grammars/grammars/yaml.json'), // front matter
  [SCOPE_NAME]: new URL(GRAMMAR_PATH, root).pathname,
};

let grammarPromise: Promise<IGrammar> | undefined;
function markdownGrammar(): Promise<IGrammar> {
  grammarPromise ??= (async () => {
    const wasm = readFileSync(resolve('vscode-oniguruma/release/onig.wasm'));
    await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new OnigScanner(patterns),
        createOnigString: (s: string) => new OnigString(s),
      }),
      loadGrammar: async (scopeName) => {
        const file = GRAMMAR_FILES[scopeName];
        return file ? parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
      },
      // What VS Code does with `injectTo` in package.json.
      getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? [SCOPE_NAME] : undefined),
    });
    const grammar = await registry.loadGrammar('text.html.markdown');
    assert.ok(grammar, 'Markdown grammar loads');
    return grammar;
  })();
  return grammarPromise;
}

interface Token {
  text: string;
  scopes: string[];
}

function tokenize(grammar: IGrammar, text: string): Token[][] {
  let state: StateStack = INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** Runs of adjacent text that carry `scope`, e.g. ['12k', 'from 800 ms to 120 ms']. */
function spans(tokens: Token[], scope: string): string[] {
  const out: string[] = [];
  let current: string | undefined;
  for (const t of tokens) {
    if (t.scopes.includes(scope)) current = (current ?? '') + t.text;
    else if (current !== undefined) {
      out.push(current);
      current = undefined;
    }
  }
  if (current !== undefined) out.push(current);
  return out;
}

const highlights = (tokens: Token[]) => ({ verbs: spans(tokens, VERB_SCOPE), metrics: spans(tokens, METRIC_SCOPE) });

/** One bullet in a document of its own: its verbs and metrics, exactly. */
async function bullet(line: string) {
  const lines = tokenize(await markdownGrammar(), `## Experience\n\n${line}\n`);
  return highlights(lines[2]);
}

describe('resume injection grammar', () => {
  it('is generated from scripts/build-grammar.ts (run `npx tsx scripts/build-grammar.ts` after editing it)', () => {
    assert.equal(readFileSync(new URL(GRAMMAR_PATH, root), 'utf8'), grammarJson());
  });

  it('is contributed as an injection into Markdown in package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
    const entry = (pkg.contributes?.grammars ?? []).find((g: { scopeName: string }) => g.scopeName === SCOPE_NAME);
    assert.ok(entry, 'grammar contributed');
    assert.equal(entry.path, `./${GRAMMAR_PATH}`);
    assert.deepEqual(entry.injectTo, ['text.html.markdown']);
    const grammar = JSON.parse(readFileSync(new URL(GRAMMAR_PATH, root), 'utf8'));
    assert.equal(grammar.scopeName, SCOPE_NAME);
    // Scope roots that every theme colors.
    assert.match(METRIC_SCOPE, /^constant\.numeric\./);
    assert.match(VERB_SCOPE, /^keyword\./);
  });

  describe('metrics', () => {
    const cases: [string, string[]][] = [
      ['- Cut p95 latency by 40% in Q3', ['40%']],
      ['- Raised conversion 12 percent', ['12 percent']],
      ['- Saved $1.2M a year and €300k in licences', ['$1.2M', '€300k']],
      ['- Made the build 3x faster and tests 2.5× faster', ['3x', '2.5×']],
      ['- Scaled the API to 12k users and 1.5M requests', ['12k', '1.5M']],
      ['- Grew revenue to 2 million dollars', ['2 million']],
      ['- Kept p99 under 200 ms, 99.9% uptime, 15 hours saved', ['200 ms', '99.9%', '15 hours']],
      ['- Moved 2 TB and 300GB of logs', ['2 TB', '300GB']],
      ['- Cut page load from 4.2 s to 900 ms', ['from 4.2 s to 900 ms']],
      ['- Consolidated from 3 servers to 1', ['from 3 servers to 1']],
      ['- Lifted retention from 12% to 31%', ['from 12% to 31%']],
      ['- Delivered 2-3x gains and 10–15% savings for 3 to 5 teams', ['2-3x', '10–15%', '3 to 5']],
      ['- Led a team of four', ['four']],
      ['- Split two services for twenty-five interns and a four-person team', ['two', 'twenty-five', 'four-person']],
      ['- Hired into a 6-member team with 24-hour on-call', ['6-member', '24-hour']],
      ['- Wrote 12 microservices for 1,200 users and 100+ clients', ['12', '1,200', '100+']],
      ['- Onboarded 2000 users', ['2000']],
      ['- Graduated with a 3.8/4.0 GPA and a 9.5/10 thesis grade', ['3.8/4.0', '9.5/10']],
      ['- Cut costs 5% — 3 teams, (saved 12 hours) and **40%** more.', ['5%', '3', '12 hours', '40%']],
      ['- Improved F1 from 0.82 to 0.91 on 10,000 tickets at 60 fps', ['from 0.82 to 0.91', '10,000', '60 fps']],
      ['- Mentored 3 interns; Over 200 clients; Manages 3 people', ['3', '200', '3']],
    ];
    for (const [line, expected] of cases) {
      it(`${line.slice(2)} → ${expected.join(' | ')}`, async () => {
        assert.deepEqual((await bullet(line)).metrics, expected);
      });
    }
  });

  describe('names, versions, dates and vague words are not metrics', () => {
    const cases = [
      '- Built it in Python 3 on AWS S3 and EC2',
      '- Upgraded Windows 10 laptops and Node 18 servers',
      '- Prompted GPT-4 from ES6 and HTML5 pages, C++20 modules',
      '- Taught CS 101 in 2023 and Spring 2024',
      '- Worked on Next.js 14, iOS 17, Python 3.11 and Unreal Engine 5',
      '- Released v2.1.0 and 1.4.2 between 2019–2023, 05/2024',
      '- Call (555) 010-0142 for 24/7 support on 2/3 of days',
      '- Worked with thousands of users and dozens of teams on two-factor login',
      '- Helped a Web3 startup with k8s, 3D models and 2FA',
      '- Ported 64-bit services to a 12-factor, 3-tier design',
      '- Labelled several thousand images for many hundred users',
    ];
    for (const line of cases) {
      it(line.slice(2), async () => {
        assert.deepEqual((await bullet(line)).metrics, []);
      });
    }
  });

  describe('action verbs', () => {
    const cases: [string, string[]][] = [
      ['- Built a pipeline', ['Built']],
      ['- Build and own the pipeline', ['Build']],
      ['- Leads the on-call rotation', ['Leads']],
      ['- Led 5 engineers', ['Led']],
      ['* Shipped it', ['Shipped']],
      ['+ Designed it', ['Designed']],
      ['1. Automated it', ['Automated']],
      ['3) Spearheaded it', ['Spearheaded']],
      ['• Optimised it', ['Optimised']],
      ['– Won the hackathon', ['Won']],
      ['- **Architected** the system', ['Architected']],
      ['  - Mentored 3 interns', ['Mentored']],
      ['- Co-founded a club', ['Co-founded']],
      ['- Helped the team', []],
      ['- Responsible for builds', []],
      ['- Worked on a pipeline that Built things', []],
      ['- Lead-generation pipeline', []],
      ['- Builtin tooling', []],
    ];
    for (const [line, expected] of cases) {
      it(`${line} → ${expected.join(' ') || 'none'}`, async () => {
        assert.deepEqual((await bullet(line)).verbs, expected);
      });
    }

    it('knows present, third-person and past forms of each verb', () => {
      const forms = new Set(verbForms());
      for (const f of ['build', 'builds', 'built', 'lead', 'leads', 'led', 'ship', 'shipped', 'run', 'ran', 'win', 'won', 'own', 'owned', 'secure', 'secured', 'optimize', 'optimise', 'optimized'])
        assert.ok(forms.has(f), f);
      for (const weak of ['helped', 'worked', 'assisted', 'utilized', 'responsible']) assert.ok(!forms.has(weak), weak);
    });
  });

  describe('a whole resume', () => {
    let lines: Token[][];
    let source: string[];
    before(async () => {
      const text = readFileSync(new URL('test/fixtures/grammar/sample-resume.md', root), 'utf8');
      source = text.split('\n');
      lines = tokenize(await markdownGrammar(), text);
    });
    const at = (prefix: string) => {
      const i = source.findIndex((l) => l.startsWith(prefix));
      assert.ok(i >= 0, `fixture has a line starting ${prefix}`);
      return lines[i];
    };

    it('colors verbs and metrics bullet by bullet', () => {
      const expected: [string, string[], string[]][] = [
        ['- Built a Python 3', ['Built'], ['12k', 'from 800 ms to 120 ms']],
        ['- Helped with various', [], []],
        ['* Led a team of four', ['Led'], ['four', '2 TB', '$1.2M']],
        ['+ Reduced cloud costs', ['Reduced'], ['40%', '3x']],
        ['1. Shipped 12', ['Shipped'], ['12', '6-member']],
        ['2) Designed', ['Designed'], ['3 to 5', '2,000']],
        ['- Lead weekly labs', ['Lead'], ['45', '2-3']],
        ['  - Mentor twenty-five', ['Mentor'], ['twenty-five']],
        ['• Wrote 30', ['Wrote'], ['30']],
        ['– Optimised the lab VM', ['Optimised'], ['from 14 GB to 6 GB']],
        ['- **Architected**', ['Architected'], ['300+']],
        ['> Quoted note', [], ['50%']],
      ];
      for (const [prefix, verbs, metrics] of expected) assert.deepEqual(highlights(at(prefix)), { verbs, metrics }, prefix);
    });

    it('leaves front matter, headings, contact lines, code and comments alone', () => {
      const quiet = ['name:', 'phone:', 'note:', '# Jane Doe', 'jane.doe@', '### Software Engineer', '### Teaching', '### Course Planner', 'speedup =', '<!--'];
      for (const prefix of quiet) assert.deepEqual(highlights(at(prefix)), { verbs: [], metrics: [] }, prefix);
      const architected = at('- **Architected**');
      assert.ok(!spans(architected, METRIC_SCOPE).some((s) => s.includes('2.1')), 'inline code is not a metric');
    });

    it('keeps Markdown structure: list items, markers, bold and code scopes', () => {
      const scopesOf = (tokens: Token[], text: string) => tokens.find((t) => t.text.includes(text))?.scopes ?? [];
      assert.ok(scopesOf(at('- Built'), 'Built').includes('markup.list.unnumbered.markdown'));
      assert.ok(scopesOf(at('1. Shipped'), '1.').includes('punctuation.definition.list.begin.markdown'));
      assert.ok(scopesOf(at('1. Shipped'), 'Shipped').includes('markup.list.numbered.markdown'));
      assert.ok(scopesOf(at('2) Designed'), 'Designed').includes('markup.list.numbered.markdown'));
      assert.ok(scopesOf(at('  - Mentor'), 'Mentor').includes('markup.list.unnumbered.markdown'));
      assert.ok(scopesOf(at('- **Architected**'), 'Architected').some((s) => s.startsWith('markup.bold')));
      assert.ok(scopesOf(at('- **Architected**'), 'v2.1.0').some((s) => s.startsWith('markup.inline.raw')));
      assert.ok(scopesOf(at('speedup ='), 'speedup').some((s) => s.startsWith('markup.fenced_code')));
      assert.ok(scopesOf(at('name:'), 'Doe').some((s) => s.startsWith('meta.embedded.block.frontmatter')));
    });
  });
});

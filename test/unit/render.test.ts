import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { CONTENT_SECURITY_POLICY, markdownToHtmlFragment, renderHtml } from '../../src/core/render';

const HOSTILE = `---
name: Mallory
---
# Mallory <script>alert(1)</script>

<script>fetch('https://evil.example/steal')</script>
<img src="https://tracker.example/pixel.gif" onerror="alert(2)">
<iframe src="https://evil.example"></iframe>
<style>@import url(https://evil.example/x.css);</style>

Intro with <b onclick="alert(3)">bold</b>, a [bad link](javascript:alert(4)), a [data link](data:text/html,<script>alert(5)</script>),
an image ![logo](https://cdn.example/logo.png), an inline one ![dot](data:image/png;base64,iVBORw0KGgo=) and a [good link](https://example.com).

## Experience

- Did things <!-- tags: ml -->
`;

describe('render: Markdown to self-contained HTML', () => {
  const html = renderHtml(HOSTILE);
  const body = html.slice(html.indexOf('<body>'));

  it('drops raw HTML, scripts and event handlers', () => {
    assert.ok(!/<script/i.test(body));
    assert.ok(!/<iframe/i.test(body));
    assert.ok(!/onerror|onclick/i.test(body));
    assert.ok(!/<style/i.test(body), 'no style from the resume');
    assert.ok(!body.includes('tags: ml'), 'comments are not rendered');
  });

  it('neutralises javascript: and data: links but keeps https links', () => {
    assert.ok(!/javascript:/i.test(body));
    assert.ok(!/href="data:/i.test(body));
    assert.match(body, /<a href="https:\/\/example\.com">good link<\/a>/);
  });

  it('makes no external requests: remote images become their alt text; inline data images stay', () => {
    assert.ok(!/src="https?:/i.test(html));
    assert.ok(!/<link\b/i.test(html));
    assert.ok(!/@import|url\(\s*['"]?https?:/i.test(html));
    assert.match(body, /an image logo,/);
    assert.match(body, /<img src="data:image\/png;base64,iVBORw0KGgo=" alt="dot">/);
  });

  it('declares a Content-Security-Policy that forbids scripts and remote loads', () => {
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`));
    assert.match(CONTENT_SECURITY_POLICY, /default-src 'none'/);
    assert.ok(!/script-src/.test(CONTENT_SECURITY_POLICY), 'no script source is allowed at all');
    assert.match(CONTENT_SECURITY_POLICY, /img-src data:/);
  });

  it('uses semantic headings: h1 in a header, each h2 opening a section', () => {
    const fragment = markdownToHtmlFragment('# Name\n\ncontact\n\n## Experience\n\n### Acme\n\n- Built it\n\n## Skills\n\nGo\n');
    assert.match(fragment, /^<header><h1>Name<\/h1>/);
    assert.equal((fragment.match(/<section><h2>/g) ?? []).length, 2);
    assert.match(fragment, /<h3>Acme<\/h3>/);
  });

  it('prints on Letter by default and on A4 on request, single column', () => {
    assert.match(renderHtml('# X'), /@page \{ size: letter;/);
    assert.match(renderHtml('# X', { paper: 'a4' }), /@page \{ size: A4;/);
    assert.ok(!/column-count|columns:|grid-template-columns/.test(renderHtml('# X')));
  });

  it('takes the page title from the first heading, without markup', () => {
    assert.match(html, /<title>Mallory<\/title>/);
    assert.match(renderHtml('# X', { title: 'A & B' }), /<title>A &amp; B<\/title>/);
  });

  it('renders the example resume with every bullet', () => {
    const md = readFileSync('examples/resume.md', 'utf8');
    const out = renderHtml(md);
    const items = md.split('\n').filter((l) => /^\s*- /.test(l)).length;
    assert.equal((out.match(/<li>/g) ?? []).length, items);
  });
});

// @vitest-environment jsdom
// DOMPurify needs a DOM: this file runs in jsdom's window (the rest of the unit tests in node).
import { describe, expect, it } from 'vitest';
import { createMarkdownRenderer } from './markdown';

const render = createMarkdownRenderer(window);

describe('limited Markdown', () => {
  it('keeps emphasis, strong, lists and paragraphs', () => {
    const html = render('One *two* **three**.\n\n- a\n- b\n\n1. x\n2. y');
    expect(html).toContain('<p>One <em>two</em> <strong>three</strong>.</p>');
    expect(html).toContain('<ul>\n<li>a</li>\n<li>b</li>\n</ul>');
    expect(html).toContain('<ol>\n<li>x</li>\n<li>y</li>\n</ol>');
  });

  it('opens http(s) links in a new tab without referrer', () => {
    const html = render('[report](https://example.org/r)');
    expect(html.trim()).toBe(
      '<p><a href="https://example.org/r" rel="noopener noreferrer" target="_blank">report</a></p>',
    );
  });

  it('removes scripts, images, iframes and event handlers', () => {
    const html = render(
      'a<script>alert(1)</script> <img src=x onerror="alert(2)"> <iframe src="https://x.org"></iframe>\n\n' +
        '<p onclick="alert(3)">b</p> ![pic](https://example.org/p.png) <svg onload="alert(4)"></svg>',
    );
    expect(html).not.toMatch(/<script|<img|<iframe|<svg|onerror|onclick|onload|alert\(/i);
    expect(html).toContain('b');
  });

  it('drops javascript:, data: and relative link targets but keeps the text', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      '/local',
      '//evil.org',
    ]) {
      const html = render(`[click](${href}) <a href="${href}">raw</a>`);
      expect(html, href).not.toMatch(/href/);
      expect(html).toContain('click');
      expect(html).toContain('raw');
    }
  });

  it('keeps no attribute other than the link target', () => {
    const html = render('<a href="https://example.org" style="color:red" class="x" id="y">s</a>');
    expect(html).not.toMatch(/style|class|id=/);
    expect(html).toContain('href="https://example.org"');
  });

  it('reduces headings, tables and code to text', () => {
    const html = render('# Title\n\n`code`');
    expect(html).not.toMatch(/<h1|<code/);
    expect(html).toContain('Title');
  });
});

/**
 * The narratives' limited Markdown (emphasis, strong, links, lists, paragraphs) as sanitised
 * HTML. Narrative files can come from anyone (import by URL), and TimeMap rendered its Markdown
 * unsanitised: here `marked` parses, then DOMPurify keeps only the handful of tags the format
 * allows and only http(s) links, which open in a new tab and send no referrer.
 *
 * DOMPurify needs a DOM: the browser's window in the app, jsdom's in the unit tests.
 */
import createDOMPurify, { type WindowLike } from 'dompurify';
import { Marked } from 'marked';

const ALLOWED_TAGS = ['p', 'em', 'strong', 'a', 'ul', 'ol', 'li', 'br'];

/** Only absolute http(s) links: no javascript:, data:, relative or protocol-relative ones. */
const SAFE_URL = /^https?:\/\//i;

export type RenderMarkdown = (markdown: string) => string;

export function createMarkdownRenderer(win: WindowLike): RenderMarkdown {
  const purify = createDOMPurify(win);
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const href = node.getAttribute('href');
    if (href === null || !SAFE_URL.test(href)) {
      node.removeAttribute('href');
      return;
    }
    node.setAttribute('rel', 'noopener noreferrer');
    node.setAttribute('target', '_blank');
  });
  // No raw HTML survives as HTML anyway (DOMPurify sees to that); GFM gives autolinks and lists.
  const marked = new Marked({ gfm: true, breaks: false, async: false });
  return (markdown) => {
    const html = marked.parse(markdown) as string;
    return purify.sanitize(html, {
      ALLOWED_TAGS,
      ALLOWED_ATTR: ['href'],
      ALLOWED_URI_REGEXP: SAFE_URL,
      KEEP_CONTENT: true,
    });
  };
}

let browserRenderer: RenderMarkdown | undefined;

/** Renders with the browser's own window; created on first use. */
export function renderMarkdown(markdown: string): string {
  browserRenderer ??= createMarkdownRenderer(window);
  return browserRenderer(markdown);
}

/**
 * Makes an asset URL absolute against the page. In a production build `?url` already gives an
 * absolute URL (or a data: URL when inlined); in dev it is root-relative, and resolving it here
 * keeps the request on the app's own origin whatever maplibre resolves it against (its worker
 * has no page to resolve against).
 */
export function absoluteUrl(url: string): string {
  if (typeof document === 'undefined') return url;
  return new URL(url, document.baseURI).href;
}

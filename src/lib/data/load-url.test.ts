import { afterEach, describe, expect, it, vi } from 'vitest';
import { issueText } from './import/issue-text';
import { loadUrl, servedKind } from './load-url';

const bytes = (s: string) => new TextEncoder().encode(s);
const INDEX_HTML = '<!doctype html>\n<html lang="en"><head><title>Casemap</title></head></html>';
const BUNDLE = '(function(){const t=document.createElement("link").relList;})();';

function serve(body: string, init: ResponseInit = {}) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, init)),
  );
}

afterEach(() => vi.unstubAllGlobals());

/** The refusal's code and its line in English and Russian. */
async function refused(href: string) {
  const r = await loadUrl(href);
  if (r.ok) throw new Error('expected a refusal');
  const [i] = r.issues;
  return { code: i!.code, en: issueText('en', i!), ru: issueText('ru', i!) };
}

describe('what a served file is', () => {
  it('tells a page, a host’s fallback page and a script from data', () => {
    expect(servedKind('page.html', 'text/html; charset=utf-8', bytes(INDEX_HTML))).toBe('html');
    expect(servedKind('events.csv', 'text/html', bytes(INDEX_HTML))).toBe('fallback');
    // By the first bytes when the type says nothing useful.
    expect(servedKind('events.csv', 'application/octet-stream', bytes(INDEX_HTML))).toBe(
      'fallback',
    );
    expect(servedKind('data', null, bytes(`\uFEFF  <html><body>x`))).toBe('html');
    expect(servedKind('index-abc.js', 'text/javascript', bytes(BUNDLE))).toBe('script');
    expect(servedKind('x', 'application/javascript', bytes('a,b\n1,2'))).toBe('script');
    expect(servedKind('x', null, bytes('import{a as b}from"./c.js";'))).toBe('script');
    expect(servedKind('x', null, bytes('"use strict";var a=1'))).toBe('script');
    // Data is data.
    expect(servedKind('events.csv', 'text/csv', bytes('date,title\n2022-01-05,A'))).toBe(undefined);
    expect(servedKind('e.geojson', 'application/json', bytes('{"type":"Feature'))).toBe(undefined);
    expect(servedKind('x.csv', 'text/plain', bytes('var,let\nconst,1'))).toBe(undefined);
  });
});

describe('?data= refusals, in words', () => {
  it('says a missing file is not found (404)', async () => {
    serve('no', { status: 404, statusText: 'Not Found' });
    const r = await refused('http://x.test/missing.csv');
    expect(r.code).toBe('url-not-found');
    expect(r.en).toBe('missing.csv: was not found on this site (the server answered 404)');
    expect(r.ru).toBe('missing.csv: не найден на этом сайте (ответ сервера: 404)');
  });

  it('says a missing file is not found when the host answers with its index.html', async () => {
    serve(INDEX_HTML, { headers: { 'content-type': 'text/html' } });
    const r = await refused('http://x.test/missing.csv');
    expect(r.code).toBe('url-not-found');
    expect(r.en).toMatch(
      /^missing\.csv: was not found on this site: the server answered with a web page/,
    );
    expect(r.ru).toMatch(/^missing\.csv: не найден на этом сайте/);
  });

  it('refuses a web page and a script', async () => {
    serve(INDEX_HTML, { headers: { 'content-type': 'text/html' } });
    expect(await refused('http://x.test/')).toMatchObject({ code: 'url-html' });
    serve(BUNDLE, { headers: { 'content-type': 'text/javascript' } });
    const r = await refused('http://x.test/assets/index-abc.js');
    expect(r.en).toBe(
      'index-abc.js: is a script (JavaScript), not data: link to a CSV, GeoJSON or dataset file',
    );
    expect(r.ru).toMatch(/^index-abc\.js: это скрипт \(JavaScript\)/);
  });

  it('refuses ?data= in a page opened from file://', async () => {
    vi.stubGlobal('location', new URL('file:///home/me/casemap.html'));
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const r = await refused('file:///home/me/events.csv');
    expect(r.code).toBe('url-file-page');
    expect(r.en).toMatch(/cannot load a \?data= link/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('still imports a CSV', async () => {
    serve('date,title,latitude,longitude\n2022-01-05,A,43.2,76.9\n', {
      headers: { 'content-type': 'text/csv' },
    });
    const ondata = vi.fn();
    const r = await loadUrl('http://x.test/events.csv', ondata);
    expect(r.ok && r.dataset.events).toHaveLength(1);
    // The explorer may start its map while the file is imported.
    expect(ondata).toHaveBeenCalledOnce();
  });
});

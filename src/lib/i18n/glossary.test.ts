import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UNCAT_ARTICLES } from '../model/uncat-articles';
import { LANGUAGES, catalogue } from './translate';

/**
 * docs/GLOSSARY.md against the app: each language's table of the Convention's terms names the
 * strings the interface shows (in backticks) and marks each row official, with a quote, or ours.
 */

type Lang = (typeof LANGUAGES)[number];

interface Row {
  term: string;
  official: string;
  app: string[];
  status: string;
}

/** The rows of each language's table: the section headed "### Name (xx)". */
function glossary(): Map<Lang, Row[]> {
  const md = readFileSync('docs/GLOSSARY.md', 'utf8');
  const tables = new Map<Lang, Row[]>();
  let lang: Lang | undefined;
  for (const line of md.split('\n')) {
    const heading = /^### .*\((\w\w)\)\s*$/.exec(line);
    if (heading) {
      lang = (LANGUAGES as readonly string[]).includes(heading[1]!)
        ? (heading[1] as Lang)
        : undefined;
      continue;
    }
    if (line.startsWith('## ')) lang = undefined;
    if (!lang || !line.startsWith('|')) continue;
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    if (cells.length !== 4 || cells[0] === 'term' || /^-+$/.test(cells[0]!)) continue;
    const [term, official, app, status] = cells as [string, string, string, string];
    const shown = [...app.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    tables.set(lang, [...(tables.get(lang) ?? []), { term, official, app: shown, status }]);
  }
  return tables;
}

/** Every text the interface can show in `lang` that carries the Convention's terms. */
function texts(lang: Lang): string[] {
  const titles = [...UNCAT_ARTICLES.values()].flatMap((a) =>
    typeof a.title === 'string' ? [a.title] : [a.title[lang] ?? ''],
  );
  const obliges = [...UNCAT_ARTICLES.values()].flatMap((a) =>
    typeof a.obliges === 'string' ? [a.obliges] : [a.obliges[lang] ?? ''],
  );
  return [...Object.values(catalogue(lang)), ...titles, ...obliges];
}

/**
 * Whether `text` contains every word of `term`, allowing for case endings: a word matches where
 * its first letters (all but two, at least three) occur, so «государство-участник» is found in
 * «государству-участнику» and «пытка» in «пытки» (Chinese, written without spaces, is compared
 * phrase by phrase).
 */
function names(text: string, term: string): boolean {
  const hay = text.toLocaleLowerCase();
  return term
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)
    .every((w) => hay.includes(w.slice(0, Math.max(3, w.length - 2))));
}

describe('the glossary of the Convention’s terms', () => {
  const tables = glossary();

  it('has a table for every language of the interface, each row official or ours', () => {
    expect([...tables.keys()].sort()).toEqual([...LANGUAGES].sort());
    for (const [lang, rows] of tables) {
      expect(rows.length, lang).toBeGreaterThanOrEqual(9);
      for (const r of rows) expect(r.status, `${lang}: ${r.term}`).toMatch(/^(official|ours)\b/);
    }
  });

  it('names only strings the interface shows, in that language', () => {
    const missing = [...tables].flatMap(([lang, rows]) => {
      const all = texts(lang);
      return rows.flatMap((r) =>
        r.app.length === 0
          ? [`${lang}: ${r.term} names no string`]
          : r.app
              .filter((s) => !all.some((t) => t.includes(s)))
              .map((s) => `${lang}: ${r.term}: ${s}`),
      );
    });
    expect(missing).toEqual([]);
  });

  it('marks a term official only where its quote and the interface both use it', () => {
    const wrong = [...tables].flatMap(([lang, rows]) =>
      rows
        .filter((r) => r.status.startsWith('official'))
        .flatMap((r) => [
          ...(names(r.status, r.official) ? [] : [`${lang}: ${r.term}: not in its quote`]),
          ...(r.app.some((s) => names(s, r.official))
            ? []
            : [`${lang}: ${r.term}: not in the interface`]),
        ]),
    );
    expect(wrong).toEqual([]);
  });

  it('finds the official terms in the interface: torture, the State party, the Committee', () => {
    const term = (lang: Lang, t: string) =>
      tables.get(lang)!.find((r) => r.term === t && r.status.startsWith('official'))?.official;
    for (const lang of LANGUAGES) {
      const state = term(lang, 'State party');
      expect(state, lang).toBeDefined();
      expect(names(catalogue(lang)['detail.questions'], state!), lang).toBe(true);
      const torture = term(lang, 'torture');
      expect(torture, lang).toBeDefined();
      const title1 = UNCAT_ARTICLES.get(1)!.title as Record<string, string>;
      expect(names(title1[lang]!, torture!), lang).toBe(true);
      const committee = term(lang, 'Committee');
      const title17 = UNCAT_ARTICLES.get(17)!.title as Record<string, string>;
      if (committee) expect(title17[lang], lang).toBe(committee);
    }
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article, Text } from '../model/schema';
import { UNCAT_ARTICLES } from '../model/uncat-articles';
import { withConventionTitles } from '../model/uncat-titles';
import { LANGUAGES } from './translate';

/** The languages of the interface that a text lacks. */
const lacking = (t: Text) => LANGUAGES.filter((lang) => typeof t === 'string' || !t[lang]?.trim());

/** Every article with a title or an obligation that some interface language lacks. */
function gaps(articles: readonly Article[]): string[] {
  return articles.flatMap((a) => [
    ...lacking(a.title).map((lang) => `article ${a.number}: title in ${lang}`),
    ...lacking(a.obliges).map((lang) => `article ${a.number}: obliges in ${lang}`),
  ]);
}

describe('the Convention’s articles in every language of the interface', () => {
  it('gives every article a title and what it obliges in every catalogue language', () => {
    expect(UNCAT_ARTICLES.size).toBe(33);
    expect(gaps([...UNCAT_ARTICLES.values()])).toEqual([]);
  });

  it('gives the bundled dataset’s articles both texts in every catalogue language', () => {
    const d = JSON.parse(readFileSync('data/kz-cat-2022/dataset.json', 'utf8')) as {
      articles: Article[];
      language: string;
    };
    expect(gaps(withConventionTitles(d.articles, d.language))).toEqual([]);
  });
});

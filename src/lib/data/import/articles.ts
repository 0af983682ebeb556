/**
 * Articles of the Convention as people write them in a cell: "2;16", "2, 16", "Art. 2 and 16",
 * "Articles 12-14", "ст. 2", "статьи 2 и 16", "2, 11–14". Anything that is not an article of the
 * Convention (0, 34, "abc", a reversed range) is reported by its own text.
 */
const FIRST_ARTICLE = 1;
const LAST_ARTICLE = 33;

export interface ParsedArticles {
  articles: number[];
  /** The parts that are not articles, as written. */
  invalid: string[];
}

/** The app's own form ("2; 16"): numbers alone, read without the word rules below. */
const PLAIN_LIST = /^\d{1,2}(?:; ?\d{1,2})*$/;

/**
 * The articles of a cell in the app's own form, ascending and each once, or undefined when one
 * is not an article of the Convention. Read digit by digit: every row of a file has such a cell.
 */
function plainArticles(text: string): number[] | undefined {
  const numbers: number[] = [];
  let n = 0;
  let sorted = true;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : SEMICOLON;
    if (c >= DIGIT_0 && c <= DIGIT_0 + 9) n = n * 10 + (c - DIGIT_0);
    else if (c === SEMICOLON) {
      if (n < FIRST_ARTICLE || n > LAST_ARTICLE) return undefined;
      const last = numbers[numbers.length - 1];
      if (last !== undefined && n <= last) sorted = false;
      numbers.push(n);
      n = 0;
    }
  }
  return sorted ? numbers : [...new Set(numbers)].sort((a, b) => a - b);
}

const DIGIT_0 = 48;
const SEMICOLON = 59;

export function parseArticles(text: string): ParsedArticles {
  if (PLAIN_LIST.test(text)) {
    const plain = plainArticles(text);
    if (plain) return { articles: plain, invalid: [] };
  }
  const articles = new Set<number>();
  const invalid: string[] = [];
  // \b does not see Cyrillic letters as word characters: mark word boundaries by hand.
  const cleaned = ` ${text} `
    .replace(
      /(^|[^\p{L}])(articles?|arts?|uncat|cat|и|and|статьи|статья|статей|статьям|статьях|ст|пп?)(?=[^\p{L}]|$)\.?/giu,
      '$1 ',
    )
    .replace(/§/g, ' ');
  for (const part of cleaned.split(/[;,/&+\n]|\s{2,}|\s(?=\d)/)) {
    const token = part.trim().replace(/\.$/, '');
    if (token === '') continue;
    const range = /^(\d+)\s*(?:-|–|—|to|до|\.\.)\s*(\d+)$/i.exec(token);
    if (range) {
      const a = Number(range[1]);
      const b = Number(range[2]);
      if (a <= b && a >= FIRST_ARTICLE && b <= LAST_ARTICLE) {
        for (let n = a; n <= b; n++) articles.add(n);
      } else invalid.push(token);
      continue;
    }
    if (/^\d+$/.test(token)) {
      const n = Number(token);
      if (n >= FIRST_ARTICLE && n <= LAST_ARTICLE) articles.add(n);
      else invalid.push(token);
      continue;
    }
    invalid.push(token);
  }
  return { articles: [...articles].sort((a, b) => a - b), invalid };
}

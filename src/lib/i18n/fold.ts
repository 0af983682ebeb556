/**
 * Folds text for search across scripts, so that a person finds an event whatever script or
 * spelling they type its place or name in: "Алматы", "Almaty" and "Алма-Ата" all fold to
 * "almaty"; "Караганды", "Қарағанды" and "Karaganda" all fold to "karaganda".
 *
 * The canonical folded form is a lower-case Latin skeleton:
 *
 * 1. Unicode NFKD, then lower case, then every combining mark removed: é -> e, ü -> u, й -> и,
 *    ё -> е, and in Arabic أ إ آ -> ا (the hamza and madda are marks) and the tashkeel (harakat,
 *    shadda, sukun, superscript alef) go. Compatibility forms fold too: full-width Ａ -> a,
 *    Arabic presentation forms -> the base letters, ﬁ -> fi.
 * 2. Cyrillic is transliterated to Latin, one letter at a time, by a simple scheme close to the
 *    common English one (х -> kh, ц -> ts, ч -> ch, ш -> sh, щ -> shch, ы -> y, ю -> yu, я -> ya;
 *    ъ and ь dropped), with the Kazakh letters folded onto their nearest Russian ones (ә -> a,
 *    ғ -> g, қ -> k, ң -> n, ө -> o, ұ -> u, ү -> u, һ -> h, і -> i), so Kazakh and Russian
 *    spellings of one name meet. Latin letters with no decomposition fold too (ß -> ss, æ -> ae,
 *    ø -> o, ł -> l, ı -> i).
 * 3. Arabic is normalised, not transliterated: ٱ -> ا, ة -> ه, ى -> ي, Persian ی ک -> ي ك, the
 *    tatweel removed, Arabic-Indic digits -> 0-9. Chinese and other scripts pass through (only
 *    NFKD applies); a dictionary-free fold cannot romanise them.
 * 4. Hyphens and dashes become spaces and apostrophes go (Alma-Ata -> alma ata, Qarag'andy ->
 *    qaragandy); runs of white space become one space.
 * 5. A few places whose other names transliteration cannot reach fold to one name (PLACE_NAMES,
 *    below, each with its source), matched as whole words: alma ata -> almaty.
 *
 * Matching is a substring test on folded strings. Transliteration is lossy on purpose (е, э and
 * є all fold to e); it does not stem, so Russian case endings still differ (Караганде is not
 * Караганда). Folding is idempotent: fold(fold(s)) === fold(s).
 */

/** One folded letter for each source letter (lower case, after marks are removed). */
const LETTERS: Record<string, string> = {
  // Russian
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Kazakh (and the same letters in Kyrgyz, Uzbek, Tatar, Bashkir)
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
  ҳ: 'h',
  // Ukrainian and Belarusian letters without a decomposition
  є: 'e',
  ґ: 'g',
  // Latin letters without a decomposition
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ł: 'l',
  ŋ: 'n',
  þ: 'th',
  // Arabic
  ٱ: 'ا',
  ة: 'ه',
  ى: 'ي',
  ی: 'ي',
  ک: 'ك',
  '\u0640': '', // tatweel
  // Apostrophes and dashes (the ASCII ones are folded below)
  '\u2018': '',
  '\u2019': '',
  '\u02bb': '',
  '\u02bc': '',
  '\u2010': ' ',
  '\u2011': ' ',
  '\u2012': ' ',
  '\u2013': ' ',
  '\u2014': ' ',
  '\u2015': ' ',
  '\u2212': ' ',
};
for (let d = 0; d < 10; d++) {
  LETTERS[String.fromCharCode(0x660 + d)] = String(d);
  LETTERS[String.fromCharCode(0x6f0 + d)] = String(d);
}

/**
 * Other names of places, in folded form, and the one name each folds to. Only names that
 * transliteration alone cannot bring together, each from a cited source.
 */
const PLACE_NAMES: Record<string, string> = {
  // Almaty, "formerly Alma-Ata": https://www.encyclopedia.com/places/commonwealth-independent-states-and-baltic-nations/cis-and-baltic-political-geography/almaty
  'alma ata': 'almaty',
  almaata: 'almaty',
  // "Karaganda, also known as Qaraghandy or Karagandy (Kazakh: Қарағанды/Qarağandy)":
  // https://en.wikipedia.org/wiki/Karaganda
  karagandy: 'karaganda',
  qaragandy: 'karaganda',
  qaraghandy: 'karaganda',
  // Astana, formerly Akmolinsk, Tselinograd, Akmola and Nur-Sultan (2019-2022):
  // https://interfax.com/newsroom/top-stories/83178/ ("Nursultan" as one word is the first
  // president's given name, so only the hyphenated spelling is the city's.)
  akmolinsk: 'astana',
  tselinograd: 'astana',
  akmola: 'astana',
  aqmola: 'astana',
  'nur sultan': 'astana',
};

const PLACE_RE = new RegExp(`(?:${Object.keys(PLACE_NAMES).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The fold of each UTF-16 unit, filled in the first time a unit is met: steps 1 to 3 of the
 * header act on one character at a time (NFKD decomposes each character on its own and the marks
 * it reorders are removed), so a table gives the same result as whole-string calls, in one pass
 * over the string instead of one per step. ONE holds the folded unit when the fold is exactly one
 * unit, UNKNOWN before the unit is met and OTHER when the fold is empty or longer (then in OTHERS).
 */
const UNKNOWN = -1;
const OTHER = -2;
const ONE = new Int32Array(0x10000).fill(UNKNOWN);
const OTHERS = new Map<number, readonly number[]>();

function learn(code: number): void {
  let out = '';
  // NFKD again after lower-casing: a few lower-case forms decompose (İ -> i + dot above).
  const plain = String.fromCharCode(code).normalize('NFKD').toLowerCase().normalize('NFKD');
  for (const c of plain.replace(/\p{M}/gu, '')) out += LETTERS[c] ?? c;
  out = out.replace(/'/g, '').replace(/[-\s]/g, ' ');
  if (out.length === 1) ONE[code] = out.charCodeAt(0);
  else {
    ONE[code] = OTHER;
    OTHERS.set(
      code,
      [...out].map((c) => c.charCodeAt(0)),
    );
  }
}

/** Plain ASCII needs only steps 4 and 5 (and lower case): the common case, at native speed. */
const NOT_ASCII = /[\u0080-\uffff]/;
/** Astral characters (surrogate pairs) are decomposed whole before the per-unit pass. */
const ASTRAL = /[\uD800-\uDBFF]/;
const SPACE = 32;
let buffer = new Uint16Array(1024);

/** The folded form of `s` for search: see the module header. */
export function fold(text: string): string {
  if (!NOT_ASCII.test(text))
    return places(
      text
        .toLowerCase()
        .replace(/'/g, '')
        .replace(/[-\s]+/g, ' '),
    );
  const s = ASTRAL.test(text) ? text.normalize('NFKD') : text;
  // A unit folds to at most one unit, except those in OTHERS, which make room for themselves.
  if (buffer.length < s.length) buffer = new Uint16Array(s.length * 2);
  let b = buffer;
  let o = 0;
  let last = UNKNOWN;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    let c = ONE[code]!;
    if (c === UNKNOWN) {
      learn(code);
      c = ONE[code]!;
    }
    if (c !== OTHER) {
      // Runs of space become one space.
      if (c !== SPACE || last !== SPACE) b[o++] = last = c;
      continue;
    }
    const codes = OTHERS.get(code)!;
    if (o + codes.length + s.length - i > b.length) {
      buffer = new Uint16Array((o + codes.length + s.length - i) * 2);
      buffer.set(b.subarray(0, o));
      b = buffer;
    }
    for (const d of codes) if (d !== SPACE || last !== SPACE) b[o++] = last = d;
  }
  let out = '';
  for (let k = 0; k < o; k += 8192)
    out += String.fromCharCode.apply(
      null,
      b.subarray(k, Math.min(o, k + 8192)) as unknown as number[],
    );
  return places(out);
}

/** Step 5: other names of places, as whole words. */
function places(s: string): string {
  return s.replace(PLACE_RE, (m, at: number) =>
    at > 0 && LETTER_OR_DIGIT.test(s[at - 1]!) ? m : PLACE_NAMES[m]!,
  );
}

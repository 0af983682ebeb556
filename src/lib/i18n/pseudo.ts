/**
 * The pseudo-locale's catalogue, made from the English one: every letter accented, every message
 * in brackets and padded to about 140% of its length, the usual growth of English text in
 * translation (German, Russian and French run 20-40% longer). A cut string loses its closing
 * bracket; a string that bypasses the catalogue shows plain English among accented text.
 * Parameters ({count}) and the characters around them are kept as they are.
 */
const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]!,
  ]),
);

const FILLER = ' ·ŏñé ţŵö ţĥŕéé ƒöûŕ ƒîṽé šîẋ šéṽéñ éîĝĥţ ñîñé ţéñ';

function pseudoText(text: string): string {
  const accented = text
    .split(/(\{\w+\})/)
    .map((part, i) => (i % 2 ? part : part.replace(/[A-Za-z]/g, (c) => ACCENTED[c] ?? c)))
    .join('');
  const extra = Math.ceil(text.length * 0.4);
  let pad = '';
  while (pad.length < extra) pad += FILLER;
  return `[${accented}${pad.slice(0, extra).trimEnd()}]`;
}

export function pseudo<C extends Record<string, string>>(catalogue: C): C {
  return Object.fromEntries(Object.entries(catalogue).map(([k, v]) => [k, pseudoText(v)])) as C;
}

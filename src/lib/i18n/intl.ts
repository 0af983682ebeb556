/**
 * Intl formatters, made once per language and options. Constructing one costs far more than
 * formatting with it (a `new Intl.NumberFormat` is tens of microseconds): the list, the counts
 * and the map's labels format thousands of values while a brush is dragged.
 */
function memo<O extends object, T>(make: (lang: string, options?: O) => T) {
  const made = new Map<string, T>();
  return (lang: string, options?: O): T => {
    const key = options ? `${lang}|${JSON.stringify(options)}` : lang;
    let f = made.get(key);
    if (!f) made.set(key, (f = make(lang, options)));
    return f;
  };
}

export const numberFormat = memo(
  (lang, o?: Intl.NumberFormatOptions) => new Intl.NumberFormat(lang, o),
);
export const dateTimeFormat = memo(
  (lang, o?: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(lang, o),
);
export const pluralRules = memo(
  (lang, o?: Intl.PluralRulesOptions) => new Intl.PluralRules(lang, o),
);
export const collator = memo((lang, o?: Intl.CollatorOptions) => new Intl.Collator(lang, o));

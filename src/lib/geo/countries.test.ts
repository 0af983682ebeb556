import { describe, expect, it } from 'vitest';
import { COUNTRIES, COUNTRY_LANGUAGES, findCountry } from './countries';

const a2 = (text: string) => findCountry(text)?.a2;

describe('findCountry', () => {
  it('reads ISO 3166-1 codes: alpha-2, alpha-3 and numeric, in any case', () => {
    expect(a2('KZ')).toBe('KZ');
    expect(a2('kz')).toBe('KZ');
    expect(a2('EGY')).toBe('EG');
    expect(a2('398')).toBe('KZ');
    // ACLED writes numeric codes without leading zeros.
    expect(a2('4')).toBe('AF');
    expect(a2('004')).toBe('AF');
    expect(a2('XK')).toBe('XK');
    expect(a2('ZZ')).toBeUndefined();
  });

  it('reads a country name in each language of the table', () => {
    const names: Record<(typeof COUNTRY_LANGUAGES)[number], string[]> = {
      en: ['Egypt', 'Belarus', 'Myanmar', 'Venezuela', 'Sri Lanka'],
      ru: ['Египет', 'Беларусь', 'Мьянма', 'Венесуэла', 'Шри-Ланка'],
      kk: ['Мысыр', 'Беларусь', 'Мьянма (Бирма)', 'Венесуэла', 'Шри-Ланка'],
      ar: ['مصر', 'روسيا البيضاء', 'ميانمار', 'فنزويلا', 'سريلانكا'],
      fr: ['Égypte', 'Biélorussie', 'Birmanie', 'Venezuela', 'Sri Lanka'],
      es: ['Egipto', 'Bielorrusia', 'Birmania', 'Venezuela', 'Sri Lanka'],
      zh: ['埃及', '白俄罗斯', '缅甸', '委内瑞拉', '斯里兰卡'],
    };
    for (const lang of COUNTRY_LANGUAGES) {
      expect(names[lang].map(a2), lang).toEqual(['EG', 'BY', 'MM', 'VE', 'LK']);
    }
  });

  it('reads names in the country’s own language, official names and former names', () => {
    expect(a2('Қазақстан Республикасы')).toBe('KZ');
    expect(a2('Deutschland')).toBe('DE');
    expect(a2('Türkiye')).toBe('TR');
    expect(a2('Turkey')).toBe('TR');
    expect(a2('Burma')).toBe('MM');
    expect(a2('Swaziland')).toBe('SZ');
    expect(a2('Eswatini')).toBe('SZ');
    expect(a2('Czechia')).toBe('CZ');
    expect(a2('Czech Republic')).toBe('CZ');
    expect(a2('Ivory Coast')).toBe('CI');
    expect(a2('Zaire')).toBe('CD');
    expect(a2('Ceylon')).toBe('LK');
    expect(a2('Russian Federation')).toBe('RU');
    expect(a2('Россия')).toBe('RU');
    expect(a2('Киргизия')).toBe('KG');
    expect(a2('Кыргызстан')).toBe('KG');
  });

  it('ignores case, diacritics, punctuation, apostrophes and a leading article', () => {
    expect(a2("Côte d'Ivoire")).toBe('CI');
    expect(a2('cote divoire')).toBe('CI');
    expect(a2('COTE D’IVOIRE')).toBe('CI');
    expect(a2('  the Netherlands ')).toBe('NL');
    expect(a2('U.S.A.')).toBe('US');
    expect(a2('UK')).toBe('GB');
    expect(a2('KAZAKHSTAN')).toBe('KZ');
  });

  it('reads names as whole names, not parts, and nothing where there is no country', () => {
    // "Congo" is the ISO short name of the Republic of the Congo.
    expect(a2('Congo')).toBe('CG');
    expect(a2('Guinea')).toBe('GN');
    expect(a2('Equatorial Guinea')).toBe('GQ');
    expect(a2('Republic of the Congo')).toBe('CG');
    expect(a2('Democratic Republic of the Congo')).toBe('CD');
    expect(a2('Atlantis')).toBeUndefined();
    expect(a2('')).toBeUndefined();
    expect(a2('Almaty')).toBeUndefined();
  });

  it('has every ISO 3166-1 country, each with a name in every language and a point on Earth', () => {
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(249);
    for (const c of COUNTRIES) {
      expect(c.names).toHaveLength(COUNTRY_LANGUAGES.length);
      expect(c.names.every((n) => n.trim() !== '')).toBe(true);
      expect(Math.abs(c.p[0]) <= 180 && Math.abs(c.p[1]) <= 90, c.a2).toBe(true);
      expect(findCountry(c.a2)).toBe(c);
      expect(findCountry(c.a3)).toBe(c);
    }
  });

  it('puts a country’s point inside it', () => {
    const inBox = (code: string, [w, s, e, n]: number[]) => {
      const [lon, lat] = findCountry(code)!.p;
      expect(lon >= w! && lon <= e! && lat >= s! && lat <= n!, code).toBe(true);
    };
    inBox('KZ', [46, 40, 87, 56]);
    inBox('EG', [24, 22, 37, 32]);
    inBox('CL', [-76, -56, -66, -17]);
    inBox('NO', [4, 57, 32, 72]);
    inBox('FJ', [177, -19, 180, -16]);
    inBox('US', [-125, 24, -66, 50]);
  });
});

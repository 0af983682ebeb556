import { describe, expect, it } from 'vitest';
import { UNCAT_ARTICLES } from './uncat-articles';
import { withConventionTitles } from './uncat-titles';

describe('the Convention’s articles', () => {
  it('has a title for all 33 articles in the six official languages and Kazakh', () => {
    expect(UNCAT_ARTICLES.size).toBe(33);
    for (const a of UNCAT_ARTICLES.values())
      expect(Object.keys(a.title).sort(), `article ${a.number}`).toEqual([
        'ar',
        'en',
        'es',
        'fr',
        'kk',
        'ru',
        'zh',
      ]);
  });

  it('uses the official terms: the Committee against Torture in each language', () => {
    expect(UNCAT_ARTICLES.get(17)!.title).toMatchObject({
      ar: 'لجنة مناهضة التعذيب',
      zh: '禁止酷刑委员会',
      fr: 'Comité contre la torture',
      es: 'Comité contra la Tortura',
      ru: 'Комитет против пыток',
    });
  });

  it('gives a dataset’s articles the languages they lack, keeping the dataset’s own titles', () => {
    const [a, b] = withConventionTitles(
      [
        { number: 2, title: { en: 'Measures to prevent torture', ru: 'Меры' }, obliges: 'x' },
        { number: 12, title: 'Investigation', obliges: 'y' },
      ],
      'en',
    );
    expect(a!.title).toMatchObject({ en: 'Measures to prevent torture', ru: 'Меры' });
    expect(a!.title).toMatchObject({ fr: 'Prévention de la torture', zh: '防止酷刑' });
    expect(b!.title).toMatchObject({ en: 'Investigation', es: 'Investigación pronta e imparcial' });
    expect(a!.obliges).toBe('x');
  });
});

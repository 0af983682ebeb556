import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DESCRIPTION, makeEvent } from '../../../tests/support/fixtures';
import { checkProvenance, normalizeWhitespace, type ProvenanceInput } from './provenance-check';
import type { Narrative } from './schema';
import { formatIssue } from './validate';

const DOC = `Article 2: Measures to prevent torture
On January 4, 2022, an activist was arrested\u00a0for a week in a detention  center in Almaty city.
The Kaziksan law  has included a definition. Country\u2019s authorities cannot be trusted.`;

const ref = (quote: string, document = 'doc') => ({ document, section: 'Article 2', quote });

function dataset(parts: Partial<ProvenanceInput> = {}): ProvenanceInput {
  return { description: DESCRIPTION, events: [], narratives: [], ...parts };
}
const check = (input: ProvenanceInput, opts?: Parameters<typeof checkProvenance>[2]) =>
  checkProvenance(input, DOC, opts).map(formatIssue);

describe('normalizeWhitespace', () => {
  it('collapses runs of white space, non-breaking spaces and line breaks, and trims', () => {
    expect(normalizeWhitespace(' a\u00a0 b\n\tc\u2009d \r\n')).toBe('a b c d');
  });
});

describe('checkProvenance', () => {
  it('accepts quotes that differ from the document only in white space', () => {
    const e = makeEvent('a', {
      provenance: [
        ref('arrested for a week in a detention center\nin Almaty city.'),
        ref('The Kaziksan law has included'),
      ],
      figures: [{ kind: 'detained', value: 1, source: 'src1', quote: 'an  activist was arrested' }],
    });
    expect(check(dataset({ events: [e] }))).toEqual([]);
  });

  it('keeps the document’s spelling and curly quotes: a corrected quote is reported', () => {
    const e = makeEvent('a', {
      provenance: [ref('The Kazakhstan law has included'), ref('Country’s authorities')],
    });
    const f = makeEvent('b', { provenance: [ref("Country's authorities cannot")] });
    expect(check(dataset({ events: [e, f] }))).toEqual([
      'events.geojson, feature 1 (id a), properties.provenance[0].quote: quote "The Kazakhstan law has included" is not in the document',
      'events.geojson, feature 2 (id b), properties.provenance[0].quote: quote "Country\'s authorities cannot" is not in the document',
    ]);
  });

  it('says how far a long quote matched', () => {
    const e = makeEvent('a', {
      provenance: [ref('arrested for a week in a prison in Almaty city.')],
    });
    expect(check(dataset({ events: [e] }))).toEqual([
      'events.geojson, feature 1 (id a), properties.provenance[0].quote: quote "arrested for a week in a prison in Almaty city." is not in the document; it matches up to "arrested for a week in a ", then differs at "prison in Almaty cit"',
    ]);
  });

  it('reports a quote with no part in the document', () => {
    const e = makeEvent('a', { provenance: [ref('Nothing of this')] });
    expect(check(dataset({ events: [e] }))).toEqual([
      'events.geojson, feature 1 (id a), properties.provenance[0].quote: quote "Nothing of this" is not in the document',
    ]);
  });

  it('checks figures, provisions, questions and narrative steps, naming each place', () => {
    const description = {
      ...DESCRIPTION,
      narratives: ['narratives/story.json'],
      provisions: [
        {
          id: 'cc-146',
          title: 'Article 146',
          summary: 'Penalties',
          articles: [2],
          provenance: [ref('in Almaty city.'), ref('up to 12 years')],
        },
      ],
      questions: [
        { id: 'q1', articles: [2], text: 'Is it torture?', document: 'doc', section: 'Article 2' },
        {
          id: 'q2',
          articles: [2],
          text: { en: 'Measures to prevent torture', ru: 'Меры' },
          document: 'doc',
          section: 'Article 2',
        },
      ],
    };
    const narrative: Narrative = {
      id: 'story',
      title: 'Story',
      steps: [
        { id: 's1', title: 'One', text: 'T', events: [], provenance: [ref('Article 2')] },
        { id: 's2', title: 'Two', text: 'T', events: [], provenance: [ref('Article 3')] },
      ],
    };
    const e = makeEvent('a', {
      figures: [{ kind: 'killed', min: 227, source: 'src1', quote: 'more than 227' }],
    });
    expect(check({ description, events: [e], narratives: [narrative] })).toEqual([
      'dataset.json, id cc-146, provisions[0].provenance[1].quote: quote "up to 12 years" is not in the document',
      'dataset.json, id q1, questions[0].text: quote "Is it torture?" is not in the document',
      'events.geojson, feature 1 (id a), properties.figures[0].quote: quote "more than 227" is not in the document',
      'narratives/story.json, step 2 (id s2), steps[1].provenance[0].quote: quote "Article 3" is not in the document',
    ]);
  });

  it('checks only the quotes of the named document, and uses the given file names', () => {
    const e = makeEvent('a', { provenance: [ref('Not here', 'other'), ref('Not here either')] });
    expect(
      check(dataset({ events: [e] }), {
        documentId: 'doc',
        files: { events: 'data/x/events.geojson' },
      }),
    ).toEqual([
      'data/x/events.geojson, feature 1 (id a), properties.provenance[1].quote: quote "Not here either" is not in the document',
    ]);
  });

  it('finds every quote of the bundled dataset in the seed document', async () => {
    const { readDataset } = await import('../../../scripts/lib/read-dataset');
    const seed = new URL('../../../../shared/seed/000_0f268a9aff729f04.txt', import.meta.url);
    let text: string;
    try {
      text = readFileSync(seed, 'utf8');
    } catch {
      return; // the seed lives beside the repository, not in it
    }
    const disk = await readDataset('data/kz-cat-2022/dataset.json');
    if (!disk.result.ok) throw new Error(disk.result.issues.map(formatIssue).join('\n'));
    expect(disk.result.dataset.issues.map(formatIssue)).toEqual([]);
    expect(checkProvenance(disk.result.dataset, text).map(formatIssue)).toEqual([]);
  });
});

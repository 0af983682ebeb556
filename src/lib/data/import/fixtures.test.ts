/**
 * Every bad fixture (tests/fixtures/bad, described in expected.json) produces its messages and
 * counts; every good fixture imports cleanly. Script and HTML are kept verbatim as text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDescription } from '../../model/validate';
import { importBytes } from './importer';
import { formatImportIssue } from './report';

const root = join(__dirname, '../../../../tests/fixtures');
const expected = JSON.parse(readFileSync(join(root, 'bad/expected.json'), 'utf8')) as Record<
  string,
  { codes: string[]; messages: string[]; read: number; imported: number; rejected: number }
>;
const load = (dir: string, name: string) => {
  const bytes = new Uint8Array(readFileSync(join(root, dir, name)));
  return importBytes(bytes, name);
};

describe('bad fixtures', () => {
  it('has at least 40 fixtures, each described', () => {
    const files = readdirSync(join(root, 'bad')).filter((f) => f !== 'expected.json');
    expect(files.length).toBeGreaterThanOrEqual(40);
    expect(Object.keys(expected).sort()).toEqual(files.sort());
  });

  it.each(Object.entries(expected))('%s', (name, e) => {
    const r = load('bad', name);
    const lines = r.report.issues.map(formatImportIssue);
    const codes = new Set(r.report.issues.map((i) => i.code));
    for (const code of e.codes) expect(codes, lines.join('\n')).toContain(code);
    for (const m of e.messages) {
      expect(
        lines.some((l) => l.includes(m)),
        `"${m}" not in:\n${lines.join('\n')}`,
      ).toBe(true);
    }
    expect({
      read: r.report.read,
      imported: r.report.imported,
      rejected: r.report.rejected,
    }).toEqual({
      read: e.read,
      imported: e.imported,
      rejected: e.rejected,
    });
    expect(r.report.read).toBe(r.report.imported + r.report.rejected);
    expect(r.dataset.events).toHaveLength(r.report.imported);
    // No issue ever says the importer itself failed.
    expect(codes).not.toContain('internal-error');
    // A file with no errors is a file whose expectations list no error code.
    if (e.codes.length === 0)
      expect(r.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    // Every rejected row is explained by an issue on that row (or a file-level error).
    const errorRows = new Set(
      r.report.issues.filter((i) => i.severity === 'error').map((i) => i.row),
    );
    if (r.report.rejected > 0)
      expect(errorRows.size + (codes.has('timeline-not-event') ? 1 : 0)).toBeGreaterThan(0);
    expect(validateDescription(r.dataset.description, name).issues).toEqual([]);
  });

  it('keeps script and HTML verbatim as text in every field', () => {
    const x =
      '<script>alert("x")</script><b onmouseover="alert(1)">bold</b><img src=x onerror=alert(2)>';
    const r = load('bad', 'html-script-every-field.csv');
    const e = r.dataset.events[0]!;
    expect(e.properties.title).toBe(`Title ${x}`);
    expect(e.properties.summary).toBe(`Description ${x}`);
    expect(e.properties.place.name).toBe(`Place ${x}`);
    expect(r.dataset.description.categories.map((c) => c.label)).toEqual([`Category ${x}`]);
    expect(r.dataset.description.sources.map((s) => s.title)).toEqual([`Source ${x}`]);
    const g = load('bad', 'html-script.geojson').dataset.events[0]!;
    const y = '<script>alert(1)</script><a href="javascript:alert(2)">x</a>';
    expect([g.properties.title, g.properties.summary, g.properties.place.name]).toEqual([
      `T ${y}`,
      `D ${y}`,
      `P ${y}`,
    ]);
  });

  it('never keeps a link that is not http(s)', () => {
    for (const name of ['javascript-urls.csv', 'timeline-bad.csv', 'geojson-bad-values.geojson']) {
      const r = load('bad', name);
      for (const s of r.dataset.description.sources) {
        if (s.url) expect(s.url).toMatch(/^https?:\/\//);
      }
    }
    const r = load('bad', 'javascript-urls.csv');
    expect(r.dataset.description.sources.map((s) => s.url).filter(Boolean)).toEqual([
      'https://example.org/r',
    ]);
  });

  it('keeps formula-like text and removes a guard apostrophe', () => {
    const r = load('bad', 'formula-injection.csv');
    expect(r.dataset.events.map((e) => e.properties.title)).toEqual([
      '=HYPERLINK("http://evil.example";"x")',
      '=1+1',
    ]);
  });
});

describe('good fixtures', () => {
  it('small.csv: generic, guessed mapping, three events', () => {
    const r = load('good', 'small.csv');
    expect(r.report).toMatchObject({ format: 'generic', read: 3, imported: 3, rejected: 0 });
    expect(r.mappingGuessed).toBe(true);
    expect(r.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.dataset.events.map((e) => e.properties.articles)).toEqual([
      [2, 16],
      [12, 13, 14],
      [11],
    ]);
    expect(r.dataset.events[1]!.properties.date).toEqual({ start: '2022-01-07' });
    expect(r.dataset.events[0]!.properties.date).toEqual({
      start: '2022-01-05',
      end: '2022-01-06',
    });
  });

  it('acled-synthetic.csv: precisions, figures, actors as tags', () => {
    const r = load('good', 'acled-synthetic.csv');
    expect(r.report).toMatchObject({ format: 'acled', read: 3, imported: 3, rejected: 0 });
    const [a, b, c] = r.dataset.events;
    expect(a!.id).toBe('SYN0001');
    expect(a!.properties.place).toEqual({ name: 'Almaty', country: 'KZ', precision: 'city' });
    expect(a!.properties.figures).toEqual([
      { kind: 'killed', value: 2, source: r.dataset.description.sources[0]!.id },
    ]);
    expect(r.dataset.description.sources[0]!.title).toBe('Synthetic Wire');
    expect(a!.properties.tags).toEqual([
      'Police Forces of Synthland (2019-)',
      'Protesters (Synthland)',
    ]);
    expect(a!.properties.perpetrators).toBeUndefined();
    expect(a!.properties.category).toBe('excessive-force-against-protesters');
    expect(b!.properties.date).toEqual({
      start: '2022-01-03',
      end: '2022-01-09',
      approximate: true,
    });
    expect(b!.properties.place.precision).toBe('region');
    expect(c!.properties.date).toEqual({ start: '2022-01' });
    expect(a!.properties.status).toBe('reported');
  });

  it('timelinejs-synthetic.csv: title slide skipped, HTML stripped, media as a source', () => {
    const r = load('good', 'timelinejs-synthetic.csv');
    expect(r.report).toMatchObject({ format: 'timelinejs', read: 3, imported: 2, rejected: 1 });
    const [a, b] = r.dataset.events;
    expect(a!.properties.title).toBe('Synthetic protests');
    expect(a!.properties.summary).toBe('SYNTHETIC: not real. & italic');
    expect(a!.properties.date).toEqual({
      start: '2022-01-04',
      end: '2022-01-10',
      display: '4–10 January 2022',
    });
    expect(r.dataset.description.sources).toEqual([
      expect.objectContaining({
        title: 'Synthetic Photo Agency',
        url: 'https://example.org/photo.jpg',
      }),
    ]);
    expect(b!.properties.date).toEqual({ start: '2022-01' });
    expect(a!.geometry).toBeNull();
  });

  it('plain-synthetic.geojson: points, null geometry, polygon centre', () => {
    const r = load('good', 'plain-synthetic.geojson');
    expect(r.report).toMatchObject({ format: 'geojson', read: 3, imported: 3, rejected: 0 });
    const [a, b, c] = r.dataset.events;
    expect(a!.id).toBe('g1');
    expect(a!.properties.articles).toEqual([2, 16]);
    expect(b!.geometry).toBeNull();
    expect(c!.geometry).toEqual({ type: 'Point', coordinates: [76.5, 43.5] });
    expect(c!.properties.place.precision).toBe('region');
  });
});

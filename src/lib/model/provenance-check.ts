/**
 * The provenance check: every quote a dataset attributes to a document must occur in that
 * document verbatim. Only white space may differ (line breaks, runs of spaces, non-breaking
 * spaces), because copying from a PDF or a word processor changes nothing else; spelling,
 * punctuation and curly quotes must be exactly the document's own, mistakes included.
 *
 * Pure: the caller reads the document and the dataset (scripts/validate.ts does, with --source).
 */
import type { DatasetDescription, EventFeature, Narrative, Provenance, Text } from './schema';
import type { ValidationIssue } from './validate';

/** Collapses every run of white space (including U+00A0 and other Unicode spaces) to one space. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

export interface ProvenanceInput {
  description: DatasetDescription;
  events: readonly EventFeature[];
  narratives: readonly Narrative[];
}

export interface ProvenanceOptions {
  /**
   * The id of the document the text is; quotes attributed to other documents are not checked.
   * Without it every quote is checked against the text.
   */
  documentId?: string;
  /** File names for the messages. */
  files?: { description?: string; events?: string; narratives?: readonly string[] };
}

/**
 * Returns one issue for every quote (events' provenance and figures, provisions, narrative steps,
 * questions) that does not occur in the document. Each names the file, the feature or step and the
 * path, and says how much of the quote matched, so that the editor finds the difference at once.
 */
export function checkProvenance(
  dataset: ProvenanceInput,
  documentText: string,
  options: ProvenanceOptions = {},
): ValidationIssue[] {
  const doc = normalizeWhitespace(documentText);
  const { description: d } = dataset;
  const descriptionFile = options.files?.description ?? 'dataset.json';
  const eventsFile = options.files?.events ?? d.events;
  const applies = (document: string) =>
    options.documentId === undefined || document === options.documentId;
  const issues: ValidationIssue[] = [];

  const check = (quote: string, at: Omit<ValidationIssue, 'severity' | 'message'>) => {
    const message = mismatch(quote, doc);
    if (message) issues.push({ severity: 'error', ...at, message });
  };
  const checkAll = (
    list: readonly Provenance[] | undefined,
    prefix: string,
    at: Omit<ValidationIssue, 'severity' | 'message' | 'path'>,
  ) =>
    (list ?? []).forEach((p, i) => {
      if (applies(p.document)) check(p.quote, { ...at, path: `${prefix}[${i}].quote` });
    });

  (d.provisions ?? []).forEach((p, i) =>
    checkAll(p.provenance, `provisions[${i}].provenance`, { file: descriptionFile, id: p.id }),
  );
  (d.questions ?? []).forEach((q, i) => {
    if (!applies(q.document)) return;
    const original = originalText(q.text, d.language);
    if (original !== undefined) {
      check(original, {
        file: descriptionFile,
        id: q.id,
        path: `questions[${i}].text${typeof q.text === 'string' ? '' : `.${d.language}`}`,
      });
    }
  });

  dataset.events.forEach((e, index) => {
    const at = { file: eventsFile, index, id: e.id };
    checkAll(e.properties.provenance, 'properties.provenance', at);
    // A figure names the source it comes from, not a document: its quote is the citing text.
    (e.properties.figures ?? []).forEach((f, i) => {
      if (f.quote !== undefined) check(f.quote, { ...at, path: `properties.figures[${i}].quote` });
    });
  });

  dataset.narratives.forEach((n, k) => {
    const file = options.files?.narratives?.[k] ?? d.narratives?.[k] ?? `narrative ${n.id}`;
    n.steps.forEach((s, i) =>
      checkAll(s.provenance, `steps[${i}].provenance`, {
        file,
        index: i + 1,
        unit: 'step',
        id: s.id,
      }),
    );
  });
  return issues;
}

/** The text in the dataset's own language (the one quotes are in), if there is one. */
function originalText(text: Text, language: string): string | undefined {
  return typeof text === 'string' ? text : text[language];
}

/** Undefined when the quote occurs in the (normalised) document; otherwise the reason. */
function mismatch(quote: string, doc: string): string | undefined {
  const q = normalizeWhitespace(quote);
  if (q === '') return 'is empty; quote the document';
  if (doc.includes(q)) return undefined;
  // The longest prefix that occurs: occurrence is monotonic in the prefix length, so bisect.
  let lo = 0;
  let hi = q.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (doc.includes(q.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  const shown = q.length > 60 ? `${q.slice(0, 60)}…` : q;
  // A match of a word or two says nothing about where the quote went wrong.
  if (lo < 10) return `quote ${JSON.stringify(shown)} is not in the document`;
  const upTo = q.slice(Math.max(0, lo - 30), lo);
  return (
    `quote ${JSON.stringify(shown)} is not in the document; it matches up to ` +
    `${JSON.stringify(`${lo > 30 ? '…' : ''}${upTo}`)}, then differs at ${JSON.stringify(q.slice(lo, lo + 20))}`
  );
}

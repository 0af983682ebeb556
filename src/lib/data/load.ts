/**
 * Loading a dataset: its description, its events and its narratives, each validated. A broken
 * file gives a message naming it; the valid events are always kept.
 */
import {
  validateDescription,
  validateEvents,
  validateNarrative,
  type ValidationIssue,
} from '../model/validate';
import type { Narrative } from '../model/schema';
import { withConventionTitles } from '../model/uncat-titles';
import type { LoadedDataset } from './types';

/** Reads a file of the dataset by its path relative to the description. */
export type ReadFile = (path: string) => Promise<string>;

export type LoadResult =
  { ok: true; dataset: LoadedDataset } | { ok: false; issues: ValidationIssue[] };

/** Parses JSON, or says where it broke, in terms of the file. */
export function parseJson(
  text: string,
  file: string,
): { value?: unknown; issue?: ValidationIssue } {
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      issue: { severity: 'error', file, path: '(file)', message: `is not valid JSON: ${detail}` },
    };
  }
}

async function readJson(
  read: ReadFile,
  path: string,
): Promise<{ value?: unknown; issue?: ValidationIssue }> {
  let text: string;
  try {
    text = await read(path);
  } catch (e) {
    return {
      issue: {
        severity: 'error',
        file: path,
        path: '(file)',
        message: `could not be read: ${e instanceof Error ? e.message : String(e)}`,
      },
    };
  }
  return parseJson(text, path);
}

export async function loadDataset(
  descriptionPath: string,
  read: ReadFile,
  origin: LoadedDataset['origin'],
): Promise<LoadResult> {
  const desc = await readJson(read, descriptionPath);
  if (desc.issue) return { ok: false, issues: [desc.issue] };
  const d = validateDescription(desc.value, descriptionPath);
  if (!d.description) return { ok: false, issues: d.issues };
  const description = {
    ...d.description,
    articles: withConventionTitles(d.description.articles, d.description.language),
  };
  const issues = [...d.issues];

  const ev = await readJson(read, description.events);
  if (ev.issue) return { ok: false, issues: [...issues, ev.issue] };
  const events = validateEvents(ev.value, description.events, description);
  issues.push(...events.issues);

  const ids = new Set(events.events.map((e) => e.id));
  const narratives: Narrative[] = [];
  for (const path of description.narratives ?? []) {
    const n = await readJson(read, path);
    if (n.issue) {
      issues.push(n.issue);
      continue;
    }
    const v = validateNarrative(n.value, path, ids);
    issues.push(...v.issues);
    if (v.narrative) narratives.push(v.narrative);
  }
  return { ok: true, dataset: { description, events: events.events, narratives, issues, origin } };
}

/** The server answered, but not with the file: `status` says why (404: not found). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    statusText: string,
  ) {
    super(`the server answered ${status} ${statusText}`);
  }
}

/**
 * Fetches a file of this site, never of another: a link's `?data=` must not make the app call out
 * (the Content Security Policy would refuse it too; this says why in words).
 */
export async function fetchSameOrigin(path: string, base: string): Promise<Response> {
  const url = new URL(path, new URL(base, globalThis.location?.href));
  if (globalThis.location && url.origin !== globalThis.location.origin) {
    throw new Error(`${url.href} is not on this site; only files of this site are loaded`);
  }
  const r = await fetch(url, { credentials: 'same-origin', referrerPolicy: 'no-referrer' });
  if (!r.ok) throw new HttpError(r.status, r.statusText);
  return r;
}

/** A reader for files served over HTTP from the same origin, relative to the description. */
export function httpReader(descriptionUrl: string): ReadFile {
  return async (path) => (await fetchSameOrigin(path, descriptionUrl)).text();
}

/**
 * npm run validate [-- --source PATH [--document ID]]
 *
 * Validates every bundled dataset (data/<id>/dataset.json, its events and narratives) with the
 * app's own validator, requires provenance on every event, and with --source checks that every
 * quote occurs verbatim in that document. Prints each problem on its own line and a summary;
 * exits 1 on any error.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkProvenance } from '../src/lib/model/provenance-check';
import { formatIssue, type ValidationIssue } from '../src/lib/model/validate';
import { findDatasets, readDataset } from './lib/read-dataset';

const { values } = parseArgs({
  options: { source: { type: 'string' }, document: { type: 'string' } },
});

let source: string | undefined;
if (values.source !== undefined) {
  try {
    source = readFileSync(resolve(process.cwd(), values.source), 'utf8');
  } catch (e) {
    console.error(`${values.source}: could not be read: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
}

const issues: ValidationIssue[] = [];
let events = 0;
let narratives = 0;
let quotesChecked = 0;
const files = findDatasets();
for (const file of files) {
  const disk = await readDataset(file);
  if (!disk.result.ok) {
    issues.push(...disk.result.issues);
    continue;
  }
  const ds = disk.result.dataset;
  issues.push(...ds.issues);
  events += ds.events.length;
  narratives += ds.narratives.length;
  // Bundled data is published: every event must say where in the document it comes from.
  for (const e of ds.events) {
    if (!e.properties.provenance?.length) {
      issues.push({
        severity: 'error',
        file: disk.eventsFile ?? file,
        id: e.id,
        path: 'properties.provenance',
        message: 'is required for a bundled dataset: quote the document that supports the event',
      });
    }
  }
  if (source !== undefined) {
    const docs = ds.description.documents;
    const documentId = values.document ?? (docs.length === 1 ? docs[0]!.id : undefined);
    if (documentId === undefined || !docs.some((d) => d.id === documentId)) {
      issues.push({
        severity: 'error',
        file,
        path: 'documents',
        message: `name the document --source is, with --document (one of ${docs.map((d) => d.id).join(', ')})`,
      });
      continue;
    }
    quotesChecked++;
    issues.push(
      ...checkProvenance(ds, source, {
        documentId,
        files: { description: file, events: disk.eventsFile, narratives: disk.narrativeFiles },
      }),
    );
  }
}

for (const issue of issues) {
  (issue.severity === 'error' ? console.error : console.warn)(
    `${issue.severity}: ${formatIssue(issue)}`,
  );
}
const errors = issues.filter((i) => i.severity === 'error').length;
const warnings = issues.length - errors;
const checked =
  source === undefined ? 'quotes not checked (no --source)' : `quotes checked in ${quotesChecked}`;
console.log(
  `${files.length} dataset(s), ${events} valid event(s), ${narratives} narrative(s); ${checked}: ` +
    `${errors} error(s), ${warnings} warning(s)`,
);
process.exit(errors ? 1 : 0);

import type { DatasetDescription, EventFeature, Narrative } from '../model/schema';
import type { ValidationIssue } from '../model/validate';

/** A dataset after loading and validation: what the app state holds. */
export interface LoadedDataset {
  description: DatasetDescription;
  /** Only the events that passed validation. */
  events: EventFeature[];
  narratives: Narrative[];
  /** Every problem found, errors and warnings; errors name what was left out. */
  issues: ValidationIssue[];
  /** Where it came from: "bundled", "url" or "import". */
  origin: 'bundled' | 'url' | 'import';
}

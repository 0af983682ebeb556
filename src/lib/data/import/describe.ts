/**
 * A dataset description for an imported file, built from what its events refer to: categories
 * (labels as given), sources, documents, the Convention articles referenced (titles and
 * obligations from model/uncat-articles.ts). The id and version come from a hash of the file's
 * name and contents, so importing the same file again gives the same dataset.
 */
import type { Article, DatasetDescription, Source } from '../../model/schema';
import { SUBSTANTIVE_ARTICLES, UNCAT_ARTICLES } from '../../model/uncat-articles';
import { hashId } from './hash';

export interface Catalogue {
  /** Category id -> label, in first-seen order. */
  categories: Map<string, string>;
  /** Source id -> title and URL, in first-seen order. */
  sources: Map<string, Omit<Source, 'id'>>;
  /** Document ids referred to (provenance, figures citing a document). */
  documents: Set<string>;
  articles: Set<number>;
  /** Figure kind id -> label. */
  figureKinds: Map<string, string>;
  /** Languages that texts are given in, besides the original. */
  languages: Set<string>;
}

export function emptyCatalogue(): Catalogue {
  return {
    categories: new Map(),
    sources: new Map(),
    documents: new Set(),
    articles: new Set(),
    figureKinds: new Map(),
    languages: new Set(),
  };
}

/** The document every imported dataset cites: the file itself. */
export const FILE_DOCUMENT_ID = 'imported-file';

const MAX_ARTICLES = 32;

export function describeImport(
  file: string,
  contentKey: string,
  catalogue: Catalogue,
  language: string,
  /** The title the user gave the dataset; by default the file's name. */
  stated?: string,
): DatasetDescription {
  const id = `import-${hashId(`${file}\u001f${contentKey}`)}`;
  const title =
    stated?.trim() ||
    file.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]{1,8}$/, '') ||
    file ||
    'Import';
  const referenced = [...catalogue.articles].sort((a, b) => a - b);
  // An import that names no article still needs the catalogue to tag events with later:
  // offer the substantive articles (Part I).
  const numbers = (referenced.length ? referenced : SUBSTANTIVE_ARTICLES).slice(0, MAX_ARTICLES);
  const articles: Article[] = numbers.map((n) => UNCAT_ARTICLES.get(n)!);
  const categories = [...catalogue.categories].map(([cid, label]) => ({ id: cid, label }));
  if (categories.length === 0) categories.push({ id: 'uncategorised', label: 'Uncategorised' });
  const sources: Source[] = [...catalogue.sources].map(([sid, s]) => ({ id: sid, ...s }));
  const documents = [
    { id: FILE_DOCUMENT_ID, title: file || 'Imported file' },
    ...[...catalogue.documents]
      .filter((d) => d !== FILE_DOCUMENT_ID)
      .map((d) => ({ id: d, title: d })),
  ];
  const description: DatasetDescription = {
    id,
    title,
    description: `Imported from ${file || 'a file'}`,
    publisher: 'Not stated',
    version: hashId(contentKey),
    licence: 'Not stated',
    language,
    languages: [language, ...[...catalogue.languages].filter((l) => l !== language).sort()],
    documents,
    sources,
    articles,
    categories,
    events: `${id}.events.geojson`,
  };
  if (catalogue.figureKinds.size) {
    description.figureKinds = [...catalogue.figureKinds].map(([k, label]) => ({ id: k, label }));
  }
  return description;
}

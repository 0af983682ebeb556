/**
 * The text encodings a file can be read in. Kept apart from the parser (csv.ts) so that the data
 * dialog can offer them without loading it.
 */

/** Legacy single-byte encodings a file may be declared in (the dialog offers them). */
export const LEGACY_ENCODINGS = [
  'windows-1251',
  'koi8-r',
  'ibm866',
  'windows-1252',
  'iso-8859-2',
  'windows-1250',
] as const;

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | (typeof LEGACY_ENCODINGS)[number];

/** The dataset as files: path (relative to the repository) and raw text. */
export interface DatasetFile {
  file: string;
  text: string;
}

export interface DatasetFiles {
  catalogue: DatasetFile;
  claims: DatasetFile[];
  hints: DatasetFile[];
  lexicon: DatasetFile;
  sources: DatasetFile;
  facts: DatasetFile;
  timeline: DatasetFile;
  glossary: DatasetFile;
}

import type { Dataset } from './dataset';
import { readDatasetFiles } from './read-dataset-files';
import { validateDataset } from './validate-dataset';

/** Reads and validates the dataset folder (Node only). Throws DatasetError when malformed. */
export function loadDataset(dir?: string): Dataset {
  return validateDataset(readDatasetFiles(dir));
}

// npm run -s dataset:export → the dataset as a schema.org ClaimReview JSON-LD array on stdout.
import { toClaimReviews } from '../dataset/export/to-claim-review';
import { DatasetError } from '../dataset/load/dataset-problem';
import { loadDataset } from '../dataset/load/load-dataset';
import { DATASET_VERSION } from '../dataset/version';

try {
  process.stdout.write(`${JSON.stringify(toClaimReviews(loadDataset(), DATASET_VERSION.date), null, 2)}\n`);
} catch (e) {
  process.stderr.write(`${e instanceof DatasetError ? e.message : String(e)}\n`);
  process.exit(1);
}

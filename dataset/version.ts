/** The dataset's release: shown in the options page, used as ClaimReview datePublished. Bump on every content change. */
export const DATASET_VERSION = { version: '2026.12.1', date: '2026-12-01' } as const;

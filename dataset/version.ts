/** The dataset's release: shown in the options page, used as ClaimReview datePublished. Bump on every content change. */
export const DATASET_VERSION = { version: '2026.11.1', date: '2026-11-26' } as const;

// The dataset as schema.org ClaimReview objects (JSON-LD), one per claim, for fact-check
// aggregators and for curators who want to diff the dataset as plain data.
import type { Dataset } from '../load/dataset';
import { sourcesInReadingOrder } from '../load/resolve-sources';

export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  identifier: string;
  claimReviewed: string;
  reviewBody: string;
  reviewRating: { '@type': 'Rating'; alternateName: string };
  itemReviewed: {
    '@type': 'Claim';
    author?: { '@type': 'Person' | 'Organization'; name: string };
    datePublished: string;
  };
  datePublished: string;
  citation: Array<{ '@type': 'CreativeWork'; url: string; name: string; publisher: string; datePublished?: string }>;
}

export function toClaimReviews(d: Dataset, reviewDate: string): ClaimReview[] {
  const glossaryType = new Map(d.glossary.flatMap((g) => [g.name, ...g.aliases].map((n) => [n, g.type] as const)));
  return d.claims.map((c) => {
    // The claimant is whoever makes the claim: for a misattributed quote, the outlet that
    // credited the words wrongly, never the person they were pinned on (checkIntegrity).
    const author = c.claimant
      ? {
          '@type': glossaryType.get(c.claimant) === 'person' ? ('Person' as const) : ('Organization' as const),
          name: c.claimant,
        }
      : undefined;
    return {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      identifier: c.id,
      claimReviewed: c.claim,
      reviewBody: c.summary,
      reviewRating: { '@type': 'Rating', alternateName: c.verdict },
      // The claim as it first appeared (an aggregator's text), not the event it is about.
      itemReviewed: { '@type': 'Claim', ...(author && { author }), datePublished: c.claimDate ?? c.date },
      datePublished: reviewDate,
      citation: sourcesInReadingOrder(c.sources, d.sources).map((s) => ({
        '@type': 'CreativeWork',
        url: s.url,
        name: s.title,
        publisher: s.publisher,
        ...(s.date && { datePublished: s.date }),
      })),
    };
  });
}

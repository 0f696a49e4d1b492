// A claim as plain text for sharing: the claim, its rating with the one-line summary, and the
// primary source to read. No formatting that a chat box or an email would mangle.
import type { ClaimCard, SourceCard } from '@/dataset/compile/bundle-format';
import { VERDICT_LABEL } from '../labels';

/** The source a reader should open first: a primary document or transcript, else the first listed. */
export function primarySource(sources: readonly SourceCard[]): SourceCard | undefined {
  return sources.find((s) => s.kind === 'primary') ?? sources.find((s) => s.kind === 'transcript') ?? sources[0];
}

export function formatCitation(claim: ClaimCard): string {
  const source = primarySource(claim.sources);
  return [
    `Claim: ${claim.claim}`,
    `Rating: ${VERDICT_LABEL[claim.verdict]}. ${claim.summary}`,
    ...(source ? [`Source: ${source.url}`] : []),
    '(Checked with Backstory)',
  ].join('\n');
}

// One typed protocol for every message between content script, background and popup.
// Every message is validated on receipt: pages can't reach runtime messaging, but a compromised
// or confused sender must still never change state with a malformed payload.
import * as v from 'valibot';

const MAX_CLAIMS = 200;
const MAX_TEXT = 2_000;

const ReportedClaimSchema = v.object({
  claimId: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,80}$/)),
  sentence: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
  score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
});

const PageReportSchema = v.object({
  type: v.literal('page-report'),
  url: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
  aboutStory: v.boolean(),
  score: v.pipe(v.number(), v.finite()),
  evidence: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(20)),
  claims: v.pipe(v.array(ReportedClaimSchema), v.maxLength(MAX_CLAIMS)),
});

const GetTabStateSchema = v.object({
  type: v.literal('get-tab-state'),
  tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

const MessageSchema = v.variant('type', [PageReportSchema, GetTabStateSchema]);

export type ReportedClaim = v.InferOutput<typeof ReportedClaimSchema>;
export type PageReport = v.InferOutput<typeof PageReportSchema>;
export type GetTabState = v.InferOutput<typeof GetTabStateSchema>;
export type Message = v.InferOutput<typeof MessageSchema>;

/** What the background keeps for a tab, and what the popup shows. */
export interface TabState {
  url: string;
  aboutStory: boolean;
  score: number;
  evidence: string[];
  claims: ReportedClaim[];
}

/** Returns the message when it has exactly a known shape, otherwise null. */
export function parseMessage(raw: unknown): Message | null {
  const result = v.safeParse(MessageSchema, raw);
  return result.success ? result.output : null;
}

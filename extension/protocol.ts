// One typed protocol for every message between content script, background and popup.
// Every message is validated on receipt: a malformed or oversized payload is ignored, never acted on.
import * as v from 'valibot';

/** Article text beyond this is cut by the content script before it is sent. */
export const MAX_ARTICLE_CHARS = 1_000_000;
/** A passage the reader selected or pasted; beyond this it is cut before it is sent. */
export const MAX_PASSAGE_CHARS = 20_000;
const MAX_LINE = 4_000;

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Line = v.pipe(v.string(), v.maxLength(MAX_LINE));

const PageMetaSchema = v.object({
  url: Line,
  title: Line,
  headline: v.optional(Line),
  description: v.optional(Line),
  lead: v.optional(v.pipe(v.string(), v.maxLength(20_000))),
});

const AnalyzePageSchema = v.object({
  type: v.literal('analyze-page'),
  meta: PageMetaSchema,
  text: v.pipe(v.string(), v.maxLength(MAX_ARTICLE_CHARS)),
});

const Passage = v.pipe(v.string(), v.maxLength(MAX_PASSAGE_CHARS));

/** A passage the reader chose to check (selected in a page or pasted in the popup). */
const CheckPassageSchema = v.object({ type: v.literal('check-passage'), text: Passage });
/** The whole catalogue, for the popup's search, timeline and people on any page. */
const GetCatalogueSchema = v.object({ type: v.literal('get-catalogue') });

const GetTabViewSchema = v.object({ type: v.literal('get-tab-view'), tabId: Count });
const GetDatasetInfoSchema = v.object({ type: v.literal('get-dataset-info') });

/** Messages the background accepts. */
const BackgroundMessageSchema = v.variant('type', [
  AnalyzePageSchema,
  GetTabViewSchema,
  GetDatasetInfoSchema,
  CheckPassageSchema,
  GetCatalogueSchema,
]);

/** Messages the content script accepts (from our popup only). */
const ContentMessageSchema = v.variant('type', [
  v.object({ type: v.literal('show-in-page'), occurrence: Count }),
  v.object({ type: v.literal('analyze-now') }),
  v.object({ type: v.literal('describe-page') }),
  // "Check with Backstory": read the frame's selection (the menu passes the text it saw) and show the cards beside it.
  v.object({ type: v.literal('check-selection'), text: v.optional(Passage) }),
]);

export type AnalyzePage = v.InferOutput<typeof AnalyzePageSchema>;
export type BackgroundMessage = v.InferOutput<typeof BackgroundMessageSchema>;
export type ContentMessage = v.InferOutput<typeof ContentMessageSchema>;

/** One claim found on the page, at one sentence; `occurrence` numbers them in page order within their frame. */
export interface FoundClaim {
  /** The frame the sentence is in (0: the top page; a story can be inside an iframe). */
  frameId: number;
  occurrence: number;
  claimId: string;
  sentence: string;
  start: number;
  end: number;
  score: number;
  /** Who, per the sentence, says it ("Lavrov", "the indictment"), when it names someone; clipped. */
  speaker?: string;
}

/** What the background keeps for a tab. */
export interface TabState {
  url: string;
  aboutStory: boolean;
  score: number;
  evidence: string[];
  claims: FoundClaim[];
}

/** The background's answer to analyze-page: what the content script needs to highlight. */
export interface PageHighlights {
  aboutStory: boolean;
  text: string;
  claims: Array<FoundClaim & { verdict: string; summary: string; claim: string; context: string[] }>;
}

/** One claim a checked passage makes, with what the in-page card shows. */
export interface PassageClaim {
  claimId: string;
  sentence: string;
  verdict: string;
  claim: string;
  summary: string;
  context: string[];
}

/** The background's answer to check-passage. */
export interface PassageResult {
  claims: PassageClaim[];
}

export function parseBackgroundMessage(raw: unknown): BackgroundMessage | null {
  const result = v.safeParse(BackgroundMessageSchema, raw);
  return result.success ? result.output : null;
}

export function parseContentMessage(raw: unknown): ContentMessage | null {
  const result = v.safeParse(ContentMessageSchema, raw);
  return result.success ? result.output : null;
}

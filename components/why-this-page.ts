// "Why this page?" in words: the story detector's evidence terms, sorted into the kinds of thing
// they name, as one sentence a reader can check against the article.
import { type ConceptName, STORY_CONCEPTS } from '@/engine/detect/story-concepts';

const KIND: Partial<Record<ConceptName, string>> = {
  russia: 'Russian officials',
  interference: 'interference in an election',
  act: 'charges or accusations',
  election: 'the 2016 election',
  us: 'the United States',
  probe: 'the investigations that followed',
};

function conceptOf(term: string): ConceptName | undefined {
  const t = term.toLowerCase();
  for (const concept of STORY_CONCEPTS) {
    const all = [...concept.terms, ...(concept.caseSensitive ?? [])];
    if (all.some((x) => x.toLowerCase() === t || (x.endsWith('*') && t.startsWith(x.slice(0, -1).toLowerCase()))))
      return concept.name;
  }
  return undefined;
}

function list(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** One sentence on why the page counts as the 2016 interference story; empty without evidence. */
export function whyThisPage(evidence: string[]): string {
  const kinds: string[] = [];
  for (const term of evidence) {
    const kind = KIND[conceptOf(term) ?? 'other'];
    if (kind && !kinds.includes(kind)) kinds.push(kind);
  }
  if (kinds.length === 0) return '';
  return `It names ${list(kinds)} in the same sentences, as articles on this story do.`;
}

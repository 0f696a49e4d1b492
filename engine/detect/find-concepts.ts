import type { Concept, ConceptName } from './story-concepts';

/** One concept term found in the text. */
export interface ConceptHit {
  concept: ConceptName;
  term: string;
  start: number;
}

export interface CompiledConcepts {
  patterns: { concept: ConceptName; regex: RegExp }[];
}

function escapeRegex(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "sow* discord" → sow, sows, sowing + discord; spaces also match hyphens and line breaks. */
function termSource(term: string): string {
  return term
    .split(' ')
    .map((word) => word.split('*').map(escapeRegex).join('[\\p{L}\\p{M}\\-]*'))
    .join('[\\s\\-]+');
}

// Lookarounds instead of \b: \b only knows ASCII letters, and the Russian terms need it too.
function wordRegex(terms: string[], flags: string): RegExp {
  const alternatives = terms.map(termSource).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, flags);
}

export function compileConcepts(concepts: Concept[]): CompiledConcepts {
  const patterns: CompiledConcepts['patterns'] = [];
  for (const concept of concepts) {
    patterns.push({ concept: concept.name, regex: wordRegex(concept.terms, 'giu') });
    if (concept.caseSensitive?.length) {
      patterns.push({ concept: concept.name, regex: wordRegex(concept.caseSensitive, 'gu') });
    }
  }
  return { patterns };
}

/** All concept hits in `text`, in text order. Linear in the text: one scan per pattern. */
export function findConcepts(text: string, compiled: CompiledConcepts): ConceptHit[] {
  const hits: ConceptHit[] = [];
  for (const { concept, regex } of compiled.patterns) {
    regex.lastIndex = 0;
    for (const match of text.matchAll(regex)) {
      hits.push({ concept, term: match[0].toLowerCase().replace(/[\s-]+/g, ' '), start: match.index });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  return hits;
}

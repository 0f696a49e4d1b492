// "@name" terms in claim descriptions: a concept of the shared lexicon, or a glossary entry
// (its name and aliases). Expanded at build time, so the matcher only ever sees words.

export interface NamedEntry {
  id: string;
  name: string;
  aliases: readonly string[];
}

/** Looks a "@name" up; undefined when it names nothing. */
export type ResolveConcept = (name: string) => readonly string[] | undefined;

export function conceptResolver(
  concepts: Readonly<Record<string, readonly string[]>>,
  glossary: readonly NamedEntry[] = [],
): ResolveConcept {
  const people = new Map(glossary.map((g) => [g.id, [g.name, ...g.aliases]]));
  return (name) => (Object.hasOwn(concepts, name) ? concepts[name] : people.get(name));
}

/** The "@name" terms of a group that resolve to nothing. */
export function unknownConcepts(terms: readonly string[], resolve: ResolveConcept): string[] {
  return terms.filter((t) => t.startsWith('@') && !resolve(t.slice(1)));
}

/** The group with every "@name" replaced by its terms; throws on a name that resolves to nothing. */
export function expandTerms(terms: readonly string[], resolve: ResolveConcept, where: string): string[] {
  const out: string[] = [];
  for (const term of terms) {
    if (!term.startsWith('@')) {
      out.push(term);
      continue;
    }
    const found = resolve(term.slice(1));
    if (!found) throw new Error(`${where}: "${term}" is not a lexicon concept or glossary id`);
    out.push(...found);
  }
  return out;
}

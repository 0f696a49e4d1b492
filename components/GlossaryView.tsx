import type { GlossaryCard } from '@/dataset/compile/bundle-format';
import { SourceList } from './SourceList';

const GROUPS = [
  { type: 'person', title: 'People' },
  { type: 'organization', title: 'Organizations' },
] as const;

function Entry({ entry }: { entry: GlossaryCard }) {
  return (
    <li class="glossary__entry" data-glossary-id={entry.id}>
      <h4 class="glossary__name">{entry.name}</h4>
      {entry.aliases.length > 0 && <p class="glossary__aliases">Also called: {entry.aliases.join(', ')}</p>}
      <p>{entry.text}</p>
      {entry.sources.length > 0 && (
        <details>
          <summary>Sources ({entry.sources.length})</summary>
          <SourceList sources={entry.sources} />
        </details>
      )}
    </li>
  );
}

/** Who is who in the story, people first, each group in dataset order. */
export function GlossaryView({ entries }: { entries: GlossaryCard[] }) {
  return (
    <section class="glossary" aria-labelledby="glossary-title">
      <h2 id="glossary-title" class="visually-hidden">
        {'People & organizations'}
      </h2>
      {GROUPS.map(({ type, title }) => {
        const group = entries.filter((e) => e.type === type);
        if (group.length === 0) return null;
        return (
          <section key={type} aria-labelledby={`glossary-${type}`}>
            <h3 id={`glossary-${type}`} class="glossary__group">
              {title}
            </h3>
            <ul class="glossary__list">
              {group.map((e) => (
                <Entry key={e.id} entry={e} />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

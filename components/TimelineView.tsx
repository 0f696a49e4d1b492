import type { TimelineCard } from '@/dataset/compile/bundle-format';
import { formatDate } from './format-date';
import { SourceList } from './SourceList';

/** The story's key dates, oldest first as the dataset orders them. */
export function TimelineView({ events }: { events: TimelineCard[] }) {
  return (
    <section class="timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title" class="visually-hidden">
        Timeline
      </h2>
      <ol class="timeline__list">
        {events.map((e) => (
          <li key={`${e.date} ${e.title}`} class="timeline__event">
            <time class="timeline__date" dateTime={e.date}>
              {formatDate(e.date)}
            </time>
            <h3 class="timeline__title">{e.title}</h3>
            <p>{e.text}</p>
            {e.sources.length > 0 && (
              <details>
                <summary>Sources ({e.sources.length})</summary>
                <SourceList sources={e.sources} />
              </details>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

import type { ComponentChildren } from 'preact';
import type { SourceCard } from '@/dataset/compile/bundle-format';
import { formatDate } from './format-date';
import { SOURCE_KIND_LABEL } from './labels';

function ExternalLink({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span class="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}

/** Sources in the order given: the bundle already puts primary documents first. */
export function SourceList({ sources }: { sources: SourceCard[] }) {
  return (
    <ul class="sources">
      {sources.map((s) => (
        <li key={s.url} class={`source source--${s.kind}`} data-kind={s.kind}>
          <span class="source__kind">{SOURCE_KIND_LABEL[s.kind]}</span>
          <ExternalLink href={s.url}>{s.title}</ExternalLink>
          <span class="source__meta">
            {s.publisher}
            {s.date && (
              <>
                {', '}
                <time dateTime={s.date}>{formatDate(s.date)}</time>
              </>
            )}
            {s.archive && (
              <>
                {' · '}
                <ExternalLink href={s.archive}>archived copy</ExternalLink>
              </>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}

import { useState } from 'preact/hooks';
import { parseSite } from '@/extension/parse-site';

interface Props {
  sites: string[];
  onChange: (sites: string[]) => void;
}

/** The sites Backstory stays off on: a list with Remove buttons and a field to add one. */
export function DisabledSites({ sites, onChange }: Props) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | undefined>();

  function add(event: Event) {
    event.preventDefault();
    const site = parseSite(draft);
    if (!site) {
      setProblem('Enter a site such as example.com, or paste an address from it.');
      return;
    }
    setProblem(undefined);
    setDraft('');
    if (!sites.includes(site)) onChange([...sites, site]);
  }

  return (
    <section class="options__section" aria-labelledby="sites-title">
      <h2 id="sites-title">Sites where Backstory is off</h2>
      {sites.length === 0 ? (
        <p class="options__hint">None: Backstory looks at every site.</p>
      ) : (
        <ul class="sites">
          {sites.map((site) => (
            <li key={site} class="sites__item">
              <span class="sites__name">{site}</span>
              <button
                type="button"
                class="button"
                aria-label={`Remove ${site}`}
                onClick={() => onChange(sites.filter((s) => s !== site))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="sites__add" onSubmit={add} noValidate>
        <label for="site-input">Turn Backstory off for a site</label>
        <div class="sites__row">
          <input
            id="site-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="example.com"
            value={draft}
            aria-invalid={problem !== undefined}
            aria-describedby={problem ? 'site-problem' : undefined}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
          <button type="submit" class="button">
            Add
          </button>
        </div>
        {problem && (
          <p id="site-problem" class="options__problem" role="alert">
            {problem}
          </p>
        )}
      </form>
    </section>
  );
}

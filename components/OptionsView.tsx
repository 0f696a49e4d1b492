import type { OptionsViewModel, SettingsView } from '@/extension/view-model';
import { DisabledSites } from './DisabledSites';

interface Props {
  model: OptionsViewModel;
  onChange: (settings: SettingsView) => void;
}

const MODES: { value: SettingsView['mode']; label: string }[] = [
  { value: 'automatic', label: 'Analyze pages automatically' },
  { value: 'on-click', label: 'Only when I click the toolbar button' },
];

/** Settings as controlled inputs: every change is handed back whole, and the container saves it. */
export function OptionsView({ model, onChange }: Props) {
  const { settings } = model;
  const update = (patch: Partial<SettingsView>) => onChange({ ...settings, ...patch });
  return (
    <main class="options">
      <h1>Backstory options</h1>
      <section class="options__section" aria-labelledby="page-title">
        <h2 id="page-title">On news pages</h2>
        <div class="options__field">
          <input
            id="highlights"
            type="checkbox"
            checked={settings.highlights}
            onChange={(e) => update({ highlights: e.currentTarget.checked })}
          />
          <label for="highlights">Highlight checked sentences on the page</label>
        </div>
        <div class="options__field options__field--nested">
          <input
            id="full-highlights"
            type="checkbox"
            checked={settings.fullHighlights}
            disabled={!settings.highlights}
            aria-describedby="full-highlights-note"
            onChange={(e) => update({ fullHighlights: e.currentTarget.checked })}
          />
          <label for="full-highlights">Colour the whole sentence, not only a thin underline</label>
        </div>
        <p id="full-highlights-note" class="options__note">
          By default a checked sentence gets a thin underline in its verdict's colour, and full colour when you point at
          it or choose it.
        </p>
        <fieldset class="options__fieldset">
          <legend>When to look at a page</legend>
          {MODES.map((m) => (
            <div key={m.value} class="options__field">
              <input
                id={`mode-${m.value}`}
                type="radio"
                name="mode"
                value={m.value}
                checked={settings.mode === m.value}
                onChange={() => update({ mode: m.value })}
              />
              <label for={`mode-${m.value}`}>{m.label}</label>
            </div>
          ))}
        </fieldset>
      </section>
      <DisabledSites sites={settings.disabledSites} onChange={(disabledSites) => update({ disabledSites })} />
      <section class="options__section" aria-labelledby="dataset-title">
        <h2 id="dataset-title">Dataset</h2>
        <p>
          Version {model.datasetVersion}, {model.claimCount} claims. Backstory works offline from this bundled dataset:
          nothing you read is sent anywhere.
        </p>
      </section>
    </main>
  );
}

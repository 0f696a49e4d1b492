// The user's settings: one storage item, versioned, and checked against a valibot schema on every
// read, so that a corrupted or hand-edited value falls back to defaults, field by field, instead
// of breaking a page or the popup.
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import type { SettingsView } from './view-model';

export type Settings = SettingsView;

export const DEFAULT_SETTINGS: Settings = {
  highlights: true,
  fullHighlights: false,
  mode: 'automatic',
  disabledSites: [],
};

const MAX_SITES = 500;

/**
 * A stored site as the options page writes it (see parseSite, which also refuses public suffixes
 * such as "co.uk"): a lower-case hostname with a dot, or localhost. Settings are read on every
 * page, so this check stays light and the public-suffix list stays out of the content script.
 */
const PLAUSIBLE_SITE = /^(localhost|[a-z0-9-]+(\.[a-z0-9-]+)+)$/;

const SitesSchema = v.pipe(
  v.array(v.unknown()),
  v.transform((sites) =>
    [...new Set(sites.filter((s): s is string => typeof s === 'string' && PLAUSIBLE_SITE.test(s)))].slice(0, MAX_SITES),
  ),
);

const SettingsSchema = v.object({
  highlights: v.fallback(v.boolean(), DEFAULT_SETTINGS.highlights),
  fullHighlights: v.fallback(v.boolean(), DEFAULT_SETTINGS.fullHighlights),
  mode: v.fallback(v.picklist(['automatic', 'on-click']), DEFAULT_SETTINGS.mode),
  disabledSites: v.fallback(SitesSchema, []),
});

export function sanitizeSettings(raw: unknown): Settings {
  const result = v.safeParse(SettingsSchema, raw);
  return result.success ? result.output : { ...DEFAULT_SETTINGS, disabledSites: [] };
}

/** Whether a page's hostname is one of the disabled sites or below one. */
export function isSiteDisabled(settings: Settings, hostname: string): boolean {
  const bare = (h: string) =>
    h
      .toLowerCase()
      .replace(/\.$/, '')
      .replace(/^www\./, '');
  const host = bare(hostname);
  return settings.disabledSites.map(bare).some((site) => host === site || host.endsWith(`.${site}`));
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function readSettings(): Promise<Settings> {
  try {
    return sanitizeSettings(await settingsItem.getValue());
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export async function writeSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(sanitizeSettings(settings));
}

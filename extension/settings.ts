// The user's settings: one storage item, versioned, and sanitised on every read so that a
// corrupted or hand-edited value falls back to defaults instead of breaking a page or the popup.
import { storage } from 'wxt/utils/storage';
import { parseSite } from './parse-site';
import type { SettingsView } from './view-model';

export type Settings = SettingsView;

export const DEFAULT_SETTINGS: Settings = {
  highlights: true,
  fullHighlights: false,
  mode: 'automatic',
  disabledSites: [],
};

const MAX_SITES = 500;

export function sanitizeSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const sites = Array.isArray(r.disabledSites) ? r.disabledSites : [];
  return {
    highlights: typeof r.highlights === 'boolean' ? r.highlights : DEFAULT_SETTINGS.highlights,
    fullHighlights: typeof r.fullHighlights === 'boolean' ? r.fullHighlights : DEFAULT_SETTINGS.fullHighlights,
    mode: r.mode === 'automatic' || r.mode === 'on-click' ? r.mode : DEFAULT_SETTINGS.mode,
    disabledSites: [...new Set(sites.flatMap((s) => (typeof s === 'string' ? (parseSite(s) ?? []) : [])))].slice(
      0,
      MAX_SITES,
    ),
  };
}

/** Whether a page's hostname is one of the disabled sites or below one. */
export function isSiteDisabled(settings: Settings, hostname: string): boolean {
  const bare = (h: string) => h.toLowerCase().replace(/^www\./, '');
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

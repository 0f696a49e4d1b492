// The registry generator on small inline registries: what it lets into dataset/sources.json
// and in what order. (The real run reads ../shared; these cases do not.)
import { describe, expect, test } from 'vitest';
import { buildSources, isDoNotCite, type LedgerFact, type RegistryDocument } from './build-registry';

const DEAD = 'https://www.justice.gov/file/1080281/download';
const WORKING = 'https://www.justice.gov/archives/opa/page/file/1080281/download';
const MIRROR = 'https://www.justice.gov/archives/sco/file/1080281/dl?inline=';

const gruIndictment: RegistryDocument = {
  id: 'doj-gru-indictment-2018-07-13',
  title: 'Indictment, United States v. Netyksho et al.',
  publisher: 'US Department of Justice',
  date: '2018-07-13',
  confidence: 'high',
  urls: [
    { url: WORKING, status_notes: 'Verified working replacement by one sweep (curl 200).' },
    { url: DEAD, status_notes: 'DO NOT CITE: the original download is gone (tombstoned).' },
    { url: MIRROR, status_notes: 'Alternative archived location; medium.' },
  ],
  archive_urls: [],
};

function fact(url: string, publisher = 'The Hill'): LedgerFact {
  return {
    id: 'gru-indictment-july-2018',
    date: '2018-07-13',
    status: 'verified',
    sources: [{ url, publisher, title: 'Mueller indicts 12 Russians', date: '2018-07-13' }],
  };
}

describe('isDoNotCite', () => {
  test.each([
    ['DO NOT CITE: the original download is gone (tombstoned).', true],
    ['Verified working replacement by one sweep (curl 200).', false],
    ['CONFLICTING live status: a hard_404 in one audit, Access Denied in another.', false],
    [undefined, false],
  ])('%s → %s', (notes, expected) => {
    expect(isDoNotCite({ url: DEAD, status_notes: notes })).toBe(expected);
  });
});

describe('buildSources', () => {
  test('leaves out a registry URL marked DO NOT CITE and keeps the document’s other URLs', () => {
    const urls = buildSources([], [gruIndictment]).map((s) => s.url);
    expect(urls).not.toContain(DEAD);
    expect(urls).toContain(WORKING);
    expect(urls).toContain(MIRROR);
  });

  test('leaves it out even when a ledger fact cites it', () => {
    const urls = buildSources([fact(DEAD)], [gruIndictment]).map((s) => s.url);
    expect(urls).not.toContain(DEAD);
  });

  test('lists the document’s working URL before its other copies', () => {
    const urls = buildSources([], [gruIndictment]).map((s) => s.url);
    expect(urls.indexOf(WORKING)).toBeLessThan(urls.indexOf(MIRROR));
  });

  test('a low-confidence document gives no primary entry', () => {
    const sources = buildSources([], [{ ...gruIndictment, confidence: 'low' }]);
    expect(sources).toEqual([]);
  });

  test('ledger news sources come after the primary document', () => {
    const news = 'https://thehill.com/policy/cybersecurity/396892-mueller-indicts-12-russians-in-2016-dnc-hack/';
    const sources = buildSources([fact(news)], [gruIndictment]);
    expect(sources.map((s) => s.kind)).toEqual(['primary', 'primary', 'news']);
    expect(sources.at(-1)?.url).toBe(news);
  });
});

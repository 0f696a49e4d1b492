// The citation checks on a small inline registry and dataset (not ../shared).
import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../dataset/load/dataset';
import type { Claim } from '../../dataset/schema/claim';
import {
  findCodeHostCitations,
  findDoNotCite,
  findLoneDisputedUrls,
  findMissingPrimaries,
  type LedgerFact,
  type RegistryDocument,
} from './check-citations';

const WORKING = 'https://www.justice.gov/archives/opa/page/file/1080281/download';
const DEAD = 'https://www.justice.gov/file/1080281/download';
const NEWS = 'https://thehill.com/policy/cybersecurity/396892-mueller-indicts-12-russians-in-2016-dnc-hack/';
const REPORT = 'https://www.justice.gov/storage/report.pdf';
const GITHUB = 'https://github.com/JonathanWilbur/mueller-report/blob/3c6dc1dd/volume1.md';
const ICA = 'https://www.dni.gov/files/documents/ICA_2017_01.pdf';
const ICA_SSCI =
  'https://www.intelligence.senate.gov/2017/01/06/publications-assessing-russian-activities-and-intentions-recent-us-elections/';

const documents: RegistryDocument[] = [
  {
    id: 'doj-gru-indictment-2018-07-13',
    confidence: 'high',
    urls: [{ url: WORKING }, { url: DEAD, status_notes: 'DO NOT CITE: the original download is gone.' }],
  },
  { id: 'mueller-report-2019', confidence: 'high', urls: [{ url: REPORT }] },
  {
    id: 'odni-ica-2017-01d',
    confidence: 'high',
    urls: [{ url: ICA, status_notes: 'CONFLICTING live status: hard_404 in one audit.' }, { url: ICA_SSCI }],
  },
  { id: 'kremlin-spief-2017-plenary', confidence: 'none', urls: [], secondary_urls: [{ url: NEWS }] },
];
const facts: LedgerFact[] = [
  { id: 'indictment-and-news', sources: [{ url: NEWS }, { url: WORKING }] },
  { id: 'news-only', sources: [{ url: NEWS }] },
  { id: 'personas', sources: [{ url: GITHUB }] },
];

function claim(id: string, sources: string[], factIds: string[]): Claim {
  return { id, sources, facts: factIds } as Claim;
}
function dataset(claims: Claim[], extra: Partial<Dataset> = {}): Dataset {
  return {
    catalogue: [],
    claims,
    hints: [],
    lexicon: { concepts: {}, story: [] },
    sources: [],
    facts: [],
    timeline: [],
    glossary: [],
    ...extra,
  };
}

describe('findDoNotCite', () => {
  test('names every place a DO NOT CITE URL appears', () => {
    const d = dataset([claim('gru', [DEAD, NEWS], [])], {
      glossary: [{ id: 'gru', name: 'GRU', aliases: [], type: 'organization', text: 'x', sources: [DEAD] }],
    });
    expect(findDoNotCite(d, documents)).toEqual([
      `claims/gru: ${DEAD} is marked DO NOT CITE in the registry`,
      `glossary.json gru: ${DEAD} is marked DO NOT CITE in the registry`,
    ]);
  });

  test('passes the working URL of the same document', () => {
    expect(findDoNotCite(dataset([claim('gru', [WORKING], [])]), documents)).toEqual([]);
  });
});

describe('findLoneDisputedUrls', () => {
  test.each([
    ['alone', [ICA, NEWS], [`claims/c: ${ICA} may be dead; cite ${ICA_SSCI} beside it`]],
    ['beside the committee’s copy', [ICA, ICA_SSCI, NEWS], []],
    ['not cited at all', [NEWS], []],
  ] as Array<[string, string[], string[]]>)('the ICA PDF %s', (_, sources, expected) => {
    expect(findLoneDisputedUrls(dataset([claim('c', sources, [])]), documents)).toEqual(expected);
  });
});

describe('findCodeHostCitations', () => {
  test('flags a transcription on GitHub shown to readers, not the document itself', () => {
    expect(findCodeHostCitations(dataset([claim('personas', [REPORT, GITHUB], [])]))).toEqual([
      `claims/personas: ${GITHUB} is a transcription on a code-hosting site; cite the document itself`,
    ]);
  });
});

describe('findMissingPrimaries', () => {
  const noReport = `claims/c: cites no URL of the registry's primary document mueller-report-2019 (${REPORT})`;
  const newsFirst = `claims/c: its first source must be the registry's primary document, not ${NEWS}`;
  test.each([
    ['the primary document first', [WORKING, NEWS], ['indictment-and-news'], []],
    ['news only, where the fact rests on the indictment', [NEWS], ['indictment-and-news'], [newsFirst]],
    ['the primary document after the news', [NEWS, WORKING], ['news-only'], [newsFirst]],
    ['a fact resting on a transcription, without the document', [NEWS], ['personas'], [noReport, newsFirst]],
    ['a fact resting on a transcription, with the document', [REPORT, NEWS], ['personas'], []],
    ['only a document the registry rates none', [NEWS], ['news-only'], []],
  ] as Array<[string, string[], string[], string[]]>)('%s', (_, sources, factIds, expected) => {
    expect(findMissingPrimaries(dataset([claim('c', sources, factIds)]), facts, documents)).toEqual(expected);
  });
});

import type { Hints } from '../../dataset/schema/hints';
import { compileIndex, type IndexClaim } from './compile-index';
import { type LoadedIndex, loadIndex } from './load-index';

// A small index written for the tests, in the shape of the real hints, so matcher behaviour
// is pinned down without reading the dataset.

export const TEST_CLAIMS: IndexClaim[] = [
  { id: 'finding', verdict: 'supported', kind: 'fact' },
  { id: 'denial', verdict: 'contradicted', kind: 'framing' },
  { id: 'ira-13', verdict: 'supported', kind: 'fact' },
  { id: 'gru-12', verdict: 'supported', kind: 'fact' },
  { id: 'materials', verdict: 'supported', kind: 'quote', speaker: 'Vladimir Putin' },
  { id: 'misattributed', verdict: 'misattributed', kind: 'quote' },
  { id: 'treaty', verdict: 'needs-context', kind: 'fact' },
  { id: 'constitution', verdict: 'supported', kind: 'fact' },
];

const ACTOR = ['russia', 'russian', 'russians', 'moscow', 'kremlin'];
const MEDDLE = ['meddle', 'meddled', 'meddling', 'interfere', 'interfered', 'interference'];

export const TEST_HINTS: Hints[] = [
  {
    claim: 'finding',
    rules: [
      {
        name: 'russia meddled',
        all: [MEDDLE, ACTOR, ['election', 'elections', 'vote']],
        span: 20,
        none: [
          { any: ['not', 'never', 'no', 'probe', 'investigation', 'whether'], before: 5 },
          { any: ['deny', 'denied', 'denies', 'denial'], before: 10 },
        ],
        context: ['2016'],
      },
    ],
  },
  {
    claim: 'denial',
    rules: [
      {
        name: 'did not meddle',
        all: [['meddle', 'meddled', 'interfere', 'interfered'], ACTOR],
        near: [{ any: ['not', 'never'], before: 3 }],
      },
      { name: 'denied meddling', all: [['deny', 'denied', 'denies'], [...MEDDLE, 'claim', 'claims'], ACTOR], span: 12 },
    ],
  },
  {
    claim: 'ira-13',
    rules: [
      {
        name: '13 charged',
        all: [['indicted', 'charged', 'charges', 'indictment']],
        numbers: ['13 russians', '13 russian', 'over a dozen russian'],
        span: 10,
      },
    ],
  },
  {
    claim: 'gru-12',
    rules: [
      {
        name: '12 officers charged',
        all: [['indicted', 'charged', 'charges', 'indictment']],
        numbers: ['12 russian', '12 gru', 'a dozen russian'],
        span: 10,
        none: [{ any: ['over a dozen'] }],
      },
    ],
  },
  {
    claim: 'materials',
    rules: [],
    quotes: [
      {
        fragments: ['prepared to look at them'],
        speaker: 'Vladimir Putin',
        aliases: ['putin', 'russian president', 'russian leader'],
        misattributed: 'misattributed',
      },
    ],
  },
  { claim: 'misattributed', rules: [] },
  {
    claim: 'treaty',
    rules: [
      {
        name: 'no treaty',
        all: [['extradition treaty', 'extradition agreement']],
        near: [{ any: ['no', 'not'], before: 4 }],
      },
    ],
  },
  {
    claim: 'constitution',
    rules: [{ name: 'constitution bars it', all: [['constitution'], ['extradition', 'extradite']], span: 10 }],
  },
];

export function testIndex(): LoadedIndex {
  return loadIndex(JSON.parse(JSON.stringify(compileIndex(TEST_CLAIMS, TEST_HINTS))));
}

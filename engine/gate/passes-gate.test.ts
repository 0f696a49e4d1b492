import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import type { PageMeta } from '../types';
import { passesGate } from './passes-gate';
import { readPageMeta } from './read-page-meta';

describe('passesGate', () => {
  test.each<[string, PageMeta, boolean]>([
    ['story headline', { url: 'https://news.example/world/1', title: 'Kremlin denies meddling in US vote' }, true],
    [
      'story only in the URL slug',
      { url: 'https://news.example/russia-election-hacking-report', title: 'Live updates' },
      true,
    ],
    ['Mueller without Russia', { url: 'https://news.example/a', title: 'Mueller report released' }, true],
    [
      'story only in the lead',
      {
        url: 'https://news.example/a',
        title: 'What we learned',
        lead: 'Putin again rejected the charges of interference.',
      },
      true,
    ],
    [
      'Russian-language headline',
      { url: 'https://utro.example/n', title: 'Песков: Россия не вмешивалась в выборы' },
      true,
    ],
    [
      'weapons speech passes: the detector decides',
      { url: 'https://news.example/a', title: 'Putin unveils missiles weeks before elections' },
      true,
    ],
    [
      'recipe',
      { url: 'https://food.example/lemon-chicken', title: 'Lemon chicken traybake', lead: 'Roast it all on one tray.' },
      false,
    ],
    [
      'Russia without the story',
      {
        url: 'https://travel.example/moscow',
        title: 'A weekend in Moscow',
        description: 'Museums, metro stations and cafes.',
      },
      false,
    ],
    ['election without Russia', { url: 'https://news.example/a', title: 'Who won the second debate?' }, false],
    ['empty meta', { url: '', title: '' }, false],
  ])('%s', (_name, meta, expected) => {
    expect(passesGate(meta).pass).toBe(expected);
  });

  test('reports the terms it saw', () => {
    expect(passesGate({ url: '', title: 'Kremlin denies meddling' }).terms).toEqual(['kremlin', 'meddl']);
  });
});

describe('readPageMeta', () => {
  test('reads head, headline and the opening paragraphs only', () => {
    const { document } = parseHTML(`<html><head><title>Site title</title>
      <meta property="og:title" content="Kremlin denies meddling">
      <meta name="description" content="Moscow rejects the charges."></head>
      <body><nav><p>Home</p></nav><article><h1>Kremlin denies meddling</h1><p>By staff</p>
      <p>The Kremlin said on Monday that the charges proved nothing about the Russian state.</p></article></body></html>`);
    expect(readPageMeta(document as unknown as Document)).toEqual({
      url: expect.any(String),
      title: 'Kremlin denies meddling',
      headline: 'Kremlin denies meddling',
      description: 'Moscow rejects the charges.',
      lead: 'The Kremlin said on Monday that the charges proved nothing about the Russian state.',
    });
  });
});

import { expect, test } from 'vitest';
import { parseSite } from './parse-site';

test.each([
  ['example.com', 'example.com'],
  ['  News.Example.ORG  ', 'news.example.org'],
  ['https://www.example.com/path?q=1#top', 'www.example.com'],
  ['http://example.com:8080/', 'example.com'],
  ['example.com/2018/story', 'example.com'],
  ['example.com.', 'example.com'],
  // Sites under a multi-part public suffix, and under a private one.
  ['https://news.bbc.co.uk/world', 'news.bbc.co.uk'],
  ['bbc.co.uk', 'bbc.co.uk'],
  ['alice.github.io', 'alice.github.io'],
  ['localhost', 'localhost'],
  ['127.0.0.1', '127.0.0.1'],
  ['http://127.0.0.1:8080/x', '127.0.0.1'],
  // A public suffix alone names no site: it would turn Backstory off everywhere under it.
  ['co.uk', undefined],
  ['https://co.uk/', undefined],
  ['github.io', undefined],
  ['com', undefined],
  ['', undefined],
  ['   ', undefined],
  ['not a site', undefined],
  ['intranet', undefined],
  ['https://', undefined],
])('parseSite(%j) is %j', (input, expected) => {
  expect(parseSite(input)).toBe(expected);
});

import { expect, test } from 'vitest';
import { parseSite } from './parse-site';

test.each([
  ['example.com', 'example.com'],
  ['  News.Example.ORG  ', 'news.example.org'],
  ['https://www.example.com/path?q=1#top', 'www.example.com'],
  ['http://example.com:8080/', 'example.com'],
  ['example.com/2018/story', 'example.com'],
  ['example.com.', 'example.com'],
  ['localhost', 'localhost'],
  ['', undefined],
  ['   ', undefined],
  ['not a site', undefined],
  ['intranet', undefined],
  ['https://', undefined],
])('parseSite(%j) is %j', (input, expected) => {
  expect(parseSite(input)).toBe(expected);
});

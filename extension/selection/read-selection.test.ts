import { afterEach, expect, test } from 'vitest';
import { readSelection } from './read-selection';
import { anchorBeside, PASSAGE_OCCURRENCE_BASE, passageCards } from './selection-cards';

afterEach(() => {
  document.getSelection()?.removeAllRanges();
  document.body.innerHTML = '';
});

test('reads the selected text of the document', () => {
  document.body.innerHTML = '<p id="p">Putin said Russia would never hand over the indicted Russians.</p><p>Other.</p>';
  const range = document.createRange();
  range.selectNodeContents(document.getElementById('p') as HTMLElement);
  document.getSelection()?.addRange(range);
  expect(readSelection(document)?.text).toBe('Putin said Russia would never hand over the indicted Russians.');
});

test('reads text selected inside a text field', () => {
  document.body.innerHTML = '<textarea id="t">lead: the US has no extradition treaty with Russia</textarea>';
  const field = document.getElementById('t') as HTMLTextAreaElement;
  field.focus();
  field.setSelectionRange(6, field.value.length);
  expect(readSelection(document)?.text).toBe('the US has no extradition treaty with Russia');
});

test('nothing selected: the menu’s text when given (no position), else nothing', () => {
  expect(readSelection(document)).toBeNull();
  expect(readSelection(document, '  ')).toBeNull();
  expect(readSelection(document, 'some text')).toEqual({ text: 'some text', rect: null });
});

test('cards are numbered apart from the article’s; no claim gives one card that says what to try', () => {
  const cards = passageCards({
    claims: [{ claimId: 'a', sentence: 's', verdict: 'supported', claim: 'c', summary: 'm', context: [] }],
  });
  expect(cards.map((c) => c.occurrence)).toEqual([PASSAGE_OCCURRENCE_BASE]);
  const [none] = passageCards({ claims: [] });
  expect(none?.claim).toMatch(/no claim from its catalogue/);
  expect(none?.summary).toMatch(/Try selecting the whole sentence/);
});

test('the card opens from the middle of the selection’s lower edge', () => {
  expect(anchorBeside({ left: 100, right: 300, top: 40, bottom: 60 })).toEqual({ x: 200, y: 60 });
  expect(anchorBeside(null)).toBeNull();
});

import { containsPattern, hasTrigram } from './sql-conditions';

describe('containsPattern', () => {
  it('matches the text anywhere, its wildcards and backslashes taken literally', () => {
    expect(containsPattern('Acme')).toBe('%Acme%');
    expect(containsPattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });
});

describe('hasTrigram', () => {
  it.each([
    ['Han', true],
    ['ab 123', true],
    ['Müller GmbH', true],
    ['co', false],
    ['a b c', false],
    ['Mü', false],
    ['上海贸易', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(hasTrigram(text)).toBe(expected);
  });
});

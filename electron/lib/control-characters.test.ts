import { describe, expect, it } from 'vitest';
import { hasControlCharacter } from './control-characters';

describe('hasControlCharacter', () => {
  it.each(['\u0000', 'a\nb', 'tab\there', '\r', '\u001b[31m', '\u007f'])('finds one in %j', (s) => {
    expect(hasControlCharacter(s)).toBe(true);
  });

  it.each(['', 'plain', 'Права', '人権', 'emoji 😀', '\u00a0nbsp'])('finds none in %j', (s) => {
    expect(hasControlCharacter(s)).toBe(false);
  });
});

/**
 * How an author's name leaves: in full (trimmed), as initials of each word, or not at all.
 * Initials split on spaces and hyphens of every kind, skip what is not a letter or digit at a
 * word's start, and never cut a character outside the BMP in half.
 */
import { describe, expect, it } from 'vitest';
import { authorLabel } from './author-label';

describe('authorLabel', () => {
  it('names in full without the surrounding space; empty stays empty', () => {
    expect(authorLabel('\t Ana Diaz \n', 'names')).toBe('Ana Diaz');
    expect(authorLabel(' ', 'names')).toBe('');
    expect(authorLabel('', 'initials')).toBe('');
  });

  it('names nobody with authors switched off', () => {
    expect(authorLabel('Ana Diaz', 'none')).toBe('');
  });

  it('takes one initial per word, split by runs of spaces, tabs and line breaks', () => {
    expect(authorLabel('ana   maría\tlópez\nruiz', 'initials')).toBe('A. M. L. R.');
  });

  it('splits on ASCII hyphens, Unicode hyphens and non-breaking hyphens alike', () => {
    expect(authorLabel('Jean-Luc', 'initials')).toBe('J. L.');
    expect(authorLabel('Jean‐Luc', 'initials')).toBe('J. L.');
    expect(authorLabel('Jean‑Luc', 'initials')).toBe('J. L.');
    expect(authorLabel('Jean--Luc', 'initials')).toBe('J. L.');
  });

  it('skips quotes and brackets at a word’s start, and words with no letter at all', () => {
    expect(authorLabel('“Ana” (María) López', 'initials')).toBe('A. M. L.');
    expect(authorLabel('Ana & López', 'initials')).toBe('A. L.');
  });

  it('keeps digits and non-Latin letters, upper-cased where they have a case', () => {
    expect(authorLabel('agent 007', 'initials')).toBe('A. 0.');
    expect(authorLabel('ψυχή μαρία', 'initials')).toBe('Ψ. Μ.');
    expect(authorLabel('𝒜lice ng', 'initials')).toBe('𝒜. N.');
  });

  it('keeps only a word’s first character, not the rest after the skipped marks', () => {
    expect(authorLabel('"Oscar', 'initials')).toBe('O.');
    expect(authorLabel('«(Oscar»', 'initials')).toBe('O.');
    expect(authorLabel('Ôscar', 'initials')).toBe('Ô.');
  });
});

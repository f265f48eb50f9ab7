/** Unit tests for the one-line tests behind the structure heuristics. */
import { describe, expect, it } from 'vitest';
import {
  containsUrlOrEmail,
  endsSentence,
  isAllCapsLabel,
  isBylineLine,
  isDateLine,
  looksLikeHeading,
  startsWithListMarker,
} from './line-patterns';

describe('line patterns', () => {
  it('tells sentence ends, also behind closing quotes and footnote numbers', () => {
    expect(endsSentence("in others'.³")).toBe(true);
    expect(endsSentence('He said "yes."')).toBe(true);
    expect(endsSentence('dedicate ourselves to:')).toBe(true);
    expect(endsSentence('in helping states')).toBe(false);
    expect(endsSentence('人権にとって強力なツールになります。')).toBe(true);
  });

  it('recognises dates', () => {
    for (const date of [
      '3 January 2020',
      '30 December 2019',
      'March 2, 2022',
      'Dec 2019',
      '2022-03-02',
      '02/03/2022',
    ]) {
      expect(isDateLine(date), date).toBe(true);
    }
    expect(isDateLine('3 January 2020: a statement')).toBe(false);
    expect(isDateLine('May the force')).toBe(false);
  });

  it('recognises bylines, addresses and list markers', () => {
    expect(isBylineLine('Author: Access Now')).toBe(true);
    expect(isBylineLine('By Jane Doe')).toBe(true);
    expect(isBylineLine('Bystanders and the internet')).toBe(false);
    expect(containsUrlOrEmail('eprs@ep.europa.eu (contact)')).toBe(true);
    expect(containsUrlOrEmail('www.eprs.ep.parl.union.eu (intranet)')).toBe(true);
    expect(containsUrlOrEmail('The Freedom Online Coalition (FOC)')).toBe(false);
    expect(startsWithListMarker('+ 日本語 - Hide')).toBe(true);
    expect(startsWithListMarker('1. First')).toBe(true);
    expect(startsWithListMarker('G7')).toBe(false);
  });

  it('tells section labels in capitals from acronyms', () => {
    for (const label of [
      'SUMMARY',
      'IN THIS BRIEFING',
      'MAIN REFERENCES',
      'ENDNOTES',
      'DISCLAIMER AND COPYRIGHT',
    ]) {
      expect(isAllCapsLabel(label), label).toBe(true);
    }
    for (const acronym of ['OECD', 'G7', 'UNESCO', 'UN framework']) {
      expect(isAllCapsLabel(acronym), acronym).toBe(false);
    }
  });

  it('accepts heading-like lines and rejects the rest', () => {
    for (const heading of [
      'SUMMARY',
      'UN framework',
      'What is Canada doing for human rights online?',
      'The Freedom Online Coalition (FOC)',
    ]) {
      expect(looksLikeHeading(heading), heading).toBe(true);
    }
    for (const line of [
      'Coalition members:',
      'A sentence.',
      'a lowercase start',
      '- a list entry',
      '3 January 2020',
      'Author: CIVICUS',
      'eprs@ep.europa.eu (contact)',
      '1234',
      'x'.repeat(101),
    ]) {
      expect(looksLikeHeading(line), line).toBe(false);
    }
  });
});

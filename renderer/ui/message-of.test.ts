import { describe, expect, it } from 'vitest';
import { ExchangeError } from '../../shared/exchange/exchange-error';
import { LibraryError } from '../db/library-error';
import { messageOf } from './message-of';

describe('messageOf', () => {
  it('words the library’s refusals for analysts, not with the ids of the developer’s message', () => {
    const missing = new LibraryError('missing', { kind: 'collection' }, 'No collection with id c1');
    expect(messageOf(missing)).toBe('The collection is no longer in the library.');
    expect(messageOf(new LibraryError('backup-too-new', { schemaVersion: 9 }))).toBe(
      'The backup comes from a newer Rightsmark (schema 9); update the app first.',
    );
    expect(
      messageOf(new LibraryError('fingerprint-mismatch', { fileName: 'a.json', title: 'UDHR' })),
    ).toMatch(/^a\.json: the text of “UDHR” does not match its SHA-256 fingerprint/);
  });

  it('shows other errors by their message, and anything else as text', () => {
    expect(messageOf(new ExchangeError('empty', 'notes.json', '', 'the file is empty'))).toBe(
      'notes.json: the file is empty',
    );
    expect(messageOf('disk full')).toBe('disk full');
  });
});

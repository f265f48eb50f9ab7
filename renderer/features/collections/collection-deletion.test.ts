import { describe, expect, it } from 'vitest';
import type { Collection } from '../../../shared/model';
import { describeCollectionDeletion } from './collection-deletion';

const collection = (changes: Partial<Collection>): Collection => ({
  id: 'c',
  name: 'Brief',
  description: '',
  items: [],
  filter: null,
  createdAt: '2026-01-01',
  modifiedAt: '2026-01-01',
  deletedAt: null,
  ...changes,
});

describe('what deleting a collection says first', () => {
  it('counts its excerpts and comments, says the excerpts stay, and names the Trash period', () => {
    const brief = collection({
      items: [
        { annotationId: 'a', comment: 'key' },
        { annotationId: 'b', comment: ' ' },
        { annotationId: 'c', comment: '' },
      ],
    });
    expect(describeCollectionDeletion(brief, 30)).toEqual([
      'It holds 3 excerpts (1 with a comment); the excerpts stay in the library.',
      'The collection goes to the Trash, where you can restore it, with its order and comments, for 30 days.',
    ]);
  });

  it('says when it holds nothing, and that a smart collection is only a filter', () => {
    expect(describeCollectionDeletion(collection({}), 1)[0]).toBe('It holds no excerpts.');
    expect(describeCollectionDeletion(collection({}), 1)[1]).toMatch(/for 1 day\.$/);
    const smart = collection({
      filter: {
        rightIds: [],
        rightsMatch: 'any',
        docIds: [],
        text: 'x',
        yearFrom: null,
        yearTo: null,
      },
    });
    expect(describeCollectionDeletion(smart, 30)[0]).toMatch(/^It is a smart collection/);
  });
});

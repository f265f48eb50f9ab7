/** What deleting a collection says before it deletes, as a pure function of the collection. */
import type { Collection } from '../../../shared/model';
import { plural } from '../../ui/plural';

/**
 * "It holds 3 excerpts (2 with a comment); the excerpts stay in the library." or, for a smart
 * collection, that only its saved filter goes; then that it goes to the Trash, and for how long.
 */
export function describeCollectionDeletion(collection: Collection, trashDays: number): string[] {
  const trash = `The collection goes to the Trash, where you can restore it, with its order and comments, for ${plural(trashDays, 'day', 'days')}.`;
  if (collection.filter !== null) {
    return [
      'It is a smart collection: only its saved filter goes; the excerpts it shows stay in the library.',
      trash,
    ];
  }
  const items = collection.items.length;
  if (items === 0) return ['It holds no excerpts.', trash];
  const comments = collection.items.filter((i) => i.comment.trim() !== '').length;
  return [
    `It holds ${plural(items, 'excerpt', 'excerpts')}${comments > 0 ? ` (${plural(comments, 'with a comment', 'with comments')})` : ''}; the excerpts stay in the library.`,
    trash,
  ];
}

import { describe, expect, it } from 'vitest';
import type { PickedFile } from '../../platform/platform';
import { requestCollectionImport, subscribeCollectionImports } from './collection-open-requests';

const file = (name: string): PickedFile => ({ name, path: null, bytes: new Uint8Array([1]) });

describe('collection open requests', () => {
  it('hands a file opened before the view listened to the view, once', () => {
    requestCollectionImport(file('team.rightsmark.json'));
    const taken: [string, readonly string[]][] = [];
    const stop = subscribeCollectionImports((f, skipped) => taken.push([f.name, skipped]));
    expect(taken).toEqual([['team.rightsmark.json', []]]);
    stop();
  });

  it('previews the newest of several waiting files and names the ones it skipped', () => {
    requestCollectionImport(file('a.json'));
    requestCollectionImport(file('b.json'));
    const taken: [string, readonly string[]][] = [];
    const stop = subscribeCollectionImports((f, skipped) => taken.push([f.name, skipped]));
    expect(taken).toEqual([['b.json', ['a.json']]]);
    requestCollectionImport(file('c.json'));
    expect(taken.at(-1)).toEqual(['c.json', []]);
    stop();
  });
});

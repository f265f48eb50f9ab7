/**
 * Reading a backup back refuses every doubtful file with a message naming the file and the
 * problem: empty, truncated, not a backup, from a newer app, a row that lacks what the app needs,
 * and a table that disagrees with the manifest in count or checksum. Keys that could reach an
 * object's prototype never survive parsing.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createBackup, serializeBackup, serializeRows, type BackupTables } from './backup-file';
import { BackupError, parseJsonSafely, readBackup } from './read-backup';

const sha256 = async (text: string) => createHash('sha256').update(text).digest('hex');

const TABLES = {
  documents: [
    { id: 'd1', title: 'UDHR', contentHash: 'h', version: 1, deletedAt: null, extra: 'kept' },
  ],
  blocks: [{ docId: 'd1', index: 0, text: 'Article 19.', start: 0 }],
  annotations: [
    {
      id: 'a1',
      docId: 'd1',
      blockIndex: 0,
      quote: { type: 'TextQuoteSelector', exact: 'Article 19', prefix: '', suffix: '.' },
      position: { type: 'TextPositionSelector', start: 0, end: 10 },
      rightIds: ['r1'],
      note: '',
      modifiedAt: '2026-01-01T00:00:00.000Z',
      deletedAt: null,
    },
  ],
  rights: [{ id: 'r1', name: 'Expression', color: '#123456', order: 0 }],
  collections: [
    {
      id: 'c1',
      name: 'Brief',
      items: [{ annotationId: 'a1', comment: '' }],
      modifiedAt: '2026-01-01T00:00:00.000Z',
    },
  ],
  settings: [{ key: 'theme', value: 'dark' }],
  documentNotes: [
    {
      id: 'n1',
      docId: 'd1',
      text: 'About the whole declaration.',
      author: 'Ana',
      tags: [],
      createdAt: '2026-01-01T00:00:00.000Z',
      modifiedAt: '2026-01-01T00:00:00.000Z',
      deletedAt: null,
    },
  ],
} as unknown as BackupTables;

async function backupText(tables: BackupTables = TABLES): Promise<string> {
  const backup = await createBackup(
    { libraryId: 'lib-1', schemaVersion: 3, generator: 'Rightsmark test', tables },
    '2026-02-01T00:00:00.000Z',
    sha256,
  );
  return serializeBackup(backup);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test edits the raw JSON freely
type Json = any;

/** The backup as JSON with `change` applied. */
async function changed(change: (json: Json) => void): Promise<string> {
  const json: Json = JSON.parse(await backupText());
  change(json);
  return JSON.stringify(json);
}

async function problemOf(text: string): Promise<string> {
  try {
    await readBackup(text, 'library.backup.json', sha256);
  } catch (error) {
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).name).toBe('BackupError');
    expect((error as BackupError).fileName).toBe('library.backup.json');
    expect((error as Error).message).toBe(`library.backup.json: ${(error as BackupError).problem}`);
    return (error as BackupError).problem;
  }
  throw new Error('the backup was read');
}

describe('readBackup', () => {
  it('reads back what createBackup wrote, rows as they were, unknown fields kept', async () => {
    const backup = await readBackup(await backupText(), 'library.backup.json', sha256);
    expect(backup.tables).toEqual(TABLES);
    expect(backup).toMatchObject({ format: 'rightsmark-library-backup', version: 1 });
    expect(backup.manifest.documents.rows).toBe(1);
    expect(backup.manifest.settings.sha256).toBe(await sha256(serializeRows(TABLES.settings)));
  });

  it('reads a backup made before document notes existed as holding none', async () => {
    const older = await changed((json) => {
      delete json.tables.documentNotes;
      delete json.manifest.documentNotes;
    });
    const backup = await readBackup(older, 'library.backup.json', sha256);
    expect(backup.tables.documentNotes).toEqual([]);
    expect(backup.tables.annotations).toEqual(TABLES.annotations);
  });

  it('refuses document notes the manifest does not list, and an entry without its rows', async () => {
    expect(await problemOf(await changed((json) => delete json.manifest.documentNotes))).toBe(
      'documentNotes: the manifest and the tables disagree on whether the backup holds it',
    );
    expect(await problemOf(await changed((json) => delete json.tables.documentNotes))).toBe(
      'documentNotes: the manifest and the tables disagree on whether the backup holds it',
    );
    expect(
      await problemOf(await changed((json) => (json.tables.documentNotes[0].text = 'changed'))),
    ).toBe('documentNotes: the checksum does not match; the file was changed or damaged');
  });

  it('writes the rows one JSON line each, for the checksums', () => {
    expect(serializeRows([{ a: 1 }, { b: 'x' }])).toBe('{"a":1}\n{"b":"x"}');
    expect(serializeRows([])).toBe('');
  });

  it('refuses an empty file, and one truncated or not JSON', async () => {
    expect(await problemOf('')).toBe('the file is empty');
    expect(await problemOf('  \n ')).toBe('the file is empty');
    const text = await backupText();
    expect(await problemOf(text.slice(0, text.length - 10))).toBe(
      'not a complete backup: the file is truncated or not JSON',
    );
  });

  it('refuses JSON that is not a Rightsmark library backup', async () => {
    expect(await problemOf('{"format":"something-else","version":1}')).toBe(
      'not a Rightsmark library backup',
    );
    expect(await problemOf('[1, 2, 3]')).toBe('not a Rightsmark library backup');
  });

  it('refuses a backup from a newer app, naming its format, and reads its own version', async () => {
    const newer = await changed((json) => {
      json.version = 2;
    });
    expect(await problemOf(newer)).toBe(
      'made by a newer Rightsmark (backup format 2); update the app to restore it',
    );
    const older = await changed((json) => {
      json.version = 0;
    });
    expect(await problemOf(older)).toBe('version: Invalid input: expected 1');
  });

  it('names the field of a row that lacks what the app needs', async () => {
    const emptyId = await changed((json) => {
      json.tables.documents[0].id = '';
    });
    expect(await problemOf(emptyId)).toMatch(/^tables\.documents\[0\]\.id: /);
    const emptyKey = await changed((json) => {
      json.tables.settings[0].key = '';
    });
    expect(await problemOf(emptyKey)).toMatch(/^tables\.settings\[0\]\.key: /);
    const emptyDocId = await changed((json) => {
      json.tables.blocks[0].docId = '';
    });
    expect(await problemOf(emptyDocId)).toMatch(/^tables\.blocks\[0\]\.docId: /);
    const noModified = await changed((json) => {
      json.tables.collections[0].modifiedAt = '';
    });
    expect(await problemOf(noModified)).toMatch(/^tables\.collections\[0\]\.modifiedAt: /);
    const wrongSelector = await changed((json) => {
      json.tables.annotations[0].quote.type = 'TextPositionSelector';
    });
    expect(await problemOf(wrongSelector)).toMatch(/^tables\.annotations\[0\]\.quote\.type: /);
    const noLibrary = await changed((json) => {
      json.libraryId = '';
    });
    expect(await problemOf(noLibrary)).toMatch(/^libraryId: /);
  });

  it('checks every field the app depends on, in every table, and names it by path', async () => {
    // [path from the backup's root, a value the app cannot use there]
    const bad: [string, unknown][] = [
      ['libraryId', ''],
      ['schemaVersion', 0],
      ['schemaVersion', 1.5],
      ['createdAt', ''],
      ['generator', 7],
      ['manifest.blocks.rows', -1],
      ['manifest.blocks.rows', 0.5],
      ['manifest.annotations', undefined],
      ['tables.documents.0.id', ''],
      ['tables.documents.0.title', 7],
      ['tables.documents.0.contentHash', 7],
      ['tables.documents.0.version', 0],
      ['tables.documents.0.version', 1.5],
      ['tables.documents.0.deletedAt', 7],
      ['tables.blocks.0.index', -1],
      ['tables.blocks.0.index', 0.5],
      ['tables.blocks.0.text', 7],
      ['tables.blocks.0.start', 0.5],
      ['tables.annotations.0.id', ''],
      ['tables.annotations.0.docId', ''],
      ['tables.annotations.0.blockIndex', -1],
      ['tables.annotations.0.blockIndex', 0.5],
      ['tables.annotations.0.quote.exact', 7],
      ['tables.annotations.0.quote.prefix', 7],
      ['tables.annotations.0.quote.suffix', 7],
      ['tables.annotations.0.position.type', 'TextQuoteSelector'],
      ['tables.annotations.0.position.start', -1],
      ['tables.annotations.0.position.start', 0.5],
      ['tables.annotations.0.position.end', -1],
      ['tables.annotations.0.position.end', 0.5],
      ['tables.annotations.0.rightIds', 'r1'],
      ['tables.annotations.0.rightIds.0', 7],
      ['tables.annotations.0.note', 7],
      ['tables.annotations.0.modifiedAt', ''],
      ['tables.annotations.0.deletedAt', 7],
      ['tables.rights.0.id', ''],
      ['tables.rights.0.name', 7],
      ['tables.rights.0.color', 7],
      ['tables.rights.0.order', '0'],
      ['tables.rights.0.aliases', 'Art. 19'],
      ['tables.rights.0.aliases', [7]],
      ['tables.rights.0.deletedAt', 7],
      ['tables.collections.0.id', ''],
      ['tables.collections.0.name', 7],
      ['tables.collections.0.items.0.annotationId', 7],
      ['tables.collections.0.items.0.comment', 7],
      ['tables.settings.0.key', ''],
    ];
    for (const [path, value] of bad) {
      const keys = path.split('.');
      const text = await changed((json) => {
        const owner = keys.slice(0, -1).reduce((node: Json, key) => node[key], json);
        owner[keys.at(-1)!] = value;
      });
      const named = keys.map((k) => (/^\d+$/.test(k) ? `[${k}]` : `.${k}`)).join('');
      expect(await problemOf(text), path).toMatch(
        // An array's wrong item is named by its index too.
        new RegExp(`^${named.slice(1).replace(/[.[\]]/g, '\\$&')}(\\[0\\])?: `),
      );
    }
  });

  it('reads ids, keys and times of any length, deleted rows, and rights with aliases', async () => {
    const tables = {
      ...TABLES,
      documents: [{ ...TABLES.documents[0]!, deletedAt: '2026-01-02T00:00:00.000Z' }],
      rights: [
        {
          ...TABLES.rights[0]!,
          id: 'right-of-expression',
          aliases: ['Art. 19'],
          deletedAt: null,
        },
      ],
      settings: [{ key: 'k', value: null }],
    } as unknown as BackupTables;
    const backup = await readBackup(await backupText(tables), 'library.backup.json', sha256);
    expect(backup.tables).toEqual(tables);
  });

  it('takes only a 64-digit lower-case hex checksum in the manifest', async () => {
    const hash = await sha256(serializeRows(TABLES.rights));
    for (const bad of [`${hash}0`, hash.slice(1), hash.toUpperCase(), `x${hash.slice(1)}`]) {
      const text = await changed((json) => {
        json.manifest.rights.sha256 = bad;
      });
      expect(await problemOf(text)).toMatch(/^manifest\.rights\.sha256: /);
    }
  });

  it('refuses a table whose row count or checksum disagrees with the manifest', async () => {
    const extraRow = await changed((json) => {
      json.tables.rights.push({ id: 'r2', name: 'Assembly', color: '#000000', order: 1 });
    });
    expect(await problemOf(extraRow)).toBe('rights: the manifest says 1 rows, the file holds 2');
    const edited = await changed((json) => {
      json.tables.blocks[0].text = 'Article 20.';
    });
    expect(await problemOf(edited)).toBe(
      'blocks: the checksum does not match; the file was changed or damaged',
    );
    const lastTable = await changed((json) => {
      json.tables.settings[0].value = 'light';
    });
    expect(await problemOf(lastTable)).toBe(
      'settings: the checksum does not match; the file was changed or damaged',
    );
  });

  it('drops __proto__, constructor and prototype keys wherever they appear', () => {
    const parsed = parseJsonSafely(
      '{"a":{"__proto__":{"polluted":true},"constructor":1,"prototype":2,"kept":3}}',
    ) as { a: Record<string, unknown> };
    expect(Object.keys(parsed.a)).toEqual(['kept']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

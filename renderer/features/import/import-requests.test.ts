import { describe, expect, it } from 'vitest';
import { requestImport, subscribeImportRequests, type ImportRequest } from './import-requests';

describe('import requests', () => {
  it('keeps requests made before the library view listens (two chooser requests as one), and hands each over once', () => {
    const file = new File(['x'], 'a.txt');
    requestImport();
    requestImport();
    requestImport({ kind: 'files', files: [file] });
    const taken: ImportRequest[] = [];
    const stop = subscribeImportRequests((request) => taken.push(request));
    expect(taken).toEqual([{ kind: 'pick' }, { kind: 'files', files: [file] }]);
    requestImport();
    expect(taken).toHaveLength(3);
    stop();
    requestImport();
    expect(taken).toHaveLength(3);
    // The request made while nobody listened waits for the next view.
    const later: ImportRequest[] = [];
    subscribeImportRequests((request) => later.push(request))();
    expect(later).toEqual([{ kind: 'pick' }]);
  });
});

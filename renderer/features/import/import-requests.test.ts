import { describe, expect, it } from 'vitest';
import { requestImport, subscribeImportRequests } from './import-requests';

describe('import requests', () => {
  it('delivers a request made before the library view subscribed, once', () => {
    requestImport();
    let taken = 0;
    const stop = subscribeImportRequests(() => (taken += 1));
    expect(taken).toBe(1);
    requestImport();
    expect(taken).toBe(2);
    stop();
    requestImport();
    expect(taken).toBe(2);
    // The request made while nobody listened waits for the next subscriber.
    subscribeImportRequests(() => (taken += 1))();
    expect(taken).toBe(3);
  });
});

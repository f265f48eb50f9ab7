import { describe, expect, it } from 'vitest';
import { runBriefingBenchmark } from './briefing-workload';

describe('runBriefingBenchmark', () => {
  it('builds the requested number of excerpts and reports time and size', async () => {
    const result = await runBriefingBenchmark({ count: 50 });
    expect(result.count).toBe(50);
    expect(result.bytes).toBeGreaterThan(50_000);
    expect(result.milliseconds).toBeGreaterThan(0);
  });
});

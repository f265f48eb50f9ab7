import { describe, expect, it } from 'vitest';
import { sandboxProblem } from './linux-sandbox.mjs';

const helper = (uid: number, mode: number) => ({
  path: '/p/electron/dist/chrome-sandbox',
  uid,
  mode,
});

describe('sandboxProblem', () => {
  it('says how to set up the setuid helper where user namespaces are restricted', () => {
    const message = sandboxProblem({
      platform: 'linux',
      restrictsUserNamespaces: true,
      helper: helper(1000, 0o100755),
    });
    expect(message).toContain('sudo chown root:root "/p/electron/dist/chrome-sandbox"');
    expect(message).toContain('sudo chmod 4755');
    expect(message).not.toMatch(/--no-sandbox/);
  });

  it('is content once the helper is root-owned and setuid', () => {
    expect(
      sandboxProblem({
        platform: 'linux',
        restrictsUserNamespaces: true,
        helper: helper(0, 0o104755),
      }),
    ).toBeNull();
  });

  it('asks for nothing where user namespaces are allowed, or off Linux', () => {
    expect(
      sandboxProblem({
        platform: 'linux',
        restrictsUserNamespaces: false,
        helper: helper(1000, 0o755),
      }),
    ).toBeNull();
    expect(
      sandboxProblem({
        platform: 'darwin',
        restrictsUserNamespaces: true,
        helper: helper(1000, 0o755),
      }),
    ).toBeNull();
  });

  it('a root-owned helper without the setuid bit still needs the chmod', () => {
    expect(
      sandboxProblem({
        platform: 'linux',
        restrictsUserNamespaces: true,
        helper: helper(0, 0o100755),
      }),
    ).not.toBeNull();
  });
});

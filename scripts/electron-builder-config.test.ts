import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builderConfig } from '../electron-builder.config.js';

const root = path.resolve(import.meta.dirname, '..');
const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<
  string,
  unknown
>;

interface ExtraResource {
  from: string;
  to: string;
}

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation', async () => {
    // The exact check `electron-builder` runs before packaging (app-builder-lib ships with it).
    const require = createRequire(import.meta.url);
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(c: unknown, logger: { isEnabled: boolean; add(): void }): Promise<void>;
    };
    await expect(
      validateConfiguration(structuredClone(config), { isEnabled: false, add: () => undefined }),
    ).resolves.toBeUndefined();
  });

  it('identifies the app', () => {
    expect(config.appId).toBe('org.rightsmark.app');
    expect(config.productName).toBe('Rightsmark');
    expect(config.directories).toMatchObject({ output: 'release' });
  });

  it('packs the bundles into an asar archive and nothing else', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual([
      'build/**/*',
      'package.json',
      '!build/**/*.map',
      '!node_modules/**/*',
    ]);
  });

  it('flips the security fuses, the inspect fuse off in shipped builds', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      // Re-signs ad hoc after flipping, or an unsigned arm64 Mac build refuses to launch.
      resetAdHocDarwinSignature: true,
    });
  });

  it('opens collections from the file manager, and PDFs only as an alternative viewer', () => {
    const associations = config.fileAssociations as {
      ext: string;
      role?: string;
      rank?: string;
      mimeType?: string;
    }[];
    expect(associations.map((a) => a.ext)).toEqual(['rightsmark.json', 'jsonld', 'pdf']);
    expect(associations.find((a) => a.ext === 'rightsmark.json')).toMatchObject({
      role: 'Editor',
      mimeType: 'application/vnd.rightsmark.collection+json',
    });
    // Never the default PDF viewer or JSON-LD handler of the analyst's machine.
    for (const ext of ['pdf', 'jsonld']) {
      expect(associations.find((a) => a.ext === ext)?.rank).toBe('Alternate');
    }
  });

  it('ships the sample corpus and the fonts folder', () => {
    const extra = config.extraResources as ExtraResource[];
    expect(extra).toContainEqual({ from: 'resources/corpus', to: 'corpus' });
    expect(extra).toContainEqual({ from: 'resources/fonts', to: 'fonts' });
    for (const { from } of extra) expect(existsSync(path.join(root, from))).toBe(true);
    expect(existsSync(path.join(root, 'resources/corpus/manifest.json'))).toBe(true);
  });

  it('builds deb (never an AppImage, which would run without the sandbox), NSIS and DMG', () => {
    expect(config.linux).toMatchObject({ target: ['deb'], category: 'Office' });
    expect((config.linux as { maintainer?: string }).maintainer).toMatch(/<[^@\s]+@[^>\s]+>/);
    expect(config.win).toMatchObject({ target: 'nsis' });
    expect(config.mac).toMatchObject({ target: 'dmg' });
  });

  it('points at icons that exist, at the sizes each platform needs', () => {
    const icons = path.join(root, 'resources/icons');
    for (const name of ['icon.svg', '512x512.png', '256x256.png']) {
      expect(existsSync(path.join(icons, name))).toBe(true);
    }
    for (const [file, size] of [
      ['512x512.png', 512],
      ['256x256.png', 256],
    ] as const) {
      const png = readFileSync(path.join(icons, file));
      // PNG signature, then the IHDR chunk: width and height as big-endian uint32.
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});

/** The shipped fuse values (electron-builder.yml, read by `npm run dist`). */
const SHIPPED_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
  resetAdHocDarwinSignature: true,
};

describe('electron-builder.config.js', () => {
  it('is the shipped configuration when RIGHTSMARK_E2E_BUILD is not set', () => {
    expect(builderConfig({})).toEqual(config);
    expect(builderConfig({}).electronFuses).toEqual(SHIPPED_FUSES);
    expect(builderConfig({ RIGHTSMARK_E2E_BUILD: 'true' }).electronFuses).toEqual(SHIPPED_FUSES);
  });

  it('turns on only the inspect fuse for the end-to-end build', () => {
    const e2e = builderConfig({ RIGHTSMARK_E2E_BUILD: '1' });
    expect(e2e.electronFuses).toEqual({ ...SHIPPED_FUSES, enableNodeCliInspectArguments: true });
    expect({ ...e2e, electronFuses: null }).toEqual({ ...config, electronFuses: null });
  });

  it('passes electron-builder’s schema validation in both forms', async () => {
    const require = createRequire(import.meta.url);
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(c: unknown, logger: { isEnabled: boolean; add(): void }): Promise<void>;
    };
    for (const env of [{}, { RIGHTSMARK_E2E_BUILD: '1' }]) {
      await expect(
        validateConfiguration(builderConfig(env), { isEnabled: false, add: () => undefined }),
      ).resolves.toBeUndefined();
    }
  });

  it('is what electron-builder loads from it (the default export)', async () => {
    const loaded = (await import('../electron-builder.config.js')).default;
    expect(loaded()).toEqual(builderConfig(process.env));
  });
});

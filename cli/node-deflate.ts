/**
 * The briefing engine's deflater for Node (the CLI, tests, benchmarks): Node's own zlib, in
 * C, at the engine's level (6). About twice as fast as fflate for a briefing's page contents
 * and a tenth smaller; synchronous, which in Node costs less CPU than a zlib stream per page.
 */
import { deflateSync } from 'node:zlib';
import type { Deflater } from '../shared/briefing/pdf-streams';

/** zlib's default level, the engine's choice (see shared/briefing/pdf-streams.ts). */
const LEVEL = 6;

export const nodeDeflate: Deflater = (bytes) => {
  const deflated = deflateSync(bytes, { level: LEVEL });
  return new Uint8Array(deflated.buffer, deflated.byteOffset, deflated.byteLength);
};

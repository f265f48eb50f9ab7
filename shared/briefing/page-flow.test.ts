import { describe, expect, it } from 'vitest';
import { PageFlow, type FlowItem } from './page-flow';
import { CONTENT_BOTTOM, CONTENT_TOP } from './page-geometry';

const LINE = 15;
const COLUMN = CONTENT_BOTTOM - CONTENT_TOP;

function lines(
  n: number,
  drawn: { page: number; top: number }[],
  flow: () => PageFlow,
): FlowItem[] {
  return Array.from({ length: n }, () => ({
    height: LINE,
    draw: (_page, top) => drawn.push({ page: flow().pageIndex, top }),
  }));
}

describe('PageFlow.sequence', () => {
  it('continues a sequence longer than a page on new pages, decorating each part', () => {
    const flow = new PageFlow([]);
    const drawn: { page: number; top: number }[] = [];
    const parts: [number, number, number][] = [];
    flow.sequence(
      lines(Math.ceil((COLUMN * 2.5) / LINE), drawn, () => flow),
      {
        decorate: (_page, top, bottom) => parts.push([flow.pageIndex, top, bottom]),
      },
    );
    expect(flow.pages.length).toBe(3);
    expect(parts.map(([page]) => page)).toEqual([0, 1, 2]);
    for (const [, top, bottom] of parts) {
      expect(top).toBeGreaterThanOrEqual(CONTENT_TOP);
      expect(bottom).toBeLessThanOrEqual(CONTENT_BOTTOM + 0.001);
    }
  });

  it('leaves no single line at the foot of a page (orphan)', () => {
    const flow = new PageFlow([]);
    flow.place({ height: COLUMN - LINE * 1.5, draw: () => undefined });
    const drawn: { page: number; top: number }[] = [];
    flow.sequence(lines(5, drawn, () => flow));
    expect(drawn.every((d) => d.page === 1)).toBe(true);
  });

  it('carries no single line onto a new page (widow)', () => {
    const flow = new PageFlow([]);
    flow.place({ height: COLUMN - LINE * 4.5, draw: () => undefined });
    const drawn: { page: number; top: number }[] = [];
    flow.sequence(lines(5, drawn, () => flow));
    expect(drawn.filter((d) => d.page === 0).length).toBe(3);
    expect(drawn.filter((d) => d.page === 1).length).toBe(2);
  });

  it('keeps a heading with what follows it', () => {
    const flow = new PageFlow([]);
    flow.place({ height: COLUMN - 40, draw: () => undefined });
    const drawn: { page: number; top: number }[] = [];
    flow.sequence(
      lines(1, drawn, () => flow),
      { keepWithNext: 60 },
    );
    expect(drawn[0]?.page).toBe(1);
  });
});

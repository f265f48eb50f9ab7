/**
 * The line above the briefing preview's pages: progress while building, the page count when
 * ready, or why there is no PDF (no right chosen, a character no font has, a failure), with
 * the switch that draws a box for missing characters.
 */
import { useId, type ReactNode } from 'react';
import { describeMissingGlyph, type MissingGlyph } from '../../../shared/briefing';
import { formatCount, plural } from '../../ui/plural';
import { progressPercent, type BriefingBuildState } from './use-briefing-build';

export interface PreviewStatusProps {
  readonly state: BriefingBuildState;
  readonly pageCount: number | null;
  readonly excerptCount: number;
  readonly noRights: boolean;
  readonly composeError: string | null;
  readonly onRebuild: () => void;
  readonly allowMissingGlyphs: boolean;
  readonly onAllowMissingGlyphs: (allow: boolean) => void;
}

/** One line above the pages: progress while building, the page count when ready, or why not. */
export function PreviewStatus({
  state,
  pageCount,
  excerptCount,
  noRights,
  composeError,
  onRebuild,
  allowMissingGlyphs,
  onAllowMissingGlyphs,
}: PreviewStatusProps) {
  const labelId = useId();
  const allowBox = (
    <label className="briefing-check">
      <input
        type="checkbox"
        checked={allowMissingGlyphs}
        onChange={(event) => onAllowMissingGlyphs(event.target.checked)}
      />
      Draw a box for characters no font has
    </label>
  );
  if (noRights) {
    return <p className="briefing-message">Choose at least one right to include.</p>;
  }
  if (composeError !== null) {
    return (
      <p className="briefing-message briefing-error" role="alert">
        The briefing cannot be made: {composeError}
      </p>
    );
  }
  switch (state.kind) {
    case 'idle':
      return null;
    case 'building': {
      const percent = progressPercent(state.progress);
      return (
        <div className="briefing-progress">
          <span id={labelId}>Building {plural(excerptCount, 'excerpt', 'excerpts')}…</span>
          <div
            role="progressbar"
            aria-labelledby={labelId}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            className="briefing-progress-track"
          >
            <div className="briefing-progress-fill" style={{ width: `${percent}%` }} />
          </div>
        </div>
      );
    }
    case 'ready':
      return (
        <>
          <p className="briefing-message" role="status">
            {pageCount === null
              ? 'Drawing pages…'
              : `${plural(pageCount, 'page', 'pages')}, ${plural(excerptCount, 'excerpt', 'excerpts')}`}
          </p>
          {state.replaced.length > 0 && (
            <MissingGlyphList
              missing={state.replaced}
              intro={`${plural(state.replaced.length, 'character is', 'characters are')} drawn as a box, as no font has ${state.replaced.length === 1 ? 'it' : 'them'}:`}
            >
              {allowBox}
            </MissingGlyphList>
          )}
        </>
      );
    case 'cancelled':
      return (
        <p className="briefing-message" role="status">
          Briefing cancelled: nothing was saved.{' '}
          <button type="button" className="button" onClick={onRebuild}>
            Build again
          </button>
        </p>
      );
    case 'failed':
      if (state.missing !== null && state.missing.length > 0)
        return (
          <MissingGlyphList
            alert
            missing={state.missing}
            intro={`No font in the briefing can draw ${state.missing.length === 1 ? 'this character' : `these ${formatCount(state.missing.length)} characters`}. Change the text, or accept a box in their place:`}
          >
            {allowBox}
          </MissingGlyphList>
        );
      return (
        <p className="briefing-message briefing-error" role="alert">
          {state.refused ? state.message : `The briefing could not be built: ${state.message}`}{' '}
          {!state.refused && (
            <button type="button" className="button" onClick={onRebuild}>
              Try again
            </button>
          )}
        </p>
      );
  }
}

/** Characters no font has, each with its code point and where it is, and the box switch. */
function MissingGlyphList({
  missing,
  intro,
  alert = false,
  children,
}: {
  readonly missing: readonly MissingGlyph[];
  readonly intro: string;
  readonly alert?: boolean;
  readonly children: ReactNode;
}) {
  return (
    <div
      className={alert ? 'briefing-message briefing-error' : 'briefing-message'}
      role={alert ? 'alert' : 'status'}
    >
      <p>{intro}</p>
      <ul className="briefing-missing">
        {missing.map((each) => (
          <li key={each.codePoint}>{describeMissingGlyph(each)}</li>
        ))}
      </ul>
      {children}
    </div>
  );
}

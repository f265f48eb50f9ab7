/**
 * The document × right matrix: a table with documents as rows and rights as columns, each
 * count a button that filters the excerpts to that document and right.
 */
import type { Right } from '../../../shared/model';
import type { ExcerptMatrix, ExcerptQuery } from '../../../shared/model/excerpt-filter';

interface ExcerptMatrixTableProps {
  readonly matrix: ExcerptMatrix;
  /** The matrix's columns, in its order. */
  readonly rights: readonly Right[];
  readonly query: ExcerptQuery;
  /** Shows one document's (or every document's) passages on one right (or on any). */
  readonly onShow: (docId: string | null, right: Right | null) => void;
}

const numberFormat = new Intl.NumberFormat();

function passages(count: number): string {
  return `${numberFormat.format(count)} ${count === 1 ? 'passage' : 'passages'}`;
}

export function ExcerptMatrixTable({ matrix, rights, query, onShow }: ExcerptMatrixTableProps) {
  const rightFilter = query.rightIds.length === 1 ? query.rightIds[0] : undefined;
  const noRightFilter = query.rightIds.length === 0;
  const isCurrent = (docId: string | null, rightId: string | undefined) =>
    query.docId === docId && (rightId === undefined ? noRightFilter : rightFilter === rightId);

  return (
    <details className="excerpt-matrix" open>
      <summary>Passages by document and right</summary>
      {matrix.hiddenDocuments > 0 && (
        <p className="muted matrix-note">
          Showing the {numberFormat.format(matrix.rows.length)} documents with most passages;{' '}
          {numberFormat.format(matrix.hiddenDocuments)} more are left out. Narrow the filters to see
          them.
        </p>
      )}
      <div className="matrix-scroll">
        <table className="matrix-table">
          <caption className="visually-hidden">Passages by document and right</caption>
          <thead>
            <tr>
              <th scope="col" className="matrix-corner">
                Document
              </th>
              {rights.map((right) => (
                <th key={right.id} scope="col" className="matrix-right">
                  <span
                    className="swatch"
                    style={{ backgroundColor: right.color }}
                    aria-hidden="true"
                  />
                  {right.name}
                </th>
              ))}
              <th scope="col" className="numeric">
                All
              </th>
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.docId}>
                <th scope="row" className="matrix-doc" title={row.docTitle}>
                  {row.docTitle}
                </th>
                {rights.map((right, index) => {
                  const count = row.counts[index] ?? 0;
                  return (
                    <td key={right.id} className="numeric">
                      {count === 0 ? (
                        <span className="matrix-zero">0</span>
                      ) : (
                        <button
                          type="button"
                          className="matrix-cell"
                          aria-label={`${passages(count)} of ${row.docTitle} on ${right.name}`}
                          aria-current={isCurrent(row.docId, right.id) ? 'true' : undefined}
                          onClick={() => onShow(row.docId, right)}
                        >
                          {numberFormat.format(count)}
                        </button>
                      )}
                    </td>
                  );
                })}
                <td className="numeric">
                  <button
                    type="button"
                    className="matrix-cell matrix-total"
                    aria-label={`${passages(row.total)} of ${row.docTitle}`}
                    aria-current={isCurrent(row.docId, undefined) ? 'true' : undefined}
                    onClick={() => onShow(row.docId, null)}
                  >
                    {numberFormat.format(row.total)}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All documents</th>
              {rights.map((right, index) => {
                const count = matrix.columnTotals[index] ?? 0;
                return (
                  <td key={right.id} className="numeric">
                    {count === 0 ? (
                      <span className="matrix-zero">0</span>
                    ) : (
                      <button
                        type="button"
                        className="matrix-cell matrix-total"
                        aria-label={`${passages(count)} on ${right.name}`}
                        aria-current={isCurrent(null, right.id) ? 'true' : undefined}
                        onClick={() => onShow(null, right)}
                      >
                        {numberFormat.format(count)}
                      </button>
                    )}
                  </td>
                );
              })}
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    </details>
  );
}

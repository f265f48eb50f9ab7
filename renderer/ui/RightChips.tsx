/** A passage's rights as coloured chips, and its note: how excerpt lists show them. */
import type { Right } from '../../shared/model';

export function RightChips({
  rights,
}: {
  rights: readonly Pick<Right, 'id' | 'name' | 'color'>[];
}) {
  if (rights.length === 0) return null;
  return (
    <ul className="chips" aria-label="Rights">
      {rights.map((right) => (
        <li key={right.id} className="chip">
          <span className="swatch" style={{ backgroundColor: right.color }} aria-hidden="true" />
          {right.name}
        </li>
      ))}
    </ul>
  );
}

export function ExcerptNote({ note }: { note: string }) {
  if (note === '') return null;
  return (
    <p className="excerpt-note" dir="auto">
      <span className="visually-hidden">Note: </span>
      {note}
    </p>
  );
}

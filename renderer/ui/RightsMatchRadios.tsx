/** The "any / all selected rights" choice, shared by the excerpts filter and smart collections. */
import type { ExcerptFilter } from '../../shared/model';

type RightsMatch = ExcerptFilter['rightsMatch'];

interface RightsMatchRadiosProps {
  /** The radio group's name, unique on the page. */
  readonly name: string;
  readonly value: RightsMatch;
  readonly onChange: (value: RightsMatch) => void;
}

const CHOICES: readonly { value: RightsMatch; label: string }[] = [
  { value: 'any', label: 'Any selected right' },
  { value: 'all', label: 'All selected rights' },
];

export function RightsMatchRadios({ name, value, onChange }: RightsMatchRadiosProps) {
  return (
    <>
      {CHOICES.map((choice) => (
        <label key={choice.value}>
          <input
            type="radio"
            name={name}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          {choice.label}
        </label>
      ))}
    </>
  );
}

/** The name field that opens every editor of a draft list (a calendar, a policy). */
import type { Problems } from './calendars/calendar-draft';
import { FieldError, invalid, pathId } from './field-problems';

interface Props {
  /** The editor's id base (field-problems' ids); the problem path is "name". */
  readonly base: string;
  readonly label: string;
  readonly testId: string;
  readonly value: string;
  readonly problems: Problems;
  readonly onChange: (name: string) => void;
}

export function NameField({ base, label, testId, value, problems, onChange }: Props) {
  return (
    <div class="field">
      <label for={pathId(base, 'name')}>{label}</label>
      <input
        id={pathId(base, 'name')}
        type="text"
        maxLength={200}
        data-testid={testId}
        value={value}
        {...invalid(base, 'name', problems)}
        onInput={(event) => onChange(event.currentTarget.value)}
      />
      <FieldError base={base} path="name" problems={problems} />
    </div>
  );
}

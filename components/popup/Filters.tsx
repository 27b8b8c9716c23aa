/** Filters by tool, state and assignee, and a search over ticket numbers and titles; each option says how many rows it would show. */
import type { FilterCounts, PopupFilter } from '../../core/views/popup-list';
import { ROW_STATES, type RowState } from '../../core/views/urgency';
import { t } from '../shared/i18n';
import { stateWords, toolWords } from './words';

interface Props {
  readonly filter: PopupFilter;
  readonly counts: FilterCounts;
  readonly onChange: (filter: PopupFilter) => void;
}

interface Option {
  readonly value: string;
  readonly label: string;
  readonly count: number;
}

function Select(props: {
  label: string;
  testId: string;
  value: string | null;
  options: readonly Option[];
  onChange: (value: string | null) => void;
}) {
  return (
    <label class="filter">
      <span>{props.label}</span>
      <select
        data-testid={props.testId}
        value={props.value ?? '*'}
        onChange={(event) => {
          const value = event.currentTarget.value;
          props.onChange(value === '*' ? null : value.slice(1));
        }}
      >
        <option value="*">{t('popupFilterAll')}</option>
        {props.options.map((option) => (
          // Values carry a prefix so that an assignee named "*" cannot be mistaken for "all".
          <option key={option.value} value={`=${option.value}`}>
            {t('popupFilterOption', option.label, String(option.count))}
          </option>
        ))}
      </select>
    </label>
  );
}

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label);

/** Counts of zero leave a value out, unless it is the one chosen: the select must still show it. */
function withChosen<T extends string>(counts: ReadonlyMap<T, number>, chosen: T | null): [T, number][] {
  const entries = [...counts];
  if (chosen !== null && !counts.has(chosen)) entries.push([chosen, 0]);
  return entries;
}

export function Filters({ filter, counts, onChange }: Props) {
  const tools = withChosen(counts.tool, filter.tool).map(([value, count]) => ({
    value,
    label: toolWords(value),
    count,
  }));
  const states = ROW_STATES.filter((state) => counts.state.has(state) || filter.state === state).map(
    (state) => ({ value: state, label: stateWords(state), count: counts.state.get(state) ?? 0 }),
  );
  const assignees = withChosen(counts.assignee, filter.assignee).map(([value, count]) => ({
    value,
    label: value === '' ? t('popupUnassigned') : value,
    count,
  }));
  return (
    <div class="filters">
      <label class="search">
        <span>{t('popupSearchLabel')}</span>
        <input
          type="search"
          data-testid="popup-search"
          value={filter.search}
          onInput={(event) => onChange({ ...filter, search: event.currentTarget.value })}
        />
      </label>
      <div class="selects">
        <Select
          label={t('popupFilterTool')}
          testId="popup-filter-tool"
          value={filter.tool === null ? null : `=${filter.tool}`}
          options={tools.sort(byLabel)}
          onChange={(tool) => onChange({ ...filter, tool })}
        />
        <Select
          label={t('popupFilterState')}
          testId="popup-filter-state"
          value={filter.state === null ? null : `=${filter.state}`}
          options={states}
          onChange={(state) => onChange({ ...filter, state: state as RowState | null })}
        />
        <Select
          label={t('popupFilterAssignee')}
          testId="popup-filter-assignee"
          value={filter.assignee === null ? null : `=${filter.assignee}`}
          options={assignees.sort(byLabel)}
          onChange={(assignee) => onChange({ ...filter, assignee })}
        />
      </div>
    </div>
  );
}

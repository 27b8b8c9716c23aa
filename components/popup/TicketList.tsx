/** The list, virtualised: only the rows in and near the viewport exist in the DOM. */
import { useRef } from 'preact/hooks';
import type { ListRow } from '../../core/views/popup-list';
import { stateAt } from '../../core/views/urgency';
import { t } from '../shared/i18n';
import type { RowContext } from './row-context';
import { TicketRow } from './TicketRow';
import { useVirtualRows } from './use-virtual-rows';

/** Kept in step with .row's height and .list's max-height in popup.css. */
export const ROW_HEIGHT = 88;
const VIEWPORT = { width: 380, height: 400 };

interface Props {
  readonly rows: readonly ListRow[];
  readonly context: RowContext;
}

export function TicketList({ rows, context }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualRows(rows.length, scroller, ROW_HEIGHT, VIEWPORT);
  return (
    <div class="list" ref={scroller} data-testid="popup-list">
      <ul aria-label={t('popupListLabel')} style={{ height: `${virtualizer.getTotalSize()}px` }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <TicketRow
              key={row.key}
              row={row}
              state={stateAt(row.urgency, context.now)}
              context={context}
              top={item.start}
            />
          );
        })}
      </ul>
    </div>
  );
}

import type { Row, RowData } from '@tanstack/react-table';
import {
  defaultRangeExtractor,
  observeElementRect,
  useVirtualizer,
  type Rect,
  type VirtualItem,
} from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useMemo,
  useState,
  type FocusEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import type { DataTableFeatures } from './features';
import { TableRow } from './table-row';

/** Above this many rows a table renders only the rows in (and near) its scroll box. */
export const VIRTUAL_FROM = 200;

/** A one-line row of the ranking at the laptop type size; rows are measured once rendered. */
const ROW_ESTIMATE = 37;

// jsdom (and a row not laid out yet) measures 0: the estimate keeps the window from swallowing every row.
const measureRow = (el: Element) => el.getBoundingClientRect().height || ROW_ESTIMATE;

// A box not laid out yet (or jsdom's) measures 0 tall and would show no row: a screenful is
// assumed, from the first render on.
const screenful = (): Rect => ({ width: 0, height: window.innerHeight || 800 });
const observeBox: typeof observeElementRect<HTMLDivElement> = (instance, cb) =>
  observeElementRect(instance, (rect: Rect) => cb(rect.height > 0 ? rect : screenful()));

/**
 * The body of a long table: the rows in view inside `scrollRef` plus a few either side, between two
 * spacer rows as tall as the rows left out, so the scroll bar reads the whole table. Each row says
 * its place among all rows (aria-rowindex; the table carries aria-rowcount), and the row holding the
 * keyboard focus stays rendered while it scrolls out of view, so focus is never dropped to the page.
 */
export function VirtualRows<TRow extends RowData>({
  rows,
  visibleKey,
  colSpan,
  scrollRef,
  resetKey,
}: {
  rows: readonly Row<DataTableFeatures, TRow>[];
  visibleKey: string;
  colSpan: number;
  scrollRef: RefObject<HTMLDivElement | null>;
  /** A new value (another sort or filter) scrolls back to the first row. */
  resetKey: string;
}) {
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const indexById = useMemo(() => new Map(rows.map((r, i) => [r.id, i])), [rows]);
  const focusedIndex = focusedId === null ? undefined : indexById.get(focusedId);
  const rangeExtractor = useCallback(
    (range: Parameters<typeof defaultRangeExtractor>[0]) => {
      const indexes = defaultRangeExtractor(range);
      if (focusedIndex === undefined || indexes.includes(focusedIndex)) return indexes;
      return [...indexes, focusedIndex].sort((a, b) => a - b);
    },
    [focusedIndex],
  );
  // No React Compiler in this build: the virtualizer is read afresh on every render, as it expects.
  // eslint-disable-next-line react-hooks/incompatible-library -- see the line above
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    measureElement: measureRow,
    observeElementRect: observeBox,
    initialRect: screenful(),
    getItemKey: (i) => rows[i]?.id ?? i,
    rangeExtractor,
    overscan: 10,
    // React 19 warns on flushSync during render; a frame's delay in repainting a scrolled row is fine.
    useFlushSync: false,
  });

  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [resetKey, scrollRef]);

  const onFocus = (e: FocusEvent<HTMLTableSectionElement>) =>
    setFocusedId(e.target.closest('tr')?.getAttribute('data-row-id') ?? null);
  const onBlur = (e: FocusEvent<HTMLTableSectionElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget)) setFocusedId(null);
  };

  const items = virtualizer.getVirtualItems();
  const out: ReactNode[] = [];
  let cursor = 0;
  items.forEach((item: VirtualItem) => {
    const row = rows[item.index];
    if (!row) return;
    if (item.start > cursor)
      out.push(<Spacer key={`gap-${item.index}`} height={item.start - cursor} colSpan={colSpan} />);
    out.push(
      <TableRow
        key={row.id}
        row={row}
        visibleKey={visibleKey}
        part="body"
        rowIndex={item.index + 2}
        virtualIndex={item.index}
        measureRef={virtualizer.measureElement}
      />,
    );
    cursor = Math.max(cursor, item.end);
  });
  const rest = virtualizer.getTotalSize() - cursor;
  if (rest > 0) out.push(<Spacer key="gap-end" height={rest} colSpan={colSpan} />);

  return (
    <tbody onFocus={onFocus} onBlur={onBlur}>
      {out}
    </tbody>
  );
}

/** The height of the rows not rendered; hidden from assistive technology, which reads aria-rowcount. */
function Spacer({ height, colSpan }: { height: number; colSpan: number }) {
  return (
    <tr aria-hidden="true" data-spacer="">
      <td colSpan={colSpan} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}

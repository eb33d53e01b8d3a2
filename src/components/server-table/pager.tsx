import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/server-table';
import { PAGE_SIZES } from './search';

interface PagerProps {
  /** The page on screen, as the API echoed it (it may lag behind the URL while the next one loads). */
  page: number;
  pageSize: number;
  /** Items on the page on screen. */
  shown: number;
  total: number;
  pageCount: number;
  /** The page size the URL asks for. */
  selectedPageSize: number;
  canPrevious: boolean;
  canNext: boolean;
  onFirst: () => void;
  onPrevious: () => void;
  onNext: () => void;
  onLast: () => void;
  onPageSize: (size: number) => void;
  testId: string;
}

/** "Rows 51–100 of 1,234", first / previous / next / last and the page size. */
export function Pager(props: PagerProps) {
  const { t, fmt } = useI18n();
  const sizeId = useId();
  const first = (props.page - 1) * props.pageSize + 1;
  const last = first + props.shown - 1;
  const buttons = [
    {
      key: 'first',
      label: t('serverTable.first'),
      icon: '«',
      enabled: props.canPrevious,
      onClick: props.onFirst,
    },
    {
      key: 'previous',
      label: t('serverTable.previous'),
      icon: '‹',
      enabled: props.canPrevious,
      onClick: props.onPrevious,
    },
    { key: 'next', label: t('serverTable.next'), icon: '›', enabled: props.canNext, onClick: props.onNext },
    { key: 'last', label: t('serverTable.last'), icon: '»', enabled: props.canNext, onClick: props.onLast },
  ];
  return (
    <nav
      aria-label={t('serverTable.pager')}
      className="flex flex-wrap items-center gap-x-4 gap-y-2"
      data-testid={props.testId}
    >
      {props.shown > 0 && (
        <p className="text-sm" data-testid={`${props.testId}-range`}>
          {t('serverTable.range', {
            first: fmt.number(first),
            last: fmt.number(last),
            total: fmt.number(props.total),
          })}
        </p>
      )}
      <p className="text-sm text-muted" data-testid={`${props.testId}-page`}>
        {t('serverTable.pageOf', {
          page: fmt.number(props.page),
          pages: fmt.number(Math.max(1, props.pageCount)),
        })}
      </p>
      <ul className="flex gap-1">
        {buttons.map((b) => (
          <li key={b.key}>
            <button
              type="button"
              className="btn min-w-9 justify-center disabled:cursor-not-allowed disabled:opacity-50"
              onClick={b.onClick}
              disabled={!b.enabled}
              aria-label={b.label}
              title={b.label}
              data-testid={`${props.testId}-${b.key}`}
            >
              <span aria-hidden="true">{b.icon}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="flex items-center gap-2 text-sm">
        <label htmlFor={sizeId} className="text-muted">
          {t('serverTable.pageSize')}
        </label>
        <select
          id={sizeId}
          className="rounded-md border border-[var(--border)] bg-[var(--surface)] px-2 py-1"
          value={props.selectedPageSize}
          onChange={(e) => props.onPageSize(Number(e.target.value))}
          data-testid={`${props.testId}-size`}
        >
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {fmt.number(size)}
            </option>
          ))}
        </select>
      </div>
    </nav>
  );
}

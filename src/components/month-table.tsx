import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';

/**
 * A monthly chart's data as a table: each month of the period and its figure beside the same month
 * a year earlier (that month named too, so a period across a year end reads right). The views
 * format the figures; the classes fit the table to where it stands (a view, the report, the notes,
 * a slide's screen-reader copy of its chart). Rows carry their month for tests to find them.
 */
export function MonthTable<Row extends { month: string; priorMonth: string }>({
  rows,
  caption,
  testId,
  current,
  prior,
  change,
  footer,
  className = 'data-table',
  figureHeadClassName = 'num',
  monthHeadClassName,
}: {
  rows: readonly Row[];
  caption: string;
  testId: string;
  current: (row: Row) => ReactNode;
  prior: (row: Row) => ReactNode;
  /** A last column with the change between the two, headed `header`. */
  change?: { header: string; cell: (row: Row) => ReactNode };
  footer?: ReactNode;
  className?: string;
  figureHeadClassName?: string;
  monthHeadClassName?: string;
}) {
  const { t, fmt } = useI18n();
  return (
    <table className={className} data-testid={testId}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('chart.month')}</th>
          <th scope="col" className={figureHeadClassName}>
            {t('chart.current')}
          </th>
          <th scope="col">{t('chart.priorMonth')}</th>
          <th scope="col" className={figureHeadClassName}>
            {t('chart.prior')}
          </th>
          {change && (
            <th scope="col" className="num">
              {change.header}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.month} data-month={row.month}>
            <th scope="row" className={monthHeadClassName}>
              {fmt.monthShort(row.month)}
            </th>
            <td className="num">{current(row)}</td>
            <td>{fmt.monthShort(row.priorMonth)}</td>
            <td className="num">{prior(row)}</td>
            {change && <td className="num">{change.cell(row)}</td>}
          </tr>
        ))}
      </tbody>
      {footer}
    </table>
  );
}

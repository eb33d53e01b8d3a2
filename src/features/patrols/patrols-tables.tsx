// The patrol charts' data as tables, and patrol activity per sub-area.
import { Link } from '@tanstack/react-router';
import { ChangeIndicator } from '../../components/change-indicator';
import type { AreaPatrolRow, MonthlyPatrols } from '../../figures/activity';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/patrols';
import '../../i18n/messages/views/server-table';

/** Months of the period beside a year earlier: patrol counts, or hours (`kind`). */
export function MonthlyTable({
  data,
  kind,
  caption,
}: {
  data: readonly MonthlyPatrols[];
  kind: 'patrols' | 'hours';
  caption: string;
}) {
  const { t, fmt } = useI18n();
  const value = (row: MonthlyPatrols, prior: boolean) =>
    kind === 'patrols'
      ? fmt.number(prior ? row.priorPatrols : row.patrols)
      : fmt.number(prior ? row.priorHours : row.hours, 1);
  return (
    <table className="data-table" data-testid={`monthly-${kind}-table`}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('chart.month')}</th>
          <th scope="col" className="num min-w-24">
            {t('chart.current')}
          </th>
          <th scope="col">{t('chart.priorMonth')}</th>
          <th scope="col" className="num min-w-24">
            {t('chart.prior')}
          </th>
        </tr>
      </thead>
      <tbody>
        {data.map((row) => (
          <tr key={row.month}>
            <th scope="row">{fmt.month(row.month)}</th>
            <td className="num">{value(row, false)}</td>
            <td>{fmt.month(row.priorMonth)}</td>
            <td className="num">{value(row, true)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function AreaPatrolsTable({ rows, caption }: { rows: readonly AreaPatrolRow[]; caption: string }) {
  const { t, fmt } = useI18n();
  const decimal = (n: number | null) => (n === null ? '—' : fmt.number(n, 2));
  return (
    <div
      className="overflow-x-auto"
      role="region"
      aria-label={t('serverTable.scroll', { caption })}
      tabIndex={0}
    >
      <table className="data-table" data-testid="area-patrols-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('patrols.col.area')}</th>
            <th scope="col" className="num min-w-24">
              {t('patrols.col.patrols')}
            </th>
            <th scope="col">{t('patrols.col.change')}</th>
            <th scope="col" className="num min-w-24">
              {t('patrols.col.hours')}
            </th>
            <th scope="col" className="num min-w-24">
              {t('patrols.col.findingsPerPatrol')}
            </th>
            <th scope="col" className="num min-w-24">
              {t('patrols.col.activeGroups')}
            </th>
            <th scope="col" className="num min-w-24">
              {t('patrols.col.perGroup')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.area.id} data-area-id={row.area.id}>
              <th scope="row" className="min-w-36 font-medium">
                <Link
                  to="/patrols"
                  search={(prev) => ({
                    ...prev,
                    area: row.area.id,
                    in: undefined,
                    group: undefined,
                    page: undefined,
                  })}
                  className="underline decoration-dotted underline-offset-2"
                >
                  {row.area.name}
                </Link>
              </th>
              <td className="num">{fmt.number(row.patrols.current)}</td>
              <td className="min-w-40">
                <ChangeIndicator change={row.patrols} better="up" />
              </td>
              <td className="num">{fmt.number(row.hours.current, 1)}</td>
              <td className="num">{decimal(row.findingsPerPatrol.current)}</td>
              <td className="num">{row.activeGroups === null ? '—' : fmt.number(row.activeGroups)}</td>
              <td className="num">
                {row.patrolsPerGroup === null ? '—' : fmt.number(row.patrolsPerGroup, 1)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

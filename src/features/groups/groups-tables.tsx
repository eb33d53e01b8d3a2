// The groups view's small tables: the type chart's data, and coverage per sub-area.
import { Link } from '@tanstack/react-router';
import { groupTypeColors } from '../../components/colors';
import { CoverageDetail } from '../../components/coverage-detail';
import { ScrollTable } from '../../components/scroll-table';
import { RatioCell } from '../../components/server-table/cells';
import type { AreaCoverageRow, TypeCount } from '../../figures/activity';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/groups';
import { Name } from '../../components/name';

export function TypesTable({ data, caption }: { data: readonly TypeCount[]; caption: string }) {
  const { t, fmt } = useI18n();
  return (
    <table className="data-table" data-testid="types-table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('groups.col.type')}</th>
          <th scope="col" className="num min-w-24">
            {t('groups.col.active')}
          </th>
          <th scope="col" className="num min-w-24">
            {t('groups.col.share')}
          </th>
        </tr>
      </thead>
      <tbody>
        {data.map((row) => (
          <tr key={row.type} data-type={row.type}>
            <th scope="row">
              <span className="inline-flex items-center gap-2">
                <span
                  aria-hidden="true"
                  className="inline-block size-2.5 rounded-sm"
                  style={{ background: groupTypeColors[row.type] }}
                />
                {t(`groups.type.${row.type}`)}
              </span>
            </th>
            <td className="num">{fmt.number(row.count)}</td>
            <td className="num">
              <RatioCell ratio={row.share} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CoverageTable({ rows, caption }: { rows: readonly AreaCoverageRow[]; caption: string }) {
  const { t, fmt } = useI18n();
  return (
    <ScrollTable caption={caption} testId="coverage-table">
      <thead>
        <tr>
          <th scope="col">{t('groups.col.area')}</th>
          <th scope="col" className="num min-w-24">
            {t('groups.col.active')}
          </th>
          <th scope="col" className="num min-w-24">
            {t('groups.col.members')}
          </th>
          <th scope="col" className="num min-w-24">
            {t('groups.col.coverage')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ area, summary }) => (
          <tr key={area.id} data-area-id={area.id}>
            <th scope="row" className="min-w-36 font-medium">
              <Link
                to="/groups"
                search={(prev) => ({
                  ...prev,
                  area: area.id,
                  in: undefined,
                  page: undefined,
                  mpage: undefined,
                })}
                className="underline decoration-dotted underline-offset-2"
              >
                <Name name={area.name} clamp />
              </Link>
            </th>
            {summary ? (
              <>
                <td className="num">{fmt.number(summary.active)}</td>
                <td className="num">{fmt.number(summary.members)}</td>
                <td className="num">
                  <CoverageDetail coverage={summary.coverage} size="cell" />
                </td>
              </>
            ) : (
              <td colSpan={3} className="text-muted">
                {t('groups.unknown')}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

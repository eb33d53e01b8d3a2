import { Link } from '@tanstack/react-router';
import { PointsIndicator } from '../../components/points-indicator';
import { ScrollTable } from '../../components/scroll-table';
import { RateCell } from '../../components/rate-cell';
import { TargetVerdict } from '../../components/target-verdict';
import type { AreaMediationRow } from '../../figures/activity';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/mediation';
import { Name } from '../../components/name';

/** Each sub-area's resolution rate with "n / N", its change in points and the target verdict. */
export function AreaRatesTable({ rows, caption }: { rows: readonly AreaMediationRow[]; caption: string }) {
  const { t, fmt } = useI18n();
  return (
    <ScrollTable caption={caption} testId="area-rates-table">
      <thead>
        <tr>
          <th scope="col">{t('mediation.col.area')}</th>
          <th scope="col" className="num min-w-24">
            {t('mediation.col.received')}
          </th>
          <th scope="col" className="num min-w-24">
            {t('mediation.col.resolved')}
          </th>
          <th scope="col" className="num min-w-24">
            {t('mediation.col.closed')}
          </th>
          <th scope="col" className="num min-w-24">
            {t('mediation.col.rate')}
          </th>
          <th scope="col">{t('mediation.col.change')}</th>
          <th scope="col">{t('mediation.col.target')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.area.id} data-area-id={row.area.id}>
            <th scope="row" className="min-w-36 font-medium">
              {/* Drills down: the same view for that area. */}
              <Link
                to="/mediation"
                search={(prev) => ({ ...prev, area: row.area.id, in: undefined, page: undefined })}
                className="underline decoration-dotted underline-offset-2"
              >
                <Name name={row.area.name} clamp />
              </Link>
            </th>
            <td className="num">{fmt.number(row.current.received)}</td>
            <td className="num">{fmt.number(row.rate.numerator)}</td>
            <td className="num">{fmt.number(row.rate.denominator)}</td>
            <td className="num">
              <RateCell ratio={row.rate} />
            </td>
            <td>
              <PointsIndicator points={row.points} priorBase={row.priorRate.denominator} better="up" />
            </td>
            <td>
              <TargetVerdict met={row.targetMet} size="cell" />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

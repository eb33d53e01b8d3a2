import { Link } from '@tanstack/react-router';
import type { AreaChange } from '../../figures/incidents';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/incidents';
import { ChangeCell } from './change-cell';

/** A short ranked list of areas with their incidents now and a year earlier, each linking to its detail. */
export function AreaMovesTable({
  moves,
  caption,
  emptyText,
  testId,
}: {
  moves: readonly AreaChange[];
  caption: string;
  emptyText: string;
  testId: string;
}) {
  const { t, fmt } = useI18n();
  if (moves.length === 0) {
    return (
      <p className="text-muted" data-testid={testId} data-state="none">
        {emptyText}
      </p>
    );
  }
  return (
    <div className="overflow-x-auto">
      <table className="data-table" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('incidents.moves.area')}</th>
            <th scope="col" className="num">
              {t('incidents.changes.current')}
            </th>
            <th scope="col" className="num">
              {t('incidents.changes.prior')}
            </th>
            <th scope="col">{t('incidents.changes.change')}</th>
          </tr>
        </thead>
        <tbody>
          {moves.map(({ area, change }) => (
            <tr key={area.id} data-area={area.id}>
              <th scope="row" className="font-normal">
                <Link
                  to="/area"
                  search={(prev) => ({ area: area.id, period: prev.period, lang: prev.lang })}
                  className="underline underline-offset-2"
                >
                  {area.name}
                </Link>
              </th>
              <td className="num">{fmt.number(change.current)}</td>
              <td className="num">{fmt.number(change.prior)}</td>
              <td>
                <ChangeCell change={change} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

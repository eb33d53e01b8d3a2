import { Link } from '@tanstack/react-router';
import { ChangeRowCells, ChangeTableHead } from '../../components/change-table';
import type { AreaChange } from '../../figures/incidents';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/incidents';
import { ChangeCell } from '../../components/change-cell';
import { changeColumns } from './change-columns';
import { Name } from '../../components/name';

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
  const { t } = useI18n();
  if (moves.length === 0) {
    return (
      <p className="text-muted" data-testid={testId} data-state="none">
        {emptyText}
      </p>
    );
  }
  return (
    <div className="relative overflow-x-auto">
      <table className="data-table" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <ChangeTableHead rowHeader={t('incidents.moves.area')} keys={changeColumns} />
        <tbody>
          {moves.map(({ area, change }) => (
            <tr key={area.id} data-area={area.id}>
              <th scope="row" className="font-normal">
                <Link
                  to="/area"
                  search={(prev) => ({ area: area.id, period: prev.period, lang: prev.lang })}
                  className="underline underline-offset-2"
                >
                  <Name name={area.name} clamp />
                </Link>
              </th>
              <ChangeRowCells change={change}>
                <ChangeCell change={change} better="down" />
              </ChangeRowCells>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

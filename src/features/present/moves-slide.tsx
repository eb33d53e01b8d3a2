import type { AreaChange } from '../../figures/incidents';
import { ChangeCell } from '../../components/change-cell';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/present';
import { SlideFrame } from './slide-frame';
import type { DeckData } from './use-deck-data';
import { Name } from '../../components/name';

/** The child areas whose incidents fell (or rose) most in number, as the Incidents view ranks them. */
export function MovesSlide({
  data,
  title,
  kind,
}: {
  data: DeckData;
  title: string;
  kind: 'falls' | 'rises';
}) {
  const { t } = useI18n();
  const { area } = data;
  if (area && !data.hasChildren) {
    return (
      <SlideFrame id={kind} title={title} queries={[data.areasQuery]}>
        {() => <p className="slide-message">{t('present.noChildren', { name: area.name })}</p>}
      </SlideFrame>
    );
  }
  return (
    <SlideFrame id={kind} title={title} queries={[data.areasQuery, data.queries.childIncidents]}>
      {() => data.moves && <MovesTable moves={data.moves[kind]} kind={kind} caption={title} />}
    </SlideFrame>
  );
}

function MovesTable({
  moves,
  kind,
  caption,
}: {
  moves: readonly AreaChange[];
  kind: 'falls' | 'rises';
  caption: string;
}) {
  const { t, fmt } = useI18n();
  if (moves.length === 0)
    return (
      <p className="slide-message" data-testid={`deck-${kind}`} data-state="none">
        {kind === 'falls' ? t('present.moves.noneFell') : t('present.moves.noneRose')}
      </p>
    );
  return (
    <div className="slide-table-wrap">
      <table className="slide-table" data-testid={`deck-${kind}`}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('present.col.area')}</th>
            <th scope="col" className="num">
              {t('present.col.current')}
            </th>
            <th scope="col" className="num">
              {t('present.col.prior')}
            </th>
            <th scope="col">{t('present.col.difference')}</th>
          </tr>
        </thead>
        <tbody>
          {moves.map(({ area, change }) => (
            <tr key={area.id} data-area={area.id}>
              <th scope="row">
                <Name name={area.name} clamp />
              </th>
              <td className="num">{fmt.number(change.current)}</td>
              <td className="num">{fmt.number(change.prior)}</td>
              <td data-testid="deck-move-delta">
                <ChangeCell change={change} better="down" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="slide-note">{t('present.moves.note')}</p>
    </div>
  );
}

import { changeTone } from '../../figures/figures';
import type { RankingRow } from '../../figures/ranking';
import { useChangeWords } from '../../components/change-indicator';
import { toneClass } from '../../components/colors';
import { RankMove } from '../../components/rank-move';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/present';
import { SlideFrame } from './slide-frame';
import type { DeckData } from './use-deck-data';
import { Name } from '../../components/name';

/** Rows a slide can hold at legible size; a longer ranking shows its top and bottom halves. */
export const RANKING_ROWS = 14;

/** The ranking's rows to show, in rank order, with how many are left out between the halves. */
function visibleRows(rows: readonly RankingRow[]): {
  top: RankingRow[];
  bottom: RankingRow[];
  hidden: number;
} {
  if (rows.length <= RANKING_ROWS) return { top: [...rows], bottom: [], hidden: 0 };
  const half = RANKING_ROWS / 2;
  return { top: rows.slice(0, half), bottom: rows.slice(-half), hidden: rows.length - RANKING_ROWS };
}

/** The child areas ranked as the Wards view ranks them: fewest incidents per 10,000 residents first. */
export function RankingSlide({ data, title }: { data: DeckData; title: string }) {
  const { t } = useI18n();
  const { area } = data;
  if (area && !data.hasChildren) {
    return (
      <SlideFrame id="ranking" title={title} queries={[data.areasQuery]}>
        {() => <p className="slide-message">{t('present.noChildren', { name: area.name })}</p>}
      </SlideFrame>
    );
  }
  return (
    <SlideFrame id="ranking" title={title} queries={[data.areasQuery, ...data.queries.ranking]}>
      {() => data.ranking && <RankingTable rows={data.ranking.rows} caption={title} />}
    </SlideFrame>
  );
}

function RankingTable({ rows, caption }: { rows: readonly RankingRow[]; caption: string }) {
  const { t } = useI18n();
  const { top, bottom, hidden } = visibleRows(rows);
  return (
    <div className="slide-table-wrap">
      <table className="slide-table ranking-table" data-testid="deck-ranking">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('present.col.rank')}
            </th>
            <th scope="col">{t('present.col.area')}</th>
            <th scope="col" className="num">
              {t('present.col.rate')}
            </th>
            <th scope="col" className="num">
              {t('present.col.incidents')}
            </th>
            <th scope="col">{t('present.col.change')}</th>
            <th scope="col" className="num">
              {t('present.col.mediation')}
            </th>
          </tr>
        </thead>
        <tbody>
          {top.map((row) => (
            <RankRow key={row.id} row={row} />
          ))}
          {hidden > 0 && (
            <tr data-testid="deck-ranking-gap">
              <td colSpan={6} className="gap-row">
                {t('present.ranking.hidden', { count: hidden })}
              </td>
            </tr>
          )}
          {bottom.map((row) => (
            <RankRow key={row.id} row={row} />
          ))}
        </tbody>
      </table>
      <p className="slide-note">{t('present.ranking.note')}</p>
    </div>
  );
}

function RankRow({ row }: { row: RankingRow }) {
  const { t, fmt } = useI18n();
  const c = row.incidents;
  const tone = changeTone(c, 'down');
  const words = useChangeWords();
  return (
    <tr data-area={row.id} data-rank={row.rank ?? ''}>
      <td className="num">
        <span className="rank-number">{row.rank === null ? '—' : fmt.number(row.rank)}</span>
        <RankMove
          moved={row.rankChange}
          className="rank-move"
          upKey="present.ranking.up"
          downKey="present.ranking.down"
        />
      </td>
      <th scope="row">
        <Name name={row.name} clamp />
      </th>
      <td className="num" data-testid="deck-rank-rate">
        {row.incidentRate === null ? '—' : fmt.decimal(row.incidentRate)}
      </td>
      <td className="num">{fmt.number(c.current)}</td>
      <td className={toneClass[tone]}>
        <span aria-hidden="true">{c.direction === 'up' ? '▲ ' : c.direction === 'down' ? '▼ ' : '■ '}</span>
        {words(c)}
        {c.smallBase && <span className="chip">{t('change.smallNumbers')}</span>}
      </td>
      <td className="num">{row.mediationRate.value === null ? '—' : fmt.percent(row.mediationRate.value)}</td>
    </tr>
  );
}

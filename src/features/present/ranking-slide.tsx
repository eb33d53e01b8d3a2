import { RankingTable } from '../../components/ranking-table/ranking-table';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/present';
import { SlideFrame } from './slide-frame';
import type { DeckData } from './use-deck-data';

/** Rows a slide can hold at legible size; a longer ranking shows its top and bottom halves. */
export const RANKING_ROWS = 14;

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
      {() =>
        data.ranking && (
          <div className="slide-table-wrap">
            <RankingTable
              density="slide"
              caption={title}
              rows={data.ranking.rows}
              maxRows={RANKING_ROWS}
              testId="deck-ranking"
            />
            <p className="slide-note">{t('present.ranking.note')}</p>
          </div>
        )
      }
    </SlideFrame>
  );
}

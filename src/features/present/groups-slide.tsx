import { groupTypeColors } from '../../components/colors';
import { CoverageDetail } from '../../components/coverage-detail';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/groups';
import '../../i18n/messages/views/present';
import { Headline, SlideFrame } from './slide-frame';
import type { DeckData } from './use-deck-data';

/** How many groups work now, how many members they have and how much of the area they cover. */
export function GroupsSlide({ data, title }: { data: DeckData; title: string }) {
  const { t, fmt } = useI18n();
  const g = data.groups;
  return (
    <SlideFrame
      id="groups"
      title={title}
      queries={[data.areasQuery, data.queries.groups]}
      isEmpty={data.groupsMissing}
    >
      {() =>
        g && (
          <div className="two-columns">
            <dl className="stack">
              <Headline
                label={t('kpi.activeGroups')}
                value={fmt.number(g.summary.active)}
                testId="deck-groups-active"
              >
                <p>
                  {t('present.groups.detail', {
                    members: fmt.number(g.summary.members),
                    inactive: fmt.number(g.summary.inactive),
                  })}
                </p>
              </Headline>
              <Headline
                label={t('kpi.coverage')}
                value={g.summary.coverage.value === null ? '—' : fmt.percent(g.summary.coverage.value)}
                testId="deck-groups-coverage"
              >
                <CoverageDetail
                  coverage={g.summary.coverage}
                  size="line"
                  testId="deck-groups-coverage-detail"
                />
              </Headline>
            </dl>
            <div className="stack">
              <h3 className="slide-subheading">{t('present.groups.byType')}</h3>
              <ul className="type-list" data-testid="deck-group-types">
                {g.byType.slice(0, 6).map((row) => (
                  <li key={row.type} data-type={row.type}>
                    <span
                      className="type-swatch"
                      aria-hidden="true"
                      style={{ background: groupTypeColors[row.type] }}
                    />
                    <span className="type-name">{t(`groups.type.${row.type}`)}</span>
                    <span className="figure-value">{fmt.number(row.count)}</span>
                    <span className="text-muted-strong">
                      {row.share.value === null ? '' : fmt.percent(row.share.value, 0)}
                    </span>
                  </li>
                ))}
              </ul>
              <p className="slide-note">{t('kpi.snapshot')}</p>
            </div>
          </div>
        )
      }
    </SlideFrame>
  );
}

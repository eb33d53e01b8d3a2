import { CoverageDetail } from '../../components/coverage-detail';
import { KpiCard } from '../../components/kpi-card';
import type { GroupSummary } from '../../figures/activity';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/groups';

/** Headline figures of the groups today: active groups, members, coverage, recognised models. */
export function GroupsSummary({
  summary: s,
  models,
}: {
  summary: GroupSummary;
  models: { national: number; provincial: number } | undefined;
}) {
  const { t, fmt } = useI18n();
  return (
    <dl className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
      <KpiCard label={t('kpi.activeGroups')} value={fmt.number(s.active)} testId="kpi-active">
        <p className="text-sm text-muted">{t('kpi.inactiveGroups', { count: s.inactive })}</p>
      </KpiCard>
      <KpiCard label={t('kpi.members')} value={fmt.number(s.members)} testId="kpi-members">
        {s.membersPerGroup !== null && (
          <p className="text-sm text-muted">
            {t('groups.perGroup', { value: fmt.decimal(s.membersPerGroup) })}
          </p>
        )}
      </KpiCard>
      <KpiCard
        label={t('kpi.coverage')}
        value={s.coverage.value === null ? '—' : fmt.percent(s.coverage.value)}
        testId="kpi-coverage"
      >
        <CoverageDetail coverage={s.coverage} size="line" />
      </KpiCard>
      <KpiCard
        label={t('groups.models')}
        value={models ? fmt.number(models.national + models.provincial) : '…'}
        testId="kpi-models"
      >
        {models && (
          <p className="text-sm text-muted">
            {t('groups.modelsDetail', {
              national: fmt.number(models.national),
              provincial: fmt.number(models.provincial),
            })}
          </p>
        )}
      </KpiCard>
    </dl>
  );
}

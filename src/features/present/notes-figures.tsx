import { CoverageDetail } from '../../components/coverage-detail';
import { MonthTable } from '../../components/month-table';
import { TargetVerdict } from '../../components/target-verdict';
import { PanelBody } from '../../components/panel';
import { usePeriodNote } from '../../components/period-note';
import { useGapWords } from '../../components/reporting-note';
import { RateCell } from '../../components/rate-cell';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/reporting';
import '../../i18n/messages/views/present';
import '../../i18n/messages/views/present-notes';
import { NotesAreaFigures } from './notes-area-figures';
import { ChangeNote, NoteRow, RatioNote } from './notes-parts';
import type { SlideId } from './slides';
import type { DeckData } from './use-deck-data';
import { useUnitNames } from '../../components/unit-names';

/** The exact figures behind a slide, with numerators and denominators, for the speaker. */
export function NotesFigures({ id, data }: { id: SlideId; data: DeckData }) {
  const q = data.queries;
  switch (id) {
    case 'title':
      return <PanelBody queries={[data.areasQuery]}>{() => <TitleNotes data={data} />}</PanelBody>;
    case 'kpis':
      return (
        <PanelBody queries={[data.areasQuery, q.incidents, q.mediation, q.patrols, q.groups]}>
          {() => <KpiNotes data={data} />}
        </PanelBody>
      );
    case 'trend':
      return (
        <PanelBody queries={[data.areasQuery, q.incidents]}>{() => <TrendNotes data={data} />}</PanelBody>
      );
    case 'mediation':
      return (
        <PanelBody queries={[data.areasQuery, q.mediation]}>{() => <MediationNotes data={data} />}</PanelBody>
      );
    default:
      return <NotesAreaFigures id={id} data={data} />;
  }
}

function TitleNotes({ data }: { data: DeckData }) {
  const { t, fmt } = useI18n();
  const units = useUnitNames();
  const { area, view } = data;
  const periodNote = usePeriodNote();
  if (!area) return null;
  return (
    <dl className="notes-list">
      <NoteRow label={t('present.n.area')}>{`${area.name} (${units.unit(area)})`}</NoteRow>
      <NoteRow label={t('present.n.period')}>
        {fmt.monthRange(view.period.from, view.period.to)}
        {periodNote && ` (${periodNote})`}
      </NoteRow>
      <NoteRow label={t('present.n.comparison')}>{fmt.monthRange(view.prior.from, view.prior.to)}</NoteRow>
      <NoteRow label={t('present.n.asOf')}>{fmt.month(view.asOf)}</NoteRow>
      <NoteRow label={t('kpi.population')}>{fmt.number(area.population)}</NoteRow>
      {view.data.demo && (
        <NoteRow label={t('demo.badge')} testId="note-demo">
          {t('demoNote.text')}
        </NoteRow>
      )}
    </dl>
  );
}

function KpiNotes({ data }: { data: DeckData }) {
  const { t, fmt } = useI18n();
  const f = data.overview;
  const gapWords = useGapWords();
  if (!f) return null;
  const gaps = data.completeness ? [...data.completeness.prior, ...data.completeness.period] : [];
  const rate = (value: number | null, incidents: number) =>
    value === null
      ? t('present.n.noResidents')
      : t('present.n.rate', {
          value: fmt.number(value, 2),
          incidents: fmt.number(incidents),
          population: fmt.number(f.population),
        });
  return (
    <dl className="notes-list">
      <NoteRow label={t('kpi.incidents')} testId="note-incidents">
        <ChangeNote change={f.incidents} />
      </NoteRow>
      <NoteRow label={t('kpi.incidentRate')} testId="note-incident-rate">
        {rate(f.incidentRate.current, f.incidents.current)}
        <br />
        {t('present.n.priorLabel')} {rate(f.incidentRate.prior, f.incidents.prior)}
      </NoteRow>
      <NoteRow label={t('kpi.mediationRate')} testId="note-mediation-rate">
        <RatioNote
          ratio={f.mediationRate.current}
          parts={t('present.n.resolvedOfClosed')}
          none={t('kpi.noClosedCases')}
        />
        <br />
        {t('present.n.priorLabel')}{' '}
        <RatioNote
          ratio={f.mediationRate.prior}
          parts={t('present.n.resolvedOfClosed')}
          none={t('kpi.noClosedCases')}
        />
      </NoteRow>
      <NoteRow label={t('kpi.patrols')} testId="note-patrols">
        <ChangeNote change={f.patrols} />
      </NoteRow>
      <NoteRow label={t('kpi.activeGroups')} testId="note-active-groups">
        {f.activeGroups === null ? '—' : fmt.number(f.activeGroups)}
      </NoteRow>
      <NoteRow label={t('kpi.members')}>{f.members === null ? '—' : fmt.number(f.members)}</NoteRow>
      <NoteRow label={t('kpi.coverage')} testId="note-coverage">
        <CoverageDetail coverage={f.coverage} size="inline" />
      </NoteRow>
      {gaps.length > 0 && (
        <NoteRow label={t('reporting.chip')} testId="note-reporting">
          {gaps.map((g) => gapWords(g)).join('; ')}. {t('reporting.incomplete')}
        </NoteRow>
      )}
    </dl>
  );
}

function TrendNotes({ data }: { data: DeckData }) {
  const { t, fmt } = useI18n();
  const f = data.overview;
  if (!f) return null;
  return (
    <>
      <dl className="notes-list">
        <NoteRow label={t('kpi.incidents')}>
          <ChangeNote change={f.incidents} />
        </NoteRow>
      </dl>
      <MonthTable
        rows={f.monthly}
        caption={t('present.slide.trend')}
        testId="note-monthly"
        className="notes-table"
        current={(row) => fmt.number(row.current)}
        prior={(row) => fmt.number(row.prior)}
      />
    </>
  );
}

function MediationNotes({ data }: { data: DeckData }) {
  const { t, fmt } = useI18n();
  const m = data.mediation;
  if (!m) return null;
  return (
    <>
      <dl className="notes-list">
        <NoteRow label={t('present.mediation.received')}>
          <ChangeNote change={m.received} />
        </NoteRow>
        <NoteRow label={t('present.n.outcomes')} testId="note-outcomes">
          {t('present.n.outcomeCounts', {
            resolved: fmt.number(m.current.resolved),
            referred: fmt.number(m.current.referred),
            unresolved: fmt.number(m.current.unresolved),
            pending: fmt.number(m.current.pending),
          })}
        </NoteRow>
        <NoteRow label={t('kpi.mediationRate')} testId="note-resolution">
          <RatioNote ratio={m.rate} parts={t('present.n.resolvedOfClosed')} none={t('kpi.noClosedCases')} />
        </NoteRow>
        <NoteRow label={t('present.n.priorRate')}>
          <RatioNote
            ratio={m.priorRate}
            parts={t('present.n.resolvedOfClosed')}
            none={t('kpi.noClosedCases')}
          />
        </NoteRow>
        <NoteRow label={t('present.n.points')}>
          {m.points === null ? '—' : t('change.points', { value: fmt.points(m.points * 100) })}
        </NoteRow>
        <NoteRow label={t('present.n.pendingShare')}>
          <RatioNote ratio={m.pendingShare} parts={t('present.n.pendingOfReceived')} none="—" />
        </NoteRow>
        <NoteRow label={t('present.n.target')}>
          <TargetVerdict
            met={m.targetMet}
            target={{ kind: 'mediationRate', value: data.targets.mediationRate }}
            size="inline"
          />
        </NoteRow>
      </dl>
      {data.monthlyRates && (
        <MonthTable
          rows={data.monthlyRates}
          caption={t('present.chart.rates')}
          testId="note-monthly-rates"
          className="notes-table"
          current={(row) => <RateCell ratio={row.current} />}
          prior={(row) => <RateCell ratio={row.prior} />}
        />
      )}
    </>
  );
}

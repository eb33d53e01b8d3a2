import { CoverageDetail } from '../../components/coverage-detail';
import { MonthTable } from '../../components/month-table';
import { PanelBody } from '../../components/panel';
import { useI18n } from '../../i18n/i18n-context';
import '../../i18n/messages/views/groups';
import '../../i18n/messages/views/present';
import '../../i18n/messages/views/present-notes';
import { ChangeNote, NoteRow, RatioNote } from './notes-parts';
import type { SlideId } from './slides';
import type { DeckData } from './use-deck-data';

/** Notes of the slides about child areas, groups and patrols. */
export function NotesAreaFigures({ id, data }: { id: SlideId; data: DeckData }) {
  const { t } = useI18n();
  const q = data.queries;
  const noChildren = data.area && !data.hasChildren && (
    <p>{t('present.noChildren', { name: data.area.name })}</p>
  );
  switch (id) {
    case 'falls':
    case 'rises':
      return (
        <PanelBody queries={noChildren ? [data.areasQuery] : [data.areasQuery, q.childIncidents]}>
          {() => noChildren || <MovesNotes data={data} kind={id} />}
        </PanelBody>
      );
    case 'groups':
      return (
        <PanelBody queries={[data.areasQuery, q.groups]} isEmpty={data.groupsMissing}>
          {() => <GroupsNotes data={data} />}
        </PanelBody>
      );
    case 'patrols':
      return (
        <PanelBody queries={[data.areasQuery, q.patrols]}>{() => <PatrolsNotes data={data} />}</PanelBody>
      );
    case 'ranking':
      return (
        <PanelBody queries={noChildren ? [data.areasQuery] : [data.areasQuery, ...q.ranking]}>
          {() => noChildren || <RankingNotes data={data} />}
        </PanelBody>
      );
    default:
      return null;
  }
}

function MovesNotes({ data, kind }: { data: DeckData; kind: 'falls' | 'rises' }) {
  const { t } = useI18n();
  const moves = data.moves?.[kind];
  if (!moves) return null;
  if (moves.length === 0)
    return <p>{kind === 'falls' ? t('present.moves.noneFell') : t('present.moves.noneRose')}</p>;
  return (
    <dl className="notes-list" data-testid={`note-${kind}`}>
      {moves.map(({ area, change }) => (
        <NoteRow key={area.id} label={area.name}>
          <ChangeNote change={change} />
        </NoteRow>
      ))}
    </dl>
  );
}

function GroupsNotes({ data }: { data: DeckData }) {
  const { t, fmt } = useI18n();
  const g = data.groups;
  if (!g) return null;
  const s = g.summary;
  return (
    <dl className="notes-list">
      <NoteRow label={t('kpi.activeGroups')} testId="note-groups-active">
        <RatioNote ratio={s.activeShare} parts={t('present.n.activeOfAll')} none="—" />
        {' · '}
        {t('present.n.activeCounts', { active: fmt.number(s.active), inactive: fmt.number(s.inactive) })}
      </NoteRow>
      <NoteRow label={t('kpi.members')}>
        {t('present.n.membersPerGroup', {
          members: fmt.number(s.members),
          value: s.membersPerGroup === null ? '—' : fmt.decimal(s.membersPerGroup),
        })}
      </NoteRow>
      <NoteRow label={t('kpi.coverage')} testId="note-groups-coverage">
        <CoverageDetail coverage={s.coverage} size="inline" />
      </NoteRow>
      {g.byType.map((row) => (
        <NoteRow key={row.type} label={t(`groups.type.${row.type}`)}>
          <RatioNote ratio={row.share} parts={t('present.n.ofActive')} none="—" />
        </NoteRow>
      ))}
    </dl>
  );
}

function PatrolsNotes({ data }: { data: DeckData }) {
  const { t, fmt } = useI18n();
  const p = data.patrols;
  if (!p) return null;
  const per = (value: number | null, numerator: number, denominator: number | null) =>
    value === null || denominator === null
      ? '—'
      : t('present.n.quotient', {
          value: fmt.number(value, 2),
          numerator: fmt.number(numerator),
          denominator: fmt.number(denominator),
        });
  return (
    <>
      <dl className="notes-list">
        <NoteRow label={t('kpi.patrols')} testId="note-patrols-total">
          <ChangeNote change={p.patrols} />
        </NoteRow>
        <NoteRow label={t('present.patrols.hours')}>
          <ChangeNote change={p.hours} digits={1} />
        </NoteRow>
        <NoteRow label={t('present.patrols.findings')}>
          <ChangeNote change={p.findings} />
        </NoteRow>
        <NoteRow label={t('present.n.findingsPerPatrol')}>
          {per(p.findingsPerPatrol.current, p.findings.current, p.patrols.current)}
        </NoteRow>
        <NoteRow label={t('present.patrols.perGroup')}>
          {per(p.patrolsPerGroup, p.patrols.current, p.patrollingGroups)}
        </NoteRow>
      </dl>
      {data.monthlyPatrols && (
        <MonthTable
          rows={data.monthlyPatrols}
          caption={t('present.chart.patrols')}
          testId="note-monthly-patrols"
          className="notes-table"
          current={(row) => fmt.number(row.patrols)}
          prior={(row) => fmt.number(row.priorPatrols)}
        />
      )}
    </>
  );
}

function RankingNotes({ data }: { data: DeckData }) {
  const { t, fmt } = useI18n();
  const r = data.ranking;
  if (!r) return null;
  return (
    <ul className="notes-ranking" data-testid="note-ranking">
      {r.rows.map((row) => (
        <li key={row.id}>
          <strong>
            {row.rank === null ? '—' : fmt.number(row.rank)}. {row.name}
          </strong>
          {t('punct.colon')}
          {row.incidentRate === null
            ? t('present.n.noResidents')
            : t('present.n.rate', {
                value: fmt.number(row.incidentRate, 2),
                incidents: fmt.number(row.incidents.current),
                population: fmt.number(row.population),
              })}
          {' · '}
          <RatioNote
            ratio={row.mediationRate}
            parts={t('present.n.resolvedOfClosed')}
            none={t('kpi.noClosedCases')}
          />
        </li>
      ))}
    </ul>
  );
}

// One typed record per valid row, per kind: what validation checks across rows and the import
// transaction writes.
import {
  areaLevels,
  groupStatusSchema,
  groupTypes,
  incidentCategories,
  mediationCategories,
  mediationOutcomes,
  recognitions,
  shiftSchema,
  type AreaLevel,
} from '../../../src/api/schemas';
import type { RowReader, Where } from './fields';

/** Upper bounds of counts: what the schema's integer columns hold, with room to spare. */
const MAX = { people: 100_000_000, small: 30_000, count: 1_000_000, minutes: 1440 } as const;

export interface AreaRecord {
  at: Where;
  id: string;
  name: string;
  level: AreaLevel;
  parentId: string | null;
  /** population, households, residential_areas, cameras; null where left empty. */
  numbers: (number | null)[];
  /** The units it was merged from ("A; B" in the file), null when left empty. */
  formerNames: string[] | null;
  mergedOn: string | null;
}
export const AREA_NUMBERS = ['population', 'households', 'residential_areas', 'cameras'] as const;

export interface GroupRecord {
  at: Where;
  id: string;
  name: string;
  type: string;
  wardId: string;
  residentialArea: string;
  establishedOn: string;
  members: number;
  leader: string;
  status: string;
  recognition: string;
}

export interface PatrolRecord {
  at: Where;
  id: string;
  groupId: string;
  wardId: string;
  date: string;
  shift: string;
  durationMinutes: number;
  participants: number;
  findings: number;
  note: string;
}

export interface CaseRecord {
  at: Where;
  id: string;
  wardId: string;
  groupId: string;
  category: string;
  receivedOn: string;
  closedOn: string | null;
  outcome: string;
}

export interface IncidentRecord {
  at: Where;
  wardId: string;
  month: string;
  counts: number[];
}

export interface Records {
  areas: AreaRecord[];
  groups: GroupRecord[];
  patrols: PatrolRecord[];
  cases: CaseRecord[];
  incidents: IncidentRecord[];
}

/** The row as a record of its kind, or nothing when a field failed (its problem recorded). */
export function readRecord(r: RowReader, out: Records): void {
  switch (r.kind) {
    case 'areas': {
      const rec = {
        at: r.where,
        id: r.text('id'),
        name: r.text('name'),
        level: r.oneOf('level', areaLevels),
        parentId: r.text('parent_id', false),
        numbers: AREA_NUMBERS.map((c) => r.count(c, MAX.people, true)),
        formerNames: r.text('former_names', false),
        mergedOn: r.date('merged_on', true),
      };
      if (
        r.ok &&
        rec.id !== undefined &&
        rec.name !== undefined &&
        rec.level !== undefined &&
        rec.parentId !== undefined
      )
        out.areas.push({
          ...rec,
          id: rec.id,
          name: rec.name,
          level: rec.level,
          parentId: rec.parentId || null,
          numbers: rec.numbers.map((n) => n ?? null),
          formerNames: formerNameList(rec.formerNames),
          mergedOn: rec.mergedOn ?? null,
        });
      return;
    }
    case 'groups': {
      const rec = {
        at: r.where,
        id: r.text('id'),
        name: r.text('name'),
        type: r.oneOf('type', groupTypes),
        wardId: r.text('ward_id'),
        residentialArea: r.text('residential_area', false),
        establishedOn: r.date('established_on'),
        members: r.count('members', MAX.small),
        leader: r.text('leader', false),
        status: r.oneOf('status', groupStatusSchema.options),
        recognition: r.oneOf('recognition', recognitions),
      };
      if (r.ok) out.groups.push(rec as GroupRecord);
      return;
    }
    case 'patrols': {
      const rec = {
        at: r.where,
        id: r.text('id'),
        groupId: r.text('group_id'),
        wardId: r.text('ward_id'),
        date: r.date('date'),
        shift: r.oneOf('shift', shiftSchema.options),
        durationMinutes: r.count('duration_minutes', MAX.minutes),
        participants: r.count('participants', MAX.small),
        findings: r.count('findings', MAX.small),
        note: r.text('note', false),
      };
      if (r.ok && rec.durationMinutes === 0) r.fail('duration_minutes', '0', 'zeroDuration', {});
      if (r.ok) out.patrols.push(rec as PatrolRecord);
      return;
    }
    case 'mediation_cases': {
      const rec = {
        at: r.where,
        id: r.text('id'),
        wardId: r.text('ward_id'),
        groupId: r.text('group_id'),
        category: r.oneOf('category', mediationCategories),
        receivedOn: r.date('received_on'),
        closedOn: r.date('closed_on', true),
        outcome: r.oneOf('outcome', mediationOutcomes),
      };
      if (r.ok && rec.closedOn && rec.receivedOn && rec.closedOn < rec.receivedOn)
        r.fail('closed_on', rec.closedOn, 'closedBeforeReceived', { receivedOn: rec.receivedOn });
      else if (r.ok && rec.outcome === 'pending' && rec.closedOn)
        r.fail('closed_on', rec.closedOn, 'pendingClosed', {});
      else if (r.ok && rec.outcome !== 'pending' && !rec.closedOn)
        r.fail('closed_on', '', 'closingDateMissing', { outcome: rec.outcome ?? '' });
      if (r.ok) out.cases.push(rec as CaseRecord);
      return;
    }
    case 'incidents': {
      const rec = {
        at: r.where,
        wardId: r.text('ward_id'),
        month: r.month('month'),
        counts: incidentCategories.map((c) => r.count(c, MAX.count)),
      };
      if (r.ok) out.incidents.push(rec as IncidentRecord);
      return;
    }
  }
}

/** "Phường A; Xã B" → ["Phường A", "Xã B"]; empty → null. */
function formerNameList(text: string | undefined): string[] | null {
  const names = (text ?? '')
    .split(';')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  return names.length > 0 ? names : null;
}

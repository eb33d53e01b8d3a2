// Which groups a count counts. "Tổ tự quản" alone is ambiguous: /stats/groups' activeGroups counts
// every type (mediation teams, fire-safety blocks, clubs…), while the movement's own groups are the
// security-and-order ones. The contract has no "patrols" flag per type, so the types whose groups
// patrol are named here, once: security-and-order groups and the people's patrol teams (the
// generator assigns patrols to these two only, mocks/generator/records.ts).
import type { GroupStat, GroupType } from '../api/schemas';

export const PATROLLING_GROUP_TYPES: readonly GroupType[] = ['security_order', 'people_patrol'];

/** Active groups of the types that patrol: what "patrols per group" divides by. */
export function patrollingGroups(stat: Pick<GroupStat, 'byType'>): number {
  return PATROLLING_GROUP_TYPES.reduce((sum, type) => sum + (stat.byType[type] ?? 0), 0);
}

/** Active security-and-order groups ("tổ tự quản ANTT"), the movement's own. */
export function securityOrderGroups(stat: Pick<GroupStat, 'byType'>): number {
  return stat.byType.security_order ?? 0;
}

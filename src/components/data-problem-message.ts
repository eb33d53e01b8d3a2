import type { DataProblem } from '../api/data-problems';
import type { I18n } from '../i18n/i18n-context';

/** The translated sentence naming what is wrong, with the ids and numbers the server must check. */
export function describeProblem(
  problem: DataProblem,
  path: string,
  { t, fmt }: Pick<I18n, 't' | 'fmt'>,
): string {
  const n = (v: number) => fmt.number(v);
  const what = ((): string => {
    switch (problem.kind) {
      case 'duplicateRow':
        return t('problem.duplicateRow', { area: problem.areaId, month: problem.month });
      case 'duplicateAreaRow':
        return t('problem.duplicateAreaRow', { area: problem.areaId });
      case 'treeDuplicateId':
        return t('problem.treeDuplicateId', { id: problem.id });
      case 'treeMissingParent':
        return t('problem.treeMissingParent', { id: problem.id, parent: problem.parentId });
      case 'treeSecondRoot':
        return t('problem.treeSecondRoot', { id: problem.id, first: problem.first });
      case 'treeCycle':
        return t('problem.treeCycle', { ids: [...problem.ids, problem.ids[0] ?? ''].join(' → ') });
      case 'treeNoRoot':
        return t('problem.treeNoRoot');
      case 'outcomesNotReceived': {
        const values = {
          area: problem.areaId,
          month: problem.month,
          outcomes: n(problem.outcomes),
          received: n(problem.received),
        };
        return problem.category === undefined
          ? t('problem.outcomesNotReceived', values)
          : t('problem.outcomesNotReceivedCategory', { ...values, category: problem.category });
      }
      case 'categoriesAboveTotal':
        return t('problem.categoriesAboveTotal', {
          area: problem.areaId,
          month: problem.month,
          categories: n(problem.categories),
          total: n(problem.total),
        });
      case 'shiftsNotPatrols':
        return t('problem.shiftsNotPatrols', {
          area: problem.areaId,
          month: problem.month,
          shifts: n(problem.shifts),
          patrols: n(problem.patrols),
        });
      case 'reportedAboveWards':
        return t('problem.reportedAboveWards', {
          area: problem.areaId,
          month: problem.month,
          reported: n(problem.reported),
          wards: n(problem.wards),
        });
      case 'coveredAboveResidential':
        return t('problem.coveredAboveResidential', {
          name: problem.areaName,
          area: problem.areaId,
          covered: n(problem.covered),
          residential: n(problem.residential),
        });
    }
  })();
  return `${t('problem.lead', { path })} ${what}`;
}

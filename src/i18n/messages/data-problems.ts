/**
 * Messages naming what is wrong with an answer of the right shape that cannot be true
 * (src/api/data-problems.ts); keys are prefixed "problem.". Part of the core messages (en.ts, vi.ts,
 * fr.ts spread them in), since every panel's error state may need them.
 */
const en = {
  'problem.lead': 'The server sent data that cannot be right ({path}):',
  'problem.duplicateRow': 'a duplicate row for area {area}, month {month} (it would be counted twice).',
  'problem.duplicateAreaRow': 'a duplicate row for area {area} (it would be counted twice).',
  'problem.treeDuplicateId': 'the area list has the code {id} twice.',
  'problem.treeMissingParent': 'parent {parent} of area {id} is missing from the area list.',
  'problem.treeSecondRoot':
    'the area list has a second root, {id} (besides {first}); it must have exactly one.',
  'problem.treeCycle': 'the area list has a cycle of parents through {ids}.',
  'problem.treeNoRoot': 'the area list has no root (an area without a parent).',
  'problem.outcomesNotReceived':
    'area {area}, month {month}: the outcomes add up to {outcomes} cases, but {received} were received.',
  'problem.outcomesNotReceivedCategory':
    'area {area}, month {month}, category {category}: the outcomes add up to {outcomes} cases, but {received} were received.',
  'problem.categoriesAboveTotal':
    'area {area}, month {month}: incidents by category add up to {categories}, more than the total of {total}.',
  'problem.shiftsNotPatrols':
    'area {area}, month {month}: day and night patrols add up to {shifts}, but the month has {patrols} patrols.',
  'problem.reportedAboveWards':
    'area {area}, month {month}: {reported} wards reported, but there are only {wards}.',
  'problem.coveredAboveResidential':
    '{name} ({area}): groups cover {covered} residential areas, but the area has only {residential}.',
} as const;

const vi: Record<keyof typeof en, string> = {
  'problem.lead': 'Máy chủ trả về số liệu không thể đúng ({path}):',
  'problem.duplicateRow': 'có hai dòng cho địa bàn {area}, tháng {month} (sẽ bị cộng hai lần).',
  'problem.duplicateAreaRow': 'có hai dòng cho địa bàn {area} (sẽ bị cộng hai lần).',
  'problem.treeDuplicateId': 'danh sách địa bàn có mã {id} hai lần.',
  'problem.treeMissingParent': 'địa bàn cấp trên {parent} của địa bàn {id} không có trong danh sách địa bàn.',
  'problem.treeSecondRoot': 'danh sách địa bàn có gốc thứ hai, {id} (ngoài {first}); chỉ được có một gốc.',
  'problem.treeCycle': 'danh sách địa bàn có vòng lặp cấp trên qua {ids}.',
  'problem.treeNoRoot': 'danh sách địa bàn không có gốc (địa bàn không có cấp trên).',
  'problem.outcomesNotReceived':
    'địa bàn {area}, tháng {month}: các kết quả cộng lại được {outcomes} vụ việc, nhưng đã tiếp nhận {received}.',
  'problem.outcomesNotReceivedCategory':
    'địa bàn {area}, tháng {month}, loại {category}: các kết quả cộng lại được {outcomes} vụ việc, nhưng đã tiếp nhận {received}.',
  'problem.categoriesAboveTotal':
    'địa bàn {area}, tháng {month}: số vụ theo loại cộng lại được {categories}, nhiều hơn tổng số {total}.',
  'problem.shiftsNotPatrols':
    'địa bàn {area}, tháng {month}: ca ngày và ca đêm cộng lại được {shifts} lượt, nhưng tháng có {patrols} lượt tuần tra.',
  'problem.reportedAboveWards':
    'địa bàn {area}, tháng {month}: {reported} xã, phường đã báo cáo, nhưng chỉ có {wards}.',
  'problem.coveredAboveResidential':
    '{name} ({area}): các tổ phủ {covered} khu dân cư, nhưng địa bàn chỉ có {residential} khu dân cư.',
};

const fr: Record<keyof typeof en, string> = {
  'problem.lead': 'Le serveur a envoyé des données impossibles ({path})\u202f:',
  'problem.duplicateRow':
    'une ligne en double pour la zone {area}, mois {month} (elle serait comptée deux fois).',
  'problem.duplicateAreaRow': 'une ligne en double pour la zone {area} (elle serait comptée deux fois).',
  'problem.treeDuplicateId': 'la liste des zones contient deux fois l’identifiant {id}.',
  'problem.treeMissingParent': 'le parent {parent} de la zone {id} manque dans la liste des zones.',
  'problem.treeSecondRoot':
    'la liste des zones a une seconde racine, {id} (en plus de {first})\u202f; elle doit en avoir une seule.',
  'problem.treeCycle': 'la liste des zones a un cycle de parents passant par {ids}.',
  'problem.treeNoRoot': 'la liste des zones n’a pas de racine (une zone sans parent).',
  'problem.outcomesNotReceived':
    'zone {area}, mois {month}\u202f: les issues totalisent {outcomes} affaires, mais {received} ont été reçues.',
  'problem.outcomesNotReceivedCategory':
    'zone {area}, mois {month}, catégorie {category}\u202f: les issues totalisent {outcomes} affaires, mais {received} ont été reçues.',
  'problem.categoriesAboveTotal':
    'zone {area}, mois {month}\u202f: les incidents par catégorie totalisent {categories}, plus que le total de {total}.',
  'problem.shiftsNotPatrols':
    'zone {area}, mois {month}\u202f: les patrouilles de jour et de nuit totalisent {shifts}, mais le mois en compte {patrols}.',
  'problem.reportedAboveWards':
    'zone {area}, mois {month}\u202f: {reported} communes ont fait leur rapport, mais il n’y en a que {wards}.',
  'problem.coveredAboveResidential':
    '{name} ({area})\u202f: les groupes couvrent {covered} zones résidentielles, mais la zone n’en compte que {residential}.',
};

export const dataProblemMessages = { en, vi, fr };

import { defineMessages } from '../define';

/** Messages of the speaker notes: the exact figures and the definitions behind them ("present.n.", "present.def.", "present.notes."). */
export const presentNotesMessages = defineMessages({
  en: {
    'present.notes.open': 'Speaker notes',
    'present.notes.title': 'Speaker notes',
    'present.notes.next': 'Next: {title}',
    'present.notes.last': 'This is the last slide.',
    'present.notes.figures': 'Exact figures on this slide',
    'present.notes.definitions': 'Definitions',
    'present.n.area': 'Area',
    'present.n.period': 'Period',
    'present.n.comparison': 'Compared with',
    'present.n.asOf': 'Data up to the end of',
    'present.n.against': '{current} against {prior} a year earlier',
    'present.n.ratio': '{value} = {numerator} / {denominator}',
    'present.n.quotient': '{value} = {numerator} / {denominator}',
    'present.n.rate': '{value} = {incidents} incidents / {population} residents × 10,000',
    'present.n.noResidents': 'No residents recorded: no rate',
    'present.n.priorLabel': 'A year earlier:',
    'present.n.resolvedOfClosed': 'resolved / closed = resolved + referred + unresolved',
    'present.n.activeOfAll': 'active / all groups',
    'present.n.activeCounts': '{active} active, {inactive} inactive',
    'present.n.membersPerGroup': '{members} members, {value} per active group',
    'present.n.ofActive': 'of all active groups',
    'present.n.outcomes': 'Outcomes of the cases received',
    'present.n.outcomeCounts':
      '{resolved} resolved, {referred} referred, {unresolved} unresolved, {pending} pending',
    'present.n.priorRate': 'Rate a year earlier',
    'present.n.points': 'Change of the rate',
    'present.n.pendingShare': 'Pending share',
    'present.n.pendingOfReceived': 'pending / received',
    'present.n.target': 'Target',
    'present.n.findingsPerPatrol': 'Findings per patrol',
    'present.def.comparison': 'The comparison period is the same months one year earlier.',
    'present.def.asOf': 'The data runs to the end of the last complete month.',
    'present.def.change':
      'Incident change = (current − prior) / prior; with prior = 0 there is no percentage (“new”). A fall is good news. A change on fewer than 10 in the prior period is marked “small numbers” and not coloured as a trend.',
    'present.def.mediation':
      'Local mediation resolution rate = resolved / (resolved + referred + unresolved) over cases received in the period; pending cases are left out; with no closed case there is no rate.',
    'present.def.rate':
      'Incident rate = incidents per 10,000 residents over the period (today’s population).',
    'present.def.coverage':
      'Coverage = residential areas with at least one active group / all residential areas.',
    'present.def.missing': 'Months the data server leaves out count as 0.',
    'present.def.incidentTarget':
      'The incident target is met when incidents fell by at least the target share against a year earlier; it cannot be judged on small numbers.',
    'present.def.mediationTarget':
      'The mediation target is met when the resolution rate is at least the target.',
    'present.def.moves':
      'Areas one level down, ranked by the change in the number of incidents (not by percentage); ties by name.',
    'present.def.snapshot': 'Groups are a current snapshot: the period does not apply to them.',
    'present.def.patrols':
      'Findings per patrol = findings / patrols; patrols per group = patrols in the period / groups active now.',
    'present.def.map':
      'The map: the areas one level down, coloured in five classes by quantiles (each class holds about a fifth of the areas); hatched areas rest on small numbers or have no data.',
    'present.def.ranking':
      'Rank 1 = fewest incidents per 10,000 residents over the period; ties by name; areas without residents last.',
  },
  vi: {
    'present.notes.open': 'Ghi chú người trình bày',
    'present.notes.title': 'Ghi chú người trình bày',
    'present.notes.next': 'Trang sau: {title}',
    'present.notes.last': 'Đây là trang cuối.',
    'present.notes.figures': 'Số liệu chính xác trên trang này',
    'present.notes.definitions': 'Định nghĩa',
    'present.n.area': 'Địa bàn',
    'present.n.period': 'Kỳ báo cáo',
    'present.n.comparison': 'So với',
    'present.n.asOf': 'Số liệu đến hết',
    'present.n.against': '{current} so với {prior} cùng kỳ năm trước',
    'present.n.ratio': '{value} = {numerator} / {denominator}',
    'present.n.quotient': '{value} = {numerator} / {denominator}',
    'present.n.rate': '{value} = {incidents} vụ việc / {population} dân × 10.000',
    'present.n.noResidents': 'Không có số liệu dân số: không tính được tỷ lệ',
    'present.n.priorLabel': 'Cùng kỳ năm trước:',
    'present.n.resolvedOfClosed':
      'hòa giải thành / đã kết thúc = hòa giải thành + chuyển cơ quan chức năng + không thành',
    'present.n.activeOfAll': 'tổ đang hoạt động / tổng số tổ',
    'present.n.activeCounts': '{active} tổ đang hoạt động, {inactive} tổ ngừng hoạt động',
    'present.n.membersPerGroup': '{members} thành viên, bình quân {value} người mỗi tổ đang hoạt động',
    'present.n.ofActive': 'trên tổng số tổ đang hoạt động',
    'present.n.outcomes': 'Kết quả các vụ tiếp nhận',
    'present.n.outcomeCounts':
      '{resolved} hòa giải thành, {referred} chuyển cơ quan chức năng, {unresolved} không thành, {pending} đang giải quyết',
    'present.n.priorRate': 'Tỷ lệ cùng kỳ năm trước',
    'present.n.points': 'Thay đổi của tỷ lệ',
    'present.n.pendingShare': 'Tỷ lệ vụ đang giải quyết',
    'present.n.pendingOfReceived': 'đang giải quyết / tiếp nhận',
    'present.n.target': 'Chỉ tiêu',
    'present.n.findingsPerPatrol': 'Phát hiện mỗi lượt tuần tra',
    'present.def.comparison': 'Kỳ so sánh là các tháng tương ứng của năm trước.',
    'present.def.asOf': 'Số liệu tính đến hết tháng trọn vẹn gần nhất.',
    'present.def.change':
      'Biến động vụ việc = (kỳ này − cùng kỳ) / cùng kỳ; khi cùng kỳ bằng 0 thì không có tỷ lệ phần trăm (“mới”). Giảm là chuyển biến tốt. Biến động trên cơ sở dưới 10 vụ ở cùng kỳ được ghi “số nhỏ” và không tô màu xu hướng.',
    'present.def.mediation':
      'Tỷ lệ hòa giải thành tại cơ sở = hòa giải thành / (hòa giải thành + chuyển cơ quan chức năng + không thành) trên các vụ tiếp nhận trong kỳ; không tính các vụ đang giải quyết; chưa có vụ nào kết thúc thì không có tỷ lệ.',
    'present.def.rate': 'Tỷ lệ vụ việc = số vụ việc trên 10.000 dân trong kỳ (dân số hiện tại).',
    'present.def.coverage':
      'Mức độ bao phủ = số khu dân cư có ít nhất một tổ đang hoạt động / tổng số khu dân cư.',
    'present.def.missing': 'Những tháng máy chủ dữ liệu không trả về được tính là 0.',
    'present.def.incidentTarget':
      'Đạt chỉ tiêu vụ việc khi số vụ việc giảm ít nhất bằng mức chỉ tiêu so với cùng kỳ; không đánh giá khi số liệu nhỏ.',
    'present.def.mediationTarget':
      'Đạt chỉ tiêu hòa giải khi tỷ lệ hòa giải thành không thấp hơn mức chỉ tiêu.',
    'present.def.moves':
      'Các địa bàn cấp dưới, xếp theo mức chênh lệch số vụ việc (không theo tỷ lệ phần trăm); bằng nhau thì theo tên.',
    'present.def.snapshot': 'Số liệu tổ tự quản là số liệu hiện tại: không áp dụng kỳ báo cáo.',
    'present.def.patrols':
      'Phát hiện mỗi lượt tuần tra = phát hiện qua tuần tra / lượt tuần tra; lượt tuần tra mỗi tổ = lượt tuần tra trong kỳ / số tổ đang hoạt động hiện nay.',
    'present.def.map':
      'Bản đồ: các đơn vị cấp dưới, tô màu theo năm nhóm phân vị (mỗi nhóm khoảng một phần năm số đơn vị); đơn vị gạch chéo là số nhỏ hoặc không có số liệu.',
    'present.def.ranking':
      'Hạng 1 = ít vụ việc nhất trên 10.000 dân trong kỳ; bằng nhau thì theo tên; địa bàn không có số liệu dân số xếp cuối.',
  },
  fr: {
    'present.notes.open': 'Notes de l’orateur',
    'present.notes.title': 'Notes de l’orateur',
    'present.notes.next': 'Ensuite\u202f: {title}',
    'present.notes.last': 'C’est la dernière diapositive.',
    'present.notes.figures': 'Chiffres exacts de cette diapositive',
    'present.notes.definitions': 'Définitions',
    'present.n.area': 'Territoire',
    'present.n.period': 'Période',
    'present.n.comparison': 'Comparée à',
    'present.n.asOf': 'Données jusqu’à la fin de',
    'present.n.against': '{current} contre {prior} un an plus tôt',
    'present.n.ratio': '{value} = {numerator} / {denominator}',
    'present.n.quotient': '{value} = {numerator} / {denominator}',
    'present.n.rate': '{value} = {incidents} incidents / {population} habitants × 10 000',
    'present.n.noResidents': 'Aucun habitant recensé\u202f: pas de taux',
    'present.n.priorLabel': 'Un an plus tôt\u202f:',
    'present.n.resolvedOfClosed': 'résolues / closes = résolues + transmises + non résolues',
    'present.n.activeOfAll': 'groupes actifs / tous les groupes',
    'present.n.activeCounts': '{active} actifs, {inactive} inactifs',
    'present.n.membersPerGroup': '{members} membres, {value} par groupe actif',
    'present.n.ofActive': 'de tous les groupes actifs',
    'present.n.outcomes': 'Issue des affaires reçues',
    'present.n.outcomeCounts':
      '{resolved} résolues, {referred} transmises, {unresolved} non résolues, {pending} en cours',
    'present.n.priorRate': 'Taux un an plus tôt',
    'present.n.points': 'Évolution du taux',
    'present.n.pendingShare': 'Part encore en cours',
    'present.n.pendingOfReceived': 'en cours / reçues',
    'present.n.target': 'Objectif',
    'present.n.findingsPerPatrol': 'Constats par patrouille',
    'present.def.comparison': 'La période de comparaison est celle des mêmes mois un an plus tôt.',
    'present.def.asOf': 'Les données vont jusqu’à la fin du dernier mois complet.',
    'present.def.change':
      'Évolution des incidents = (actuel − précédent) / précédent\u202f; si précédent = 0, pas de pourcentage (« nouveau »). Une baisse est une bonne nouvelle. Une évolution sur moins de 10 dans la période précédente est marquée « petits nombres » et n’est pas colorée comme une tendance.',
    'present.def.mediation':
      'Taux de résolution par la médiation locale = résolues / (résolues + transmises + non résolues) parmi les affaires reçues dans la période\u202f; les affaires en cours sont exclues\u202f; sans affaire close, pas de taux.',
    'present.def.rate':
      'Taux d’incidents = incidents pour 10 000 habitants sur la période (population actuelle).',
    'present.def.coverage':
      'Couverture = zones résidentielles avec au moins un groupe actif / toutes les zones résidentielles.',
    'present.def.missing': 'Les mois que le serveur de données omet comptent pour 0.',
    'present.def.incidentTarget':
      'L’objectif d’incidents est atteint quand les incidents ont baissé d’au moins la part visée par rapport à l’année précédente\u202f; il n’est pas évalué sur de petits nombres.',
    'present.def.mediationTarget':
      'L’objectif de médiation est atteint quand le taux de résolution est au moins égal à l’objectif.',
    'present.def.moves':
      'Territoires du niveau inférieur, classés selon l’écart en nombre d’incidents (non en pourcentage)\u202f; à égalité, par nom.',
    'present.def.snapshot': 'Les groupes sont un instantané actuel\u202f: la période ne s’y applique pas.',
    'present.def.patrols':
      'Constats par patrouille = constats / patrouilles\u202f; patrouilles par groupe = patrouilles de la période / groupes actifs aujourd’hui.',
    'present.def.map':
      'La carte : les unités du niveau inférieur, colorées en cinq classes par quantiles (chacune environ un cinquième des unités) ; les unités hachurées reposent sur de petits effectifs ou n’ont pas de données.',
    'present.def.ranking':
      'Rang 1 = le moins d’incidents pour 10 000 habitants sur la période\u202f; à égalité, par nom\u202f; territoires sans habitants en dernier.',
  },
});

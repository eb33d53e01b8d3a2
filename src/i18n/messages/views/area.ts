import { defineMessages } from '../define';

/** Messages of the area part; keys are prefixed "area." (this view's own under "area.detail."). */
export const areaMessages = defineMessages({
  en: {
    'area.detail.title': 'Area detail',
    'area.detail.breadcrumbs': 'Where this area sits',
    'area.detail.activity': 'Incidents, mediation and patrols',
    'area.detail.mediationTrend': 'Local mediation resolution rate by month',
    'area.detail.patrolsTrend': 'Patrols by month',
    'area.detail.vsUsual': 'Against the usual range',
    'area.detail.resolvedOfClosed': 'Resolved / closed',
    'area.detail.targetNote':
      'Target: at least {reduction} fewer incidents than a year earlier, so at most {max} this period (now {current}).',
    'area.detail.targetNoBase':
      'Target: at least {reduction} fewer incidents than a year earlier; too few incidents a year earlier to judge.',
  },
  vi: {
    'area.detail.title': 'Chi tiết địa bàn',
    'area.detail.breadcrumbs': 'Vị trí của địa bàn',
    'area.detail.activity': 'Vụ việc, hòa giải và tuần tra',
    'area.detail.mediationTrend': 'Tỷ lệ hòa giải thành theo tháng',
    'area.detail.patrolsTrend': 'Lượt tuần tra theo tháng',
    'area.detail.vsUsual': 'So với mức thông thường',
    'area.detail.resolvedOfClosed': 'Hòa giải thành / đã kết thúc',
    'area.detail.targetNote':
      'Chỉ tiêu: giảm ít nhất {reduction} số vụ việc so với cùng kỳ năm trước, tức là tối đa {max} vụ trong kỳ này (hiện có {current}).',
    'area.detail.targetNoBase':
      'Chỉ tiêu: giảm ít nhất {reduction} số vụ việc so với cùng kỳ năm trước; cùng kỳ có quá ít vụ việc để đánh giá.',
  },
  fr: {
    'area.detail.title': 'Détail de l’unité',
    'area.detail.breadcrumbs': 'Situation de l’unité',
    'area.detail.activity': 'Incidents, médiation et patrouilles',
    'area.detail.mediationTrend': 'Taux de médiation réussie par mois',
    'area.detail.patrolsTrend': 'Patrouilles par mois',
    'area.detail.vsUsual': 'Par rapport à la fourchette habituelle',
    'area.detail.resolvedOfClosed': 'Réglées / closes',
    'area.detail.targetNote':
      'Objectif\u202f: au moins {reduction} d’incidents en moins qu’un an plus tôt, soit au plus {max} sur la période (actuellement {current}).',
    'area.detail.targetNoBase':
      'Objectif\u202f: au moins {reduction} d’incidents en moins qu’un an plus tôt\u202f; trop peu d’incidents un an plus tôt pour juger.',
  },
});

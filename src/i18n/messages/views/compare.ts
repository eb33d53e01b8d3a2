import { defineMessages } from '../define';

/** Messages of the compare part; keys are prefixed "compare.". */
export const compareMessages = defineMessages({
  en: {
    'compare.title': 'Compare areas',
    'compare.pickerLabel': 'Areas to compare',
    'compare.picked': '{count} of at most {max} areas picked',
    'compare.search': 'Find an area to add',
    'compare.add': 'Add',
    'compare.remove': 'Remove {name} from the comparison',
    'compare.full': 'Six areas at most: remove one to add another.',
    'compare.matches': '{count, plural, one {# matching area} other {# matching areas}}',
    'compare.tooFew': 'Pick at least {min} areas to compare.',
    'compare.howTo':
      'Search for an area above and add it, or tick rows in the Wards ranking and choose “Compare”. The choice stays in the link, so it can be shared.',
    'compare.tableCaption': 'Key figures side by side',
    'compare.measure': 'Figure',
    'compare.file': 'compare',
    'compare.incidentsTitle': 'Incidents by month, this period against a year earlier',
    'compare.mediationTitle': 'Local mediation resolution rate by month',
    'compare.patrolsTitle': 'Patrols by month',
    'compare.sharedScale': 'All charts of this figure share one scale, so heights compare across areas.',
    'compare.vsPrior': '{current} (a year earlier {prior})',
    'compare.mixedLevels':
      'The picked areas are of different levels: counts grow with size, so compare the rates (per 10,000 residents, shares) rather than the counts.',
  },
  vi: {
    'compare.title': 'So sánh địa bàn',
    'compare.pickerLabel': 'Các địa bàn so sánh',
    'compare.picked': 'Đã chọn {count} / tối đa {max} địa bàn',
    'compare.search': 'Tìm địa bàn để thêm',
    'compare.add': 'Thêm',
    'compare.remove': 'Bỏ {name} khỏi so sánh',
    'compare.full': 'Tối đa sáu địa bàn: hãy bỏ bớt một địa bàn để thêm địa bàn khác.',
    'compare.matches': '{count, plural, other {# địa bàn phù hợp}}',
    'compare.tooFew': 'Hãy chọn ít nhất {min} địa bàn để so sánh.',
    'compare.howTo':
      'Tìm và thêm địa bàn ở ô phía trên, hoặc đánh dấu các dòng trong bảng xếp hạng rồi bấm “So sánh”. Lựa chọn được lưu trong đường liên kết nên có thể chia sẻ.',
    'compare.tableCaption': 'Các chỉ số chính đặt cạnh nhau',
    'compare.measure': 'Chỉ số',
    'compare.file': 'so-sanh',
    'compare.incidentsTitle': 'Vụ việc theo tháng, kỳ này so với cùng kỳ năm trước',
    'compare.mediationTitle': 'Tỷ lệ hòa giải thành theo tháng',
    'compare.patrolsTitle': 'Lượt tuần tra theo tháng',
    'compare.sharedScale':
      'Các biểu đồ của cùng một chỉ số dùng chung một thang đo để so sánh độ cao giữa các địa bàn.',
    'compare.vsPrior': '{current} (cùng kỳ năm trước {prior})',
    'compare.mixedLevels':
      'Các địa bàn được chọn thuộc các cấp khác nhau: số lượng tăng theo quy mô, vì vậy nên so sánh các tỷ lệ (trên 10.000 dân, tỷ lệ phần trăm) thay vì số lượng.',
  },
  fr: {
    'compare.title': 'Comparer des unités',
    'compare.pickerLabel': 'Unités à comparer',
    'compare.picked': '{count} unités choisies sur {max} au plus',
    'compare.search': 'Trouver une unité à ajouter',
    'compare.add': 'Ajouter',
    'compare.remove': 'Retirer {name} de la comparaison',
    'compare.full': 'Six unités au plus\u202f: retirez-en une pour en ajouter une autre.',
    'compare.matches': '{count, plural, one {# unité correspondante} other {# unités correspondantes}}',
    'compare.tooFew': 'Choisissez au moins {min} unités à comparer.',
    'compare.howTo':
      'Cherchez une unité ci-dessus et ajoutez-la, ou cochez des lignes du classement puis choisissez « Comparer ». Le choix reste dans le lien, qui peut donc être partagé.',
    'compare.tableCaption': 'Chiffres clés côte à côte',
    'compare.measure': 'Indicateur',
    'compare.file': 'comparaison',
    'compare.incidentsTitle': 'Incidents par mois, période actuelle et un an plus tôt',
    'compare.mediationTitle': 'Taux de médiation réussie par mois',
    'compare.patrolsTitle': 'Patrouilles par mois',
    'compare.sharedScale':
      'Tous les graphiques de cet indicateur partagent la même échelle\u202f: les hauteurs se comparent d’une unité à l’autre.',
    'compare.vsPrior': '{current} (un an plus tôt {prior})',
    'compare.mixedLevels':
      'Les unités choisies sont de niveaux différents\u202f: les effectifs croissent avec la taille, comparez donc les taux (pour 10 000 habitants, parts) plutôt que les effectifs.',
  },
});

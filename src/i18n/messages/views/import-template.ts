import { defineMessages } from '../define';

/**
 * Messages of the import templates (src/features/import/template-files.ts): the page's template
 * panel and the workbook's instruction sheet. Keys are prefixed "import.templates.", "import.sheet."
 * and "import.format.".
 */
export const importTemplateMessages = defineMessages({
  en: {
    'import.templates.title': 'Templates',
    'import.templates.intro':
      'One workbook with a sheet per kind of data and a sheet of instructions, or one CSV file per kind. Row 1 holds the Vietnamese column names: keep it as it is.',
    'import.templates.xlsx': 'Download the XLSX template',
    'import.templates.csvTitle': 'CSV templates (UTF-8), one per kind of data',
    'import.templates.failed': 'The template could not be made: {message}',
    'import.templates.xlsxName': 'import-template',
    'import.sheet.title': 'How to fill in this workbook',
    'import.sheet.sheets':
      'Each sheet named after a kind of data (areas, groups, patrols, mediation_cases, incidents) takes rows of that kind under its row 1 of column names. Keep row 1 and the sheet names as they are, and leave the sheets you do not need empty. This sheet is not read.',
    'import.sheet.tree':
      'The areas sheet is the whole area tree (one root, then each area under its parent): fill it only to replace the tree.',
    'import.sheet.formats':
      'Dates are written YYYY-MM-DD (e.g. 2026-10-31; a date typed into Excel also works), months YYYY-MM (e.g. 2026-10), counts as whole numbers 0 or more. An enumeration takes one of the values listed below, exactly as written. Type values, never formulas: a formula is refused.',
    'import.sheet.allOrNothing':
      'If any row is wrong nothing is imported, and the dashboard lists each problem with its sheet, row and column.',
    'import.sheet.csv':
      'Instead of this workbook: one CSV file per kind, saved as “CSV UTF-8”, named after its kind (e.g. patrols-2026-10.csv), with the same row 1.',
    'import.sheet.limits': 'Limits of one import: {limits}.',
    'import.sheet.col.kind': 'Kind of data',
    'import.sheet.col.sheet': 'Sheet or CSV file',
    'import.sheet.col.column': 'Column',
    'import.sheet.col.header': 'Vietnamese header (row 1)',
    'import.sheet.col.required': 'Required',
    'import.sheet.col.format': 'Format',
    'import.sheet.required': 'required',
    'import.sheet.optional': 'optional',
    'import.format.id': 'Identifier (text), unique for its kind',
    'import.format.wardId': 'Code of a ward of the area tree',
    'import.format.groupId': 'Code of a group of the same ward',
    'import.format.parentId': 'Code of the area above it; empty for the root',
    'import.format.date': 'Date YYYY-MM-DD',
    'import.format.closedOn': 'Date YYYY-MM-DD; empty for a pending case',
    'import.format.month': 'Month YYYY-MM',
    'import.format.count': 'Whole number, 0 or more',
    'import.format.wardCount': 'Whole number, 0 or more, for a ward; empty above wards (computed)',
    'import.format.formerNames':
      'The units this one was merged from, separated by “;” (the 2025 reform); empty if it was not merged',
    'import.format.minutes': 'Whole number of minutes, at least 1',
    'import.format.text': 'Text',
    'import.format.oneOf': 'One of: {values}',
  },
  vi: {
    'import.templates.title': 'Tệp mẫu',
    'import.templates.intro':
      'Một sổ tính gồm mỗi loại số liệu một trang và một trang hướng dẫn, hoặc mỗi loại số liệu một tệp CSV. Dòng 1 là tên cột tiếng Việt: hãy giữ nguyên.',
    'import.templates.xlsx': 'Tải mẫu XLSX',
    'import.templates.csvTitle': 'Mẫu CSV (UTF-8), mỗi loại số liệu một tệp',
    'import.templates.failed': 'Không tạo được tệp mẫu: {message}',
    'import.templates.xlsxName': 'mau-nhap-so-lieu',
    'import.sheet.title': 'Hướng dẫn điền sổ tính này',
    'import.sheet.sheets':
      'Mỗi trang mang tên một loại số liệu (areas, groups, patrols, mediation_cases, incidents) chứa các dòng của loại đó, bên dưới dòng 1 là tên cột. Giữ nguyên dòng 1 và tên các trang; để trống các trang không dùng đến. Trang này không được đọc khi nhập.',
    'import.sheet.tree':
      'Trang areas là toàn bộ danh mục địa bàn (một địa bàn gốc, mỗi địa bàn dưới cấp trên của nó): chỉ điền khi thay toàn bộ danh mục.',
    'import.sheet.formats':
      'Ngày ghi dạng YYYY-MM-DD (ví dụ 2026-10-31; ngày nhập kiểu ngày trong Excel cũng được), tháng dạng YYYY-MM (ví dụ 2026-10), số lượng là số nguyên từ 0 trở lên. Cột liệt kê nhận một trong các giá trị ghi bên dưới, viết đúng như vậy. Hãy nhập giá trị, không dùng công thức: ô có công thức sẽ bị từ chối.',
    'import.sheet.allOrNothing':
      'Chỉ cần một dòng sai thì không có dữ liệu nào được nhập; bảng điều hành liệt kê từng lỗi kèm trang, dòng và cột.',
    'import.sheet.csv':
      'Thay cho sổ tính này: mỗi loại số liệu một tệp CSV, lưu dạng “CSV UTF-8”, đặt tên theo loại số liệu (ví dụ patrols-2026-10.csv), với cùng dòng 1.',
    'import.sheet.limits': 'Giới hạn của một lần nhập: {limits}.',
    'import.sheet.col.kind': 'Loại số liệu',
    'import.sheet.col.sheet': 'Trang tính hoặc tệp CSV',
    'import.sheet.col.column': 'Cột',
    'import.sheet.col.header': 'Tiêu đề tiếng Việt (dòng 1)',
    'import.sheet.col.required': 'Bắt buộc',
    'import.sheet.col.format': 'Định dạng',
    'import.sheet.required': 'bắt buộc',
    'import.sheet.optional': 'không bắt buộc',
    'import.format.id': 'Mã (chữ), không trùng trong cùng loại',
    'import.format.wardId': 'Mã của một phường, xã trong danh mục địa bàn',
    'import.format.groupId': 'Mã của một tổ thuộc cùng phường, xã',
    'import.format.parentId': 'Mã địa bàn cấp trên; để trống với địa bàn gốc',
    'import.format.date': 'Ngày YYYY-MM-DD',
    'import.format.closedOn': 'Ngày YYYY-MM-DD; để trống nếu vụ việc đang giải quyết',
    'import.format.month': 'Tháng YYYY-MM',
    'import.format.count': 'Số nguyên, từ 0 trở lên',
    'import.format.wardCount': 'Số nguyên từ 0 trở lên, với phường, xã; để trống với cấp trên (tự tính)',
    'import.format.formerNames':
      'Các đơn vị được sắp xếp thành đơn vị này, cách nhau bởi dấu “;” (sắp xếp năm 2025); để trống nếu không sắp xếp',
    'import.format.minutes': 'Số phút (số nguyên), ít nhất 1',
    'import.format.text': 'Chữ',
    'import.format.oneOf': 'Một trong các giá trị: {values}',
  },
  fr: {
    'import.templates.title': 'Modèles',
    'import.templates.intro':
      'Un classeur avec une feuille par type de données et une feuille d’instructions, ou un fichier CSV par type. La ligne 1 porte les noms de colonnes en vietnamien\u202f: gardez-la telle quelle.',
    'import.templates.xlsx': 'Télécharger le modèle XLSX',
    'import.templates.csvTitle': 'Modèles CSV (UTF-8), un par type de données',
    'import.templates.failed': 'Le modèle n’a pas pu être créé\u202f: {message}',
    'import.templates.xlsxName': 'modele-import',
    'import.sheet.title': 'Comment remplir ce classeur',
    'import.sheet.sheets':
      'Chaque feuille portant le nom d’un type de données (areas, groups, patrols, mediation_cases, incidents) reçoit les lignes de ce type sous sa ligne 1 de noms de colonnes. Gardez la ligne 1 et les noms des feuilles tels quels, et laissez vides les feuilles inutiles. Cette feuille n’est pas lue.',
    'import.sheet.tree':
      'La feuille areas est toute l’arborescence des territoires (une racine, puis chaque territoire sous son parent)\u202f: ne la remplissez que pour remplacer l’arborescence.',
    'import.sheet.formats':
      'Les dates s’écrivent AAAA-MM-JJ (par ex. 2026-10-31\u202f; une date saisie dans Excel convient aussi), les mois AAAA-MM (par ex. 2026-10), les nombres en entiers de 0 ou plus. Une énumération prend l’une des valeurs listées ci-dessous, telle qu’écrite. Saisissez des valeurs, jamais de formules\u202f: une formule est refusée.',
    'import.sheet.allOrNothing':
      'Si une seule ligne est fausse, rien n’est importé, et le tableau de bord liste chaque problème avec sa feuille, sa ligne et sa colonne.',
    'import.sheet.csv':
      'À la place de ce classeur\u202f: un fichier CSV par type, enregistré en « CSV UTF-8 », nommé d’après son type (par ex. patrols-2026-10.csv), avec la même ligne 1.',
    'import.sheet.limits': 'Limites d’un import\u202f: {limits}.',
    'import.sheet.col.kind': 'Type de données',
    'import.sheet.col.sheet': 'Feuille ou fichier CSV',
    'import.sheet.col.column': 'Colonne',
    'import.sheet.col.header': 'En-tête vietnamien (ligne 1)',
    'import.sheet.col.required': 'Obligatoire',
    'import.sheet.col.format': 'Format',
    'import.sheet.required': 'obligatoire',
    'import.sheet.optional': 'facultatif',
    'import.format.id': 'Identifiant (texte), unique pour son type',
    'import.format.wardId': 'Identifiant d’un quartier de l’arborescence',
    'import.format.groupId': 'Identifiant d’un groupe du même quartier',
    'import.format.parentId': 'Identifiant du territoire au-dessus\u202f; vide pour la racine',
    'import.format.date': 'Date AAAA-MM-JJ',
    'import.format.closedOn': 'Date AAAA-MM-JJ\u202f; vide pour une affaire en cours',
    'import.format.month': 'Mois AAAA-MM',
    'import.format.count': 'Nombre entier, 0 ou plus',
    'import.format.wardCount':
      'Nombre entier, 0 ou plus, pour un quartier\u202f; vide au-dessus des quartiers (calculé)',
    'import.format.formerNames':
      'Les unités fusionnées pour former celle-ci, séparées par « ; » (réforme de 2025) ; vide si elle n’a pas été fusionnée',
    'import.format.minutes': 'Nombre entier de minutes, au moins 1',
    'import.format.text': 'Texte',
    'import.format.oneOf': 'L’une des valeurs\u202f: {values}',
  },
});

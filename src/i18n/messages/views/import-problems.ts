import type { ImportProblemCode } from '../../../api/import-problems';
import { defineMessages } from '../define';

type ProblemMessages = Record<`importProblem.${ImportProblemCode}`, string>;

/**
 * Why an import row or file was refused, one message per code of src/api/import-problems.ts, with
 * the same `{param}` placeholders as its English reason (src/features/import/problem-text.test.ts
 * checks both). Column names and enumeration values stay as the files write them.
 */
export const importProblemMessages = defineMessages({
  en: {
    'importProblem.noFiles': 'No file to import: choose one or more files.',
    'importProblem.tooManyFiles': 'At most {max} files per import.',
    'importProblem.tooManyRowsImport': '{rows} rows: at most {max} per import.',
    'importProblem.noPublishedMonth':
      'No monthly reports and no published month yet: give the last published month (“Publish figures through”).',
    'importProblem.fileTooBig': '{bytes} bytes: at most {maxMiB} MiB per file.',
    'importProblem.notZip': 'Not an XLSX file (an .xlsx file is a zip archive).',
    'importProblem.unknownFileType': 'Unknown file type: save it as .xlsx or as “CSV UTF-8”.',
    'importProblem.utf16': 'The file is in UTF-16 (“Unicode text”): save it as “CSV UTF-8”.',
    'importProblem.notUtf8':
      'The file is not UTF-8 (perhaps Windows-1258 or another legacy encoding): save it as “CSV UTF-8”.',
    'importProblem.unreadableCsv': 'Not a readable CSV file: {detail}',
    'importProblem.emptyFile': 'The file is empty: its first row must hold the column names.',
    'importProblem.tooManyRowsFile': '{rows} rows: at most {max} per file.',
    'importProblem.unreadableXlsx': 'Not a readable XLSX file: {detail}',
    'importProblem.unzipsTooBig': 'Not a readable XLSX file: it unzips to more than {maxMiB} MiB.',
    'importProblem.noSheets': 'Not an XLSX workbook: it has no sheets (is it an .xls or .ods file?).',
    'importProblem.unknownSheet':
      'Unknown sheet “{sheet}”: a data sheet is named areas, groups, patrols, mediation_cases or incidents.',
    'importProblem.missingSheetPart': 'The sheet’s part {path} is missing from the file.',
    'importProblem.noHeaderRow': 'The first row must hold the column names.',
    'importProblem.tooManyRowsSheet': '{rows} rows: at most {max} per sheet.',
    'importProblem.unknownColumn': 'Unknown column “{header}” for {kind}: expected {expected}.',
    'importProblem.duplicateColumn': 'Column {column} is given twice.',
    'importProblem.missingColumn': 'Missing column {column} (“{header}”) for {kind}.',
    'importProblem.strayValue': 'A value in column {index}, which has no header.',
    'importProblem.formula': 'A formula (={formula}): type the value itself, formulas are not evaluated.',
    'importProblem.errorCell': 'An error cell ({value}).',
    'importProblem.cellTooLong': '{length} characters: at most {max}.',
    'importProblem.required': 'Required: the cell is empty.',
    'importProblem.controlCharacters': 'Contains control characters.',
    'importProblem.notOneOf': 'Expected one of {values}.',
    'importProblem.negativeCount': 'A negative count: counts are 0 or more.',
    'importProblem.notWholeNumber': 'Not a whole number.',
    'importProblem.tooLarge': 'More than {max}.',
    'importProblem.notMonth': 'Expected a month YYYY-MM, e.g. 2026-10.',
    'importProblem.futureMonth': 'A month in the future.',
    'importProblem.notDate': 'Expected a date YYYY-MM-DD, e.g. 2026-10-31.',
    'importProblem.noSuchMonth': 'Expected a date YYYY-MM-DD: there is no such month.',
    'importProblem.dayOutsideMonth': 'A date outside its month: {month} has {days} days.',
    'importProblem.futureDate': 'A date in the future.',
    'importProblem.zeroDuration': 'A patrol lasts at least a minute.',
    'importProblem.closedBeforeReceived': 'Closed before it was received ({receivedOn}).',
    'importProblem.pendingClosed': 'A pending case has no closing date.',
    'importProblem.closingDateMissing': 'A {outcome} case needs its closing date.',
    'importProblem.duplicateAreaId': 'Duplicate area code: also in {firstFile}, row {firstRow}.',
    'importProblem.duplicateGroupId': 'Duplicate group code: also in {firstFile}, row {firstRow}.',
    'importProblem.duplicatePatrolId': 'Duplicate patrol code: also in {firstFile}, row {firstRow}.',
    'importProblem.duplicateCaseId': 'Duplicate case code: also in {firstFile}, row {firstRow}.',
    'importProblem.duplicateReport':
      'Duplicate monthly report (same ward_id and month): also in {firstFile}, row {firstRow}.',
    'importProblem.unknownWard': 'Unknown ward code: no ward of the area tree has this code.',
    'importProblem.unknownWardNoTree':
      'Unknown ward code: the database holds no area tree yet, import an areas file first.',
    'importProblem.outsideArea': 'Outside your area ({area}): not imported.',
    'importProblem.unknownGroup': 'Unknown group code: neither in this import nor in the database.',
    'importProblem.groupInOtherWard':
      'A group of another ward: {groupId} belongs to {groupWard}, not {wardId}.',
    'importProblem.groupMovedWithRecords':
      'The group moves to {wardId}, but the database holds {count} of its patrols or mediation cases in {oldWard}: import them with the new ward too.',
    'importProblem.treeForWholeDataOnly':
      'The area tree is imported for the whole data set only, not from an account for {area}.',
    'importProblem.unknownParent': 'Unknown area code: no row of the areas file has the code {parentId}.',
    'importProblem.levelUnderLevel': 'A {level} cannot be under the {parentLevel} {parentId}.',
    'importProblem.requiredForWard': 'Required for a ward.',
    'importProblem.rootCount': 'The tree needs exactly one root (an area without parent_id); found {count}.',
    'importProblem.parentCycle': 'Not under the root: its parents form a cycle.',
    'importProblem.totalGiven': 'Leave it empty: the total of its wards is {total}.',
    'importProblem.wardMissingHasRecords':
      'The ward is missing from the areas file but the database holds {count} {kind} of it.',
    'importProblem.reportsOfMissingWards':
      '{count} monthly reports of wards missing from the areas file are in the database.',
  } satisfies ProblemMessages,
  vi: {
    'importProblem.noFiles': 'Chưa có tệp nào để nhập: hãy chọn một hoặc nhiều tệp.',
    'importProblem.tooManyFiles': 'Mỗi lần nhập tối đa {max} tệp.',
    'importProblem.tooManyRowsImport': '{rows} dòng: mỗi lần nhập tối đa {max} dòng.',
    'importProblem.noPublishedMonth':
      'Chưa có báo cáo tháng nào và chưa có tháng công bố: hãy nhập tháng công bố cuối cùng (ô “Công bố số liệu đến tháng”).',
    'importProblem.fileTooBig': '{bytes} byte: mỗi tệp tối đa {maxMiB} MiB.',
    'importProblem.notZip': 'Không phải tệp XLSX (tệp .xlsx là một tệp nén zip).',
    'importProblem.unknownFileType': 'Không nhận ra loại tệp: hãy lưu thành .xlsx hoặc “CSV UTF-8”.',
    'importProblem.utf16': 'Tệp được lưu dạng UTF-16 (“Unicode Text”): hãy lưu lại thành “CSV UTF-8”.',
    'importProblem.notUtf8':
      'Tệp không dùng bảng mã UTF-8 (có thể là Windows-1258 hoặc bảng mã cũ khác): hãy lưu lại thành “CSV UTF-8”.',
    'importProblem.unreadableCsv': 'Không đọc được tệp CSV: {detail}',
    'importProblem.emptyFile': 'Tệp trống: dòng đầu tiên phải là tên các cột.',
    'importProblem.tooManyRowsFile': '{rows} dòng: mỗi tệp tối đa {max} dòng.',
    'importProblem.unreadableXlsx': 'Không đọc được tệp XLSX: {detail}',
    'importProblem.unzipsTooBig': 'Không đọc được tệp XLSX: khi giải nén lớn hơn {maxMiB} MiB.',
    'importProblem.noSheets':
      'Không phải sổ tính XLSX: tệp không có trang tính nào (có phải tệp .xls hoặc .ods không?).',
    'importProblem.unknownSheet':
      'Trang tính “{sheet}” không hợp lệ: trang số liệu phải mang tên areas, groups, patrols, mediation_cases hoặc incidents.',
    'importProblem.missingSheetPart': 'Tệp thiếu phần {path} của trang tính.',
    'importProblem.noHeaderRow': 'Dòng đầu tiên phải là tên các cột.',
    'importProblem.tooManyRowsSheet': '{rows} dòng: mỗi trang tính tối đa {max} dòng.',
    'importProblem.unknownColumn': 'Cột “{header}” không có trong mẫu {kind}: các cột đúng là {expected}.',
    'importProblem.duplicateColumn': 'Cột {column} xuất hiện hai lần.',
    'importProblem.missingColumn': 'Thiếu cột {column} (“{header}”) của mẫu {kind}.',
    'importProblem.strayValue': 'Có giá trị ở cột thứ {index}, nhưng cột này không có tiêu đề.',
    'importProblem.formula':
      'Ô chứa công thức (={formula}): hãy nhập trực tiếp giá trị, công thức không được tính.',
    'importProblem.errorCell': 'Ô bị lỗi ({value}).',
    'importProblem.cellTooLong': '{length} ký tự: tối đa {max} ký tự.',
    'importProblem.required': 'Bắt buộc: ô đang để trống.',
    'importProblem.controlCharacters': 'Có ký tự điều khiển (ký tự ẩn).',
    'importProblem.notOneOf': 'Phải là một trong các giá trị {values}.',
    'importProblem.negativeCount': 'Số âm: số lượng phải từ 0 trở lên.',
    'importProblem.notWholeNumber': 'Không phải số nguyên.',
    'importProblem.tooLarge': 'Lớn hơn {max}.',
    'importProblem.notMonth': 'Phải là tháng dạng YYYY-MM, ví dụ 2026-10.',
    'importProblem.futureMonth': 'Tháng trong tương lai.',
    'importProblem.notDate': 'Phải là ngày dạng YYYY-MM-DD, ví dụ 2026-10-31.',
    'importProblem.noSuchMonth': 'Phải là ngày dạng YYYY-MM-DD: không có tháng này.',
    'importProblem.dayOutsideMonth': 'Ngày không có trong tháng: tháng {month} chỉ có {days} ngày.',
    'importProblem.futureDate': 'Ngày trong tương lai.',
    'importProblem.zeroDuration': 'Một ca tuần tra phải kéo dài ít nhất một phút.',
    'importProblem.closedBeforeReceived': 'Ngày kết thúc sớm hơn ngày tiếp nhận ({receivedOn}).',
    'importProblem.pendingClosed': 'Vụ việc đang giải quyết (pending) không có ngày kết thúc.',
    'importProblem.closingDateMissing': 'Vụ việc có kết quả {outcome} phải có ngày kết thúc.',
    'importProblem.duplicateAreaId': 'Trùng mã địa bàn: đã có ở {firstFile}, dòng {firstRow}.',
    'importProblem.duplicateGroupId': 'Trùng mã tổ: đã có ở {firstFile}, dòng {firstRow}.',
    'importProblem.duplicatePatrolId': 'Trùng mã ca tuần tra: đã có ở {firstFile}, dòng {firstRow}.',
    'importProblem.duplicateCaseId': 'Trùng mã vụ việc: đã có ở {firstFile}, dòng {firstRow}.',
    'importProblem.duplicateReport':
      'Trùng báo cáo tháng (cùng ward_id và month): đã có ở {firstFile}, dòng {firstRow}.',
    'importProblem.unknownWard':
      'Mã phường/xã không tồn tại: không có phường, xã nào trong danh mục địa bàn mang mã này.',
    'importProblem.unknownWardNoTree':
      'Mã phường/xã không tồn tại: cơ sở dữ liệu chưa có danh mục địa bàn, hãy nhập tệp areas trước.',
    'importProblem.outsideArea': 'Ngoài địa bàn của bạn ({area}): không được nhập.',
    'importProblem.unknownGroup': 'Mã tổ không tồn tại: không có trong lần nhập này lẫn trong cơ sở dữ liệu.',
    'importProblem.groupInOtherWard':
      'Tổ thuộc phường/xã khác: {groupId} thuộc {groupWard}, không phải {wardId}.',
    'importProblem.groupMovedWithRecords':
      'Tổ chuyển sang {wardId}, nhưng cơ sở dữ liệu còn {count} ca tuần tra hoặc vụ việc hòa giải của tổ ở {oldWard}: hãy nhập cả các bản ghi đó với phường, xã mới.',
    'importProblem.treeForWholeDataOnly':
      'Danh mục địa bàn chỉ được nhập cho toàn bộ dữ liệu, không nhập từ tài khoản của {area}.',
    'importProblem.unknownParent': 'Mã địa bàn không tồn tại: không dòng nào của tệp areas có mã {parentId}.',
    'importProblem.levelUnderLevel': 'Cấp {level} không thể trực thuộc cấp {parentLevel} {parentId}.',
    'importProblem.requiredForWard': 'Bắt buộc đối với phường, xã.',
    'importProblem.rootCount': 'Danh mục phải có đúng một địa bàn gốc (không có parent_id); hiện có {count}.',
    'importProblem.parentCycle': 'Không thuộc địa bàn gốc: các cấp trên của nó tạo thành vòng lặp.',
    'importProblem.totalGiven': 'Để trống ô này: tổng của các phường, xã trực thuộc là {total}.',
    'importProblem.wardMissingHasRecords':
      'Phường/xã không có trong tệp areas nhưng cơ sở dữ liệu còn {count} bản ghi {kind} của nó.',
    'importProblem.reportsOfMissingWards':
      'Cơ sở dữ liệu còn {count} báo cáo tháng của các phường, xã không có trong tệp areas.',
  },
  fr: {
    'importProblem.noFiles': 'Aucun fichier à importer\u202f: choisissez un ou plusieurs fichiers.',
    'importProblem.tooManyFiles': 'Au plus {max} fichiers par import.',
    'importProblem.tooManyRowsImport': '{rows} lignes\u202f: au plus {max} par import.',
    'importProblem.noPublishedMonth':
      'Aucun rapport mensuel ni mois publié\u202f: indiquez le dernier mois publié (« Publier les chiffres jusqu’au mois »).',
    'importProblem.fileTooBig': '{bytes} octets\u202f: au plus {maxMiB} Mio par fichier.',
    'importProblem.notZip': 'Pas un fichier XLSX (un fichier .xlsx est une archive zip).',
    'importProblem.unknownFileType':
      'Type de fichier inconnu\u202f: enregistrez-le en .xlsx ou en « CSV UTF-8 ».',
    'importProblem.utf16':
      'Le fichier est en UTF-16 (« Texte Unicode »)\u202f: enregistrez-le en « CSV UTF-8 ».',
    'importProblem.notUtf8':
      'Le fichier n’est pas en UTF-8 (peut-être en Windows-1258 ou un autre ancien codage)\u202f: enregistrez-le en « CSV UTF-8 ».',
    'importProblem.unreadableCsv': 'Fichier CSV illisible\u202f: {detail}',
    'importProblem.emptyFile':
      'Le fichier est vide\u202f: sa première ligne doit porter les noms des colonnes.',
    'importProblem.tooManyRowsFile': '{rows} lignes\u202f: au plus {max} par fichier.',
    'importProblem.unreadableXlsx': 'Fichier XLSX illisible\u202f: {detail}',
    'importProblem.unzipsTooBig': 'Fichier XLSX illisible\u202f: décompressé, il dépasse {maxMiB} Mio.',
    'importProblem.noSheets':
      'Pas un classeur XLSX\u202f: il n’a aucune feuille (est-ce un fichier .xls ou .ods\u202f?).',
    'importProblem.unknownSheet':
      'Feuille « {sheet} » inconnue\u202f: une feuille de données s’appelle areas, groups, patrols, mediation_cases ou incidents.',
    'importProblem.missingSheetPart': 'La partie {path} de la feuille manque dans le fichier.',
    'importProblem.noHeaderRow': 'La première ligne doit porter les noms des colonnes.',
    'importProblem.tooManyRowsSheet': '{rows} lignes\u202f: au plus {max} par feuille.',
    'importProblem.unknownColumn':
      'Colonne « {header} » inconnue pour {kind}\u202f: colonnes attendues {expected}.',
    'importProblem.duplicateColumn': 'La colonne {column} figure deux fois.',
    'importProblem.missingColumn': 'Colonne {column} (« {header} ») manquante pour {kind}.',
    'importProblem.strayValue': 'Une valeur dans la colonne {index}, qui n’a pas d’en-tête.',
    'importProblem.formula':
      'Une formule (={formula})\u202f: saisissez la valeur elle-même, les formules ne sont pas calculées.',
    'importProblem.errorCell': 'Une cellule en erreur ({value}).',
    'importProblem.cellTooLong': '{length} caractères\u202f: au plus {max}.',
    'importProblem.required': 'Obligatoire\u202f: la cellule est vide.',
    'importProblem.controlCharacters': 'Contient des caractères de contrôle.',
    'importProblem.notOneOf': 'Valeur attendue parmi {values}.',
    'importProblem.negativeCount': 'Un nombre négatif\u202f: les nombres sont 0 ou plus.',
    'importProblem.notWholeNumber': 'Pas un nombre entier.',
    'importProblem.tooLarge': 'Supérieur à {max}.',
    'importProblem.notMonth': 'Mois attendu au format AAAA-MM, par ex. 2026-10.',
    'importProblem.futureMonth': 'Un mois à venir.',
    'importProblem.notDate': 'Date attendue au format AAAA-MM-JJ, par ex. 2026-10-31.',
    'importProblem.noSuchMonth': 'Date attendue au format AAAA-MM-JJ\u202f: ce mois n’existe pas.',
    'importProblem.dayOutsideMonth': 'Une date hors de son mois\u202f: {month} compte {days} jours.',
    'importProblem.futureDate': 'Une date à venir.',
    'importProblem.zeroDuration': 'Une patrouille dure au moins une minute.',
    'importProblem.closedBeforeReceived': 'Close avant d’avoir été reçue ({receivedOn}).',
    'importProblem.pendingClosed': 'Une affaire en cours (pending) n’a pas de date de clôture.',
    'importProblem.closingDateMissing': 'Une affaire au résultat {outcome} doit avoir sa date de clôture.',
    'importProblem.duplicateAreaId':
      'Identifiant de territoire en double\u202f: aussi dans {firstFile}, ligne {firstRow}.',
    'importProblem.duplicateGroupId':
      'Identifiant de groupe en double\u202f: aussi dans {firstFile}, ligne {firstRow}.',
    'importProblem.duplicatePatrolId':
      'Identifiant de patrouille en double\u202f: aussi dans {firstFile}, ligne {firstRow}.',
    'importProblem.duplicateCaseId':
      'Identifiant d’affaire en double\u202f: aussi dans {firstFile}, ligne {firstRow}.',
    'importProblem.duplicateReport':
      'Rapport mensuel en double (mêmes ward_id et month)\u202f: aussi dans {firstFile}, ligne {firstRow}.',
    'importProblem.unknownWard':
      'Identifiant de quartier inconnu\u202f: aucun quartier de l’arborescence ne porte cet identifiant.',
    'importProblem.unknownWardNoTree':
      'Identifiant de quartier inconnu\u202f: la base n’a pas encore d’arborescence des territoires, importez d’abord un fichier areas.',
    'importProblem.outsideArea': 'Hors de votre territoire ({area})\u202f: non importé.',
    'importProblem.unknownGroup': 'Identifiant de groupe inconnu\u202f: ni dans cet import ni dans la base.',
    'importProblem.groupInOtherWard':
      'Un groupe d’un autre quartier\u202f: {groupId} appartient à {groupWard}, pas à {wardId}.',
    'importProblem.groupMovedWithRecords':
      'Le groupe passe à {wardId}, mais la base contient {count} de ses patrouilles ou affaires de médiation dans {oldWard}\u202f: importez-les aussi avec le nouveau quartier.',
    'importProblem.treeForWholeDataOnly':
      'L’arborescence des territoires ne s’importe que pour l’ensemble des données, pas depuis un compte limité à {area}.',
    'importProblem.unknownParent':
      'Identifiant de territoire inconnu\u202f: aucune ligne du fichier areas n’a l’identifiant {parentId}.',
    'importProblem.levelUnderLevel':
      'Un niveau {level} ne peut pas relever du niveau {parentLevel} {parentId}.',
    'importProblem.requiredForWard': 'Obligatoire pour un quartier.',
    'importProblem.rootCount':
      'L’arborescence doit avoir exactement une racine (un territoire sans parent_id)\u202f; trouvé\u202f: {count}.',
    'importProblem.parentCycle': 'Hors de la racine\u202f: ses parents forment une boucle.',
    'importProblem.totalGiven': 'Laissez-la vide\u202f: le total de ses quartiers est {total}.',
    'importProblem.wardMissingHasRecords':
      'Le quartier manque dans le fichier areas, mais la base contient {count} {kind} le concernant.',
    'importProblem.reportsOfMissingWards':
      '{count} rapports mensuels de quartiers absents du fichier areas sont dans la base.',
  },
});

// The five file formats of an import (issue 9, contract v1.1's POST /imports), exactly as other
// systems export them: each kind's columns in template order, with the Vietnamese headers of the
// templates, and the limits of one import. Shared by the server (which reads the files) and the
// dashboard (which writes the templates and says the limits).

export const KINDS = ['areas', 'groups', 'patrols', 'mediation_cases', 'incidents'] as const;
export type Kind = (typeof KINDS)[number];

/**
 * A column: its name (the file format), the template's Vietnamese header, whether it may be empty,
 * and older headers still read (files made from an earlier template keep importing).
 */
export interface ColumnSpec {
  readonly name: string;
  readonly vi: string;
  readonly optional?: boolean;
  readonly aliases?: readonly string[];
}

const col = (name: string, vi: string, optional = false, aliases?: readonly string[]): ColumnSpec =>
  aliases ? { name, vi, optional, aliases } : { name, vi, optional };

export const COLUMNS: Record<Kind, readonly ColumnSpec[]> = {
  areas: [
    col('id', 'Mã địa bàn'),
    col('name', 'Tên địa bàn'),
    col('level', 'Cấp'),
    col('parent_id', 'Mã địa bàn cấp trên', true),
    // Given for wards, left empty above them (computed from the wards).
    col('population', 'Dân số', true),
    col('households', 'Số hộ', true),
    col('residential_areas', 'Số khu dân cư', true),
    col('cameras', 'Số camera', true),
    // The 2025 reform: the units an area was merged from, separated by ";", and the date it took effect.
    col('former_names', 'Hình thành từ', true),
    col('merged_on', 'Ngày sắp xếp', true),
  ],
  groups: [
    col('id', 'Mã tổ'),
    col('name', 'Tên tổ'),
    col('type', 'Loại tổ'),
    col('ward_id', 'Mã phường/xã'),
    col('residential_area', 'Khu dân cư', true),
    col('established_on', 'Ngày thành lập'),
    col('members', 'Số thành viên'),
    col('leader', 'Tổ trưởng', true),
    col('status', 'Trạng thái'),
    col('recognition', 'Khen thưởng'),
  ],
  patrols: [
    col('id', 'Mã ca tuần tra'),
    col('group_id', 'Mã tổ'),
    col('ward_id', 'Mã phường/xã'),
    col('date', 'Ngày'),
    col('shift', 'Ca'),
    col('duration_minutes', 'Thời lượng (phút)'),
    col('participants', 'Số người tham gia'),
    // What a patrol found is not an incident (docs/glossary.md); the old header still reads.
    col('findings', 'Số phát hiện qua tuần tra', false, ['Số vụ việc phát hiện']),
    col('note', 'Ghi chú', true),
  ],
  mediation_cases: [
    col('id', 'Mã vụ việc'),
    col('ward_id', 'Mã phường/xã'),
    col('group_id', 'Mã tổ hòa giải'),
    col('category', 'Lĩnh vực'),
    col('received_on', 'Ngày tiếp nhận'),
    col('closed_on', 'Ngày kết thúc', true),
    col('outcome', 'Kết quả'),
  ],
  incidents: [
    col('ward_id', 'Mã phường/xã'),
    col('month', 'Tháng'),
    col('public_order', 'Trật tự công cộng'),
    col('property', 'Xâm phạm tài sản'),
    col('drugs', 'Ma túy'),
    col('social_evils', 'Tệ nạn xã hội'),
    col('fire', 'Cháy, nổ'),
    col('traffic', 'Giao thông'),
    col('other', 'Khác'),
  ],
};

/** Sheets of a template workbook that hold no data (its instructions): read past, by name. */
export const INSTRUCTION_SHEETS = ['instructions', 'huong dan'];

/**
 * Limits of one command or upload (POST /imports). A province's five years of patrols are about
 * 200,000 rows, so a sheet of a million rows leaves room for a big province without letting a
 * file exhaust the server's memory.
 */
export const LIMITS = {
  /** Bytes of one file as given (a CSV, or an XLSX before unzipping). */
  fileBytes: 64 * 1024 * 1024,
  /** Bytes of one XLSX once unzipped (every part together): bounds a zip bomb. */
  unzippedBytes: 512 * 1024 * 1024,
  /** Data rows of one CSV file or one sheet. */
  rowsPerSheet: 1_000_000,
  /** Data rows of one command, all files together. */
  rowsPerImport: 3_000_000,
  /** Files of one command. */
  files: 50,
  /**
   * Bytes of one upload (POST /imports), every file together: the server holds an upload in memory
   * while it checks it, so this, not files × fileBytes, bounds the memory one request can take.
   */
  requestBytes: 256 * 1024 * 1024,
  /** Characters of one cell. */
  cellChars: 2000,
  /** Problems kept in a report: past this one the report says how many more there were. */
  problems: 10_000,
} as const;

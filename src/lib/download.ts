// Saving files the browser builds itself (exports): `saveBlob(blob, name)` starts a download
// through a temporary object URL; `fileName(parts, ext)` makes a file name from an area name, a
// period and a view that every file system accepts, keeping Vietnamese letters readable.

/** Characters Windows, macOS or Linux refuse in a file name, plus control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f]+/g;
/** Names Windows reserves whatever the extension ("CON.csv" cannot be created). */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_BASE_LENGTH = 120;

function safePart(part: string): string {
  return part
    .normalize('NFC')
    .replace(UNSAFE, '-')
    .replace(/\s+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

/**
 * "Phường Bến Nghé", "2025-11..2026-10", "incidents" → "Phường-Bến-Nghé_2025-11..2026-10_incidents.csv".
 * Letters of any script and digits are kept; spaces and unsafe characters become "-".
 */
export function fileName(parts: readonly string[], ext: string): string {
  let base = parts
    .map(safePart)
    .filter((p) => p.length > 0)
    .join('_');
  // Cut by code points so a surrogate pair is never split.
  const chars = Array.from(base);
  if (chars.length > MAX_BASE_LENGTH)
    base = chars
      .slice(0, MAX_BASE_LENGTH)
      .join('')
      .replace(/[-._]+$/, '');
  if (base === '') base = 'export';
  if (RESERVED.test(base)) base = `_${base}`;
  const extension = ext.replace(/^\.+/, '').replace(/[^A-Za-z0-9]/g, '');
  return extension ? `${base}.${extension}` : base;
}

/** Starts the download of a Blob under a file name, without a server round trip. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoked once the click has been handled: revoking at once can cancel the download in Safari.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

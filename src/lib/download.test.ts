// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileName, saveBlob } from './download';

describe('fileName', () => {
  it('keeps Vietnamese letters and joins the parts with "_"', () => {
    expect(fileName(['Phường Bến Nghé', '2025-11', '2026-10', 'Số vụ việc theo tháng'], 'csv')).toBe(
      'Phường-Bến-Nghé_2025-11_2026-10_Số-vụ-việc-theo-tháng.csv',
    );
  });

  it('writes letters in their composed form', () => {
    const decomposed = 'Đồng Tháp'.normalize('NFD');
    expect(fileName([decomposed], 'png')).toBe('Đồng-Tháp.png'.normalize('NFC'));
  });

  it('replaces characters file systems refuse, and control characters', () => {
    expect(fileName(['a/b\\c:d*e?f"g<h>i|j', 'x\u0000y\ty'], 'svg')).toBe('a-b-c-d-e-f-g-h-i-j_x-y-y.svg');
  });

  it('trims dots and dashes at the ends and drops empty parts', () => {
    expect(fileName(['..hidden..', '', '  ', '--x--'], 'csv')).toBe('hidden_x.csv');
  });

  it('falls back to "export" and avoids names Windows reserves', () => {
    expect(fileName([], 'csv')).toBe('export.csv');
    expect(fileName(['///'], 'csv')).toBe('export.csv');
    expect(fileName(['CON'], 'txt')).toBe('_CON.txt');
    expect(fileName(['com1'], 'txt')).toBe('_com1.txt');
  });

  it('limits the length without splitting a character', () => {
    const name = fileName(['Xã '.repeat(100), '😀'.repeat(200)], 'xlsx');
    const base = name.slice(0, -'.xlsx'.length);
    expect(Array.from(base).length).toBeLessThanOrEqual(120);
    expect(base).not.toMatch(/[\ud800-\udbff]$/);
    expect(name.endsWith('.xlsx')).toBe(true);
  });

  it('cleans the extension and allows none', () => {
    expect(fileName(['a'], '.png')).toBe('a.png');
    expect(fileName(['a'], '')).toBe('a');
    expect(fileName(['a b'], '')).toBe('a-b');
  });
});

describe('saveBlob', () => {
  afterEach(() => vi.useRealTimers());

  it('clicks a temporary download link and revokes its URL afterwards', () => {
    vi.useFakeTimers();
    const create = vi.fn(() => 'blob:test/1');
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const clicked: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });

    const blob = new Blob(['x'], { type: 'text/plain' });
    saveBlob(blob, 'Tỉnh Bình An.csv');

    expect(create).toHaveBeenCalledWith(blob);
    expect(click).toHaveBeenCalledTimes(1);
    expect(clicked[0]?.download).toBe('Tỉnh Bình An.csv');
    expect(clicked[0]?.href).toBe('blob:test/1');
    expect(document.querySelector('a[download]')).toBeNull();
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:test/1');
  });
});

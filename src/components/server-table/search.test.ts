import { describe, expect, it } from 'vitest';
import {
  cleanSearch,
  pageParam,
  pageSizeParam,
  paginationFromSearch,
  sortingFromParam,
  sortingToParam,
  sortParam,
} from './search';

describe('server table URL state', () => {
  it('reads "-field" / "field" as a single descending / ascending sort and back', () => {
    expect(sortingFromParam('-receivedOn')).toEqual([{ id: 'receivedOn', desc: true }]);
    expect(sortingFromParam('name')).toEqual([{ id: 'name', desc: false }]);
    expect(sortingFromParam('-')).toEqual([]);
    expect(sortingToParam([{ id: 'members', desc: true }])).toBe('-members');
    expect(sortingToParam([])).toBeUndefined();
  });

  it('turns a 1-based page into a 0-based index with the default size', () => {
    expect(paginationFromSearch({})).toEqual({ pageIndex: 0, pageSize: 50 });
    expect(paginationFromSearch({ page: 3, pageSize: 25 })).toEqual({ pageIndex: 2, pageSize: 25 });
  });

  it('leaves defaults out of the URL', () => {
    expect(cleanSearch({ page: 1, pageSize: 50, sort: '-date' }, '-date')).toEqual({
      page: undefined,
      pageSize: undefined,
      sort: undefined,
    });
    expect(cleanSearch({ page: 2, pageSize: 100, sort: 'date' }, '-date')).toEqual({
      page: 2,
      pageSize: 100,
      sort: 'date',
    });
  });

  it('parses plain-string params and drops bad values instead of failing', () => {
    expect(pageParam.parse('4')).toBe(4);
    expect(pageParam.parse('0')).toBeUndefined();
    expect(pageParam.parse('abc')).toBeUndefined();
    expect(pageParam.parse('1.5')).toBeUndefined();
    expect(pageParam.parse(undefined)).toBeUndefined();
    expect(pageSizeParam.parse('25')).toBe(25);
    expect(pageSizeParam.parse('30')).toBeUndefined();
    const sort = sortParam(['date', 'shift']);
    expect(sort.parse('-date')).toBe('-date');
    expect(sort.parse('shift')).toBe('shift');
    expect(sort.parse('colour')).toBeUndefined();
    expect(sort.parse('--date')).toBeUndefined();
  });
});

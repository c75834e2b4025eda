import { describe, expect, it } from 'vitest';
import { pastedCells, pastedCount, placeCells, trimCell } from './grid-paste.ts';

describe('pastedCells', () => {
  it('reads a column copied from Excel: one cell per line, the last line end dropped', () => {
    expect(pastedCells('12\r\n1.234\r\n7\r\n')).toEqual([['12'], ['1.234'], ['7']]);
    expect(pastedCells('12\n13')).toEqual([['12'], ['13']]);
  });
  it('cuts rows by tab and keeps blank cells inside the block', () => {
    expect(pastedCells('1\t\t3\n4\t5\t6\n')).toEqual([
      ['1', '', '3'],
      ['4', '5', '6'],
    ]);
    expect(pastedCells('1\n\n3\n')).toEqual([['1'], [''], ['3']]);
  });
  it('keeps tabs and line breaks inside a quoted cell', () => {
    expect(pastedCells('"a\tb"\t"x\ny"\n"say ""hi"""')).toEqual([['a\tb', 'x\ny'], ['say "hi"']]);
  });
  it('reads nothing from empty text', () => {
    expect(pastedCells('')).toEqual([]);
    expect(pastedCells('\r\n')).toEqual([]);
  });
});

describe('placeCells', () => {
  const rows = ['r0', 'r1', 'r2', 'r3'];
  const cols = ['a', 'b', 'c'];
  it('puts each copied line on the next row from the focused one', () => {
    const { placed, tooManyRows } = placeCells([['1'], ['2'], ['3']], rows, 1, cols, 2);
    expect(tooManyRows).toBe(0);
    expect(placed).toEqual([
      { row: 'r1', column: 'c', text: '1' },
      { row: 'r2', column: 'c', text: '2' },
      { row: 'r3', column: 'c', text: '3' },
    ]);
  });
  it('places nothing when the block runs past the last row or column', () => {
    expect(placeCells([['1'], ['2'], ['3']], rows, 2, cols, 0)).toEqual({
      placed: [],
      tooManyRows: 1,
      tooManyColumns: 0,
    });
    expect(placeCells([['1', '2']], rows, 0, cols, 2)).toMatchObject({ placed: [], tooManyColumns: 1 });
  });
});

describe('pastedCount', () => {
  it('reads Vietnamese grouping and plain numbers', () => {
    expect(pastedCount('1.234', 'vi')).toEqual({ value: 1234 });
    expect(pastedCount(' 42 ', 'vi')).toEqual({ value: 42 });
    expect(pastedCount('1\u00a0234', 'vi')).toEqual({ value: 1234 });
    expect(pastedCount('1,234', 'en')).toEqual({ value: 1234 });
  });
  it('refuses with the reason: a decimal, a word, a blank, a negative, a too large number', () => {
    expect(pastedCount('1.234,5', 'vi')).toEqual({ refused: 'err.notInteger' });
    expect(pastedCount('12,5', 'vi')).toEqual({ refused: 'err.notInteger' });
    expect(pastedCount('abc', 'vi')).toEqual({ refused: 'err.notNumber' });
    expect(pastedCount('', 'vi')).toEqual({ refused: 'err.notNumber' });
    expect(pastedCount('-3', 'vi')).toEqual({ refused: 'err.negative' });
    expect(pastedCount('20.000.000', 'vi')).toEqual({ refused: 'err.tooLarge' });
    // "12,000" is twelve thousand to an English eye: never read as 12 in Vietnamese.
    expect(pastedCount('12,000', 'vi')).toEqual({ refused: 'err.notInteger' });
  });
});

describe('trimCell', () => {
  it('drops the spaces a spreadsheet adds around a number', () => {
    expect(trimCell('\u00a0 1.234,5 ')).toBe('1.234,5');
  });
});

import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv, toCsv } from './csv.ts';

describe('CSV', () => {
  it('detects the separator from the table, not from a title line or commas inside headers', () => {
    expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('DANH SÁCH ĐƠN VỊ\n\nMã;Tên\nA;Sở Y tế\nB;Sở Nội vụ\n')).toBe(';');
    expect(detectDelimiter('STT;Tên cơ quan, đơn vị;Ngành, lĩnh vực;Mã cơ quan, đơn vị\n1;Sở Y tế;Y tế;A\n')).toBe(';');
    expect(detectDelimiter('a\tb\n1\t2\n')).toBe('\t');
  });

  it('round-trips text a spreadsheet would run as a formula, quotes and line breaks', () => {
    const rows = [['=HYPERLINK("x")', '+1', '-', "'already", 'a "q", b\nc', 12, null]];
    const text = toCsv(rows);
    expect(text.startsWith(`"'=HYPERLINK`)).toBe(true);
    expect(parseCsv(text).rows).toEqual([['=HYPERLINK("x")', '+1', '-', "'already", 'a "q", b\nc', '12', null]]);
  });
});

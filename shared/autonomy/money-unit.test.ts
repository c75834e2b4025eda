import { describe, expect, it } from 'vitest';
import { amountIn, declaredUnit, splitHeaderUnit, toStored, unitOfWord } from './money-unit.ts';
import { readNumber } from '../import/numbers.ts';

const stored = (text: string, unit: 'dong' | 'trieu_dong') => toStored(readNumber(text, ',')!, unit);

describe('money unit', () => {
  it('stores triệu đồng and đồng in millionths of a đồng, exactly', () => {
    expect(stored('1.200,5', 'trieu_dong')).toBe(1_200_500_000_000_000n);
    expect(stored('1.200.500.000', 'dong')).toBe(1_200_500_000_000_000n);
    expect(stored('0,000001', 'trieu_dong')).toBe(1_000_000n); // one đồng
    expect(stored('0,000000000001', 'trieu_dong')).toBe(1n);
    expect(stored('0,0000001', 'dong')).toBeNull(); // below a millionth of a đồng
  });

  it('shows a stored amount in either unit without rounding', () => {
    expect(amountIn(1_200_500_000_000_000n, 'trieu_dong')).toBe('1.200,5');
    expect(amountIn(1_200_500_000_000_000n, 'dong')).toBe('1.200.500.000');
    expect(amountIn(1_500_000n, 'dong')).toBe('1,5');
    expect(amountIn(1_500_000n, 'trieu_dong')).toBe('0,0000015');
    expect(amountIn(-2_000_000_000_000n, 'trieu_dong')).toBe('-2');
  });

  it('finds the declaration of a file, of a column and of a cell', () => {
    expect(declaredUnit('Đơn vị tính: triệu đồng')).toBe('trieu_dong');
    expect(declaredUnit('ĐVT: đồng')).toBe('dong');
    expect(declaredUnit('(Đơn vị tính: Tr.đ)')).toBe('trieu_dong');
    expect(declaredUnit('Đơn vị tính: nghìn đồng')).toBe('unsupported');
    expect(declaredUnit('Tổng chi thường xuyên (B)')).toBeNull();
    expect(splitHeaderUnit('Tổng nguồn thu (A) (triệu đồng)')).toEqual({
      header: 'Tổng nguồn thu (A)',
      unit: 'trieu_dong',
    });
    expect(splitHeaderUnit('Tổng nguồn thu (A)')).toBeNull();
    expect(unitOfWord('Hợp đồng')).toBeNull();
  });
});

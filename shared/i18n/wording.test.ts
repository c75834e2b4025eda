/** Wordings an officer misread (walkthrough of 07/12/2026): pinned in both languages. */
import { describe, expect, it } from 'vitest';
import { translate } from './index.ts';

describe('wording', () => {
  it('says a finance year lacks a money unit, not an organisational one (item 20)', () => {
    expect(translate('en', 'fin.unitNone', { year: '2026' })).toBe(
      'Year 2026 has no money unit (đồng or million đồng) set yet: choose it before entering figures.',
    );
    expect(translate('vi', 'fin.unitNone', { year: '2026' })).toBe(
      'Năm 2026 chưa chọn đơn vị tính (đồng hay triệu đồng): chọn trước khi nhập số liệu.',
    );
  });
});

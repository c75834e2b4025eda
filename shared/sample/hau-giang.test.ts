import { describe, expect, it } from 'vitest';
import { generateSampleProvince, sampleMeta } from './hau-giang.ts';
import { UnitSchema } from '../model/unit.ts';
import { checkTreeIntegrity } from '../tree.ts';
import { WorkspaceMetaSchema } from '../model/workspace.ts';

const units = generateSampleProvince();
const count = (pred: (u: (typeof units)[number]) => boolean) => units.filter(pred).length;

describe('sample province (Hậu Giang 2023, illustrative)', () => {
  it('is deterministic', () => {
    expect(generateSampleProvince()).toEqual(units);
  });

  it('is a valid tree of valid units with one root, UBND tỉnh', () => {
    for (const u of units) expect(UnitSchema.parse(u)).toEqual(u);
    expect(checkTreeIntegrity(units)).toEqual([]);
    const roots = units.filter((u) => u.parentCode === null);
    expect(roots.map((r) => r.name)).toEqual(['UBND tỉnh Hậu Giang']);
    expect(WorkspaceMetaSchema.parse(sampleMeta()).isSample).toBe(true);
  });

  it('has about 20 sở/ban/ngành, the 8 named district-level units and 75 communes', () => {
    expect(count((u) => u.kind === 'department')).toBeGreaterThanOrEqual(19);
    const districts = units.filter((u) => u.level === 'district' && u.kind === 'people_committee').map((u) => u.name);
    expect(districts).toEqual([
      'UBND thành phố Vị Thanh',
      'UBND thành phố Ngã Bảy',
      'UBND thị xã Long Mỹ',
      'UBND huyện Châu Thành',
      'UBND huyện Châu Thành A',
      'UBND huyện Phụng Hiệp',
      'UBND huyện Vị Thủy',
      'UBND huyện Long Mỹ',
    ]);
    expect(count((u) => u.level === 'commune' && u.kind === 'people_committee')).toBe(75);
    expect(count((u) => u.kind === 'sub_department')).toBeGreaterThan(5);
  });

  it('has at least 250 PSUs over education, health, culture, agriculture and others', () => {
    const psus = units.filter((u) => u.kind === 'psu');
    expect(psus.length).toBeGreaterThanOrEqual(250);
    for (const s of [
      'education',
      'health',
      'culture_sports_tourism',
      'agriculture_environment',
      'labour_social',
    ] as const) {
      expect(psus.filter((u) => u.sector === s).length).toBeGreaterThan(3);
    }
  });

  it('models the one-stop centre and the industrial-zone board as what they are, and Sở Nội vụ with its Ban Tôn giáo', () => {
    const byCode = new Map(units.map((u) => [u.code, u]));
    // Trung tâm Phục vụ hành chính công: an administrative unit of Văn phòng UBND tỉnh, not a PSU.
    expect(byCode.get('HG.VPUB.TTPVHCC')).toMatchObject({
      kind: 'other',
      parentCode: 'HG.VPUB',
      publicEmployeeQuota: 0,
    });
    expect(byCode.get('HG.VPUB.TTPVHCC')!.civilServantQuota).toBeGreaterThan(0);
    // Ban Quản lý các KCN: directly under UBND tỉnh, not a sở.
    expect(byCode.get('HG.BQLKCN')).toMatchObject({ kind: 'other', parentCode: 'HG' });
    expect(units.filter((u) => u.kind === 'department').map((u) => u.name)).not.toContain(
      'Ban Quản lý các khu công nghiệp',
    );
    expect(byCode.get('HG.SNV.BTG')).toMatchObject({
      name: 'Ban Tôn giáo',
      kind: 'sub_department',
      parentCode: 'HG.SNV',
    });
    expect(byCode.get('HG.SNV.BTG')!.civilServantQuota).toBeGreaterThanOrEqual(12);
  });

  it('includes units for the rule checks to find: small PSUs, small phòng, many deputies', () => {
    expect(count((u) => u.kind === 'psu' && u.publicEmployeeQuota < 15 && u.parentCode !== null)).toBeGreaterThan(5);
    expect(count((u) => u.kind === 'division' && u.civilServantQuota < 5)).toBeGreaterThan(3);
    expect(count((u) => u.kind === 'department' && u.deputies > 4)).toBeGreaterThan(0);
    expect(count((u) => u.kind === 'psu' && u.deputies >= 4)).toBeGreaterThan(0);
    expect(
      count((u) => u.publicEmployeeActual > u.publicEmployeeQuota || u.civilServantActual > u.civilServantQuota),
    ).toBeGreaterThan(0);
  });
});

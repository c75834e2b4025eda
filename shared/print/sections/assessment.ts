/**
 * Ưu điểm, Hạn chế, Nguyên nhân of the current state: the sentences their templates start from,
 * with the numbers at the base date (the baseline judged by the rules in force then, the autonomy
 * groups). The officer edits them; only what the numbers show is said, nothing is praised or
 * blamed beyond them.
 */
import { formatInteger } from '../../format.ts';
import { translate } from '../../i18n/index.ts';
import type { Sector } from '../../model/unit.ts';
import { metricsOf } from '../../scenario/metrics.ts';
import { surplusLeavers } from '../../scenario/simulate.ts';
import { ruleSetById } from '../../rules/rule-sets.ts';
import { baseYearOf, type SectionInput } from './input.ts';
import { implementationWords } from './implementation.ts';

const n = (v: number) => formatInteger(v, 'vi');

/** The words the current-state, implementation and recommendation templates are filled with. */
export interface ContentWords {
  strengths: string;
  limitations: string;
  causes: string;
  /** " (names of the units the plan merges, dissolves, splits)" or ''. */
  reorganised: string;
  /** ", hoàn thành chậm nhất ngày dd/MM/yyyy" or ''. */
  deadline: string;
  /** The recommendation to fund the leavers' payouts ("\n\n3. Đề nghị …"), or '' when nobody leaves under the roadmap. */
  fundingRequest: string;
}

/** Funding the payouts is asked for only when someone leaves under the roadmap's restructuring reasons. */
function fundingRequest(input: Pick<SectionInput, 'simulation'>): string {
  const years = input.simulation.years;
  const leavers = surplusLeavers(years[years.length - 1]!);
  if (leavers === 0) return '';
  return `\n\n3. Đề nghị bố trí kinh phí thực hiện chế độ, chính sách đối với ${n(leavers)} người ra khỏi biên chế theo lộ trình của Đề án.`;
}

export function contentWords(input: SectionInput): ContentWords {
  const year = baseYearOf(input);
  const m = metricsOf(input.baseline, input.autonomy);
  const findings = input.baseFindings;
  const asserted = findings?.filter((f) => f.severity !== 'note') ?? [];
  const unitsWith = (rule?: string) =>
    new Set(asserted.filter((f) => rule === undefined || f.rule === rule).map((f) => f.unitCode)).size;
  const knownGroups = m.psus - m.autonomyUnknown;

  const strengths: string[] = [];
  if (findings)
    strengths.push(
      `Năm ${year}, ${n(m.units - unitsWith())}/${n(m.units)} cơ quan, tổ chức, đơn vị bảo đảm các tiêu chí đã rà soát (quy mô tối thiểu, số lượng cấp phó, số người làm việc trong số được giao).`,
    );
  else strengths.push(`Năm ${year}, có ${n(m.units)} cơ quan, tổ chức, đơn vị được tổ chức theo quy định.`);
  if (knownGroups > 0)
    strengths.push(
      `${n(m.autonomyGroups12)}/${n(knownGroups)} đơn vị sự nghiệp công lập có số liệu tài chính tự bảo đảm chi thường xuyên trở lên (nhóm 1, 2).`,
    );

  const limitations: string[] = [];
  if (findings) {
    const parts = [
      [unitsWith('min-staff'), 'chưa bảo đảm quy mô tối thiểu'],
      [unitsWith('max-deputies'), 'có số lượng cấp phó vượt quy định'],
      [unitsWith('over-quota'), 'có số người làm việc vượt số được giao'],
    ] as const;
    const said = parts.filter(([count]) => count > 0).map(([count, what]) => `${n(count)} cơ quan, đơn vị ${what}`);
    limitations.push(
      said.length > 0
        ? `Còn ${said.join('; ')} (chi tiết tại Phần I).`
        : 'Không có cơ quan, đơn vị nào chưa bảo đảm các tiêu chí đã rà soát.',
    );
  }
  if (knownGroups > 0)
    limitations.push(
      `${n(m.autonomyGroup3 + m.autonomyGroup4)} đơn vị sự nghiệp công lập còn do ngân sách nhà nước bảo đảm toàn bộ hoặc một phần chi thường xuyên (nhóm 3, 4).`,
    );
  if (m.psus > 0 && m.autonomyUnknown > 0)
    limitations.push(
      `${n(m.autonomyUnknown)} đơn vị sự nghiệp công lập chưa có số liệu để xác định mức độ tự chủ tài chính.`,
    );
  if (limitations.length === 0) limitations.push(`Năm ${year}, chưa có số liệu rà soát theo tiêu chí.`);

  // Where the cases gather: the sectors with the most units below the criteria.
  const sectorOf = new Map(input.baseline.map((u) => [u.code, u.sector]));
  const bySector = new Map<Sector, Set<string>>();
  for (const f of asserted) {
    const s = sectorOf.get(f.unitCode);
    if (s) bySector.set(s, (bySector.get(s) ?? new Set()).add(f.unitCode));
  }
  const top = [...bySector]
    .sort((a, b) => b[1].size - a[1].size)
    .slice(0, 3)
    .map(([s, units]) => `${translate('vi', `sector.${s}`).toLocaleLowerCase('vi')} (${n(units.size)} đơn vị)`);
  const causes = [
    // The set the base date was judged by (the findings say which), else the plan's.
    `Các tiêu chí được rà soát theo ${(findings?.[0] && ruleSetById(findings[0].ruleSet))?.title ?? input.ruleSet.title}.`,
    ...(top.length > 0 ? [`Các trường hợp chưa bảo đảm tiêu chí tập trung ở lĩnh vực: ${top.join(', ')}.`] : []),
  ];
  return {
    strengths: strengths.join(' '),
    limitations: limitations.join(' '),
    causes: causes.join(' '),
    ...implementationWords(input),
    fundingRequest: fundingRequest(input),
  };
}

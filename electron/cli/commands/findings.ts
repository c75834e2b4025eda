/** `tinhgon findings FILE`: the rule checks of a workspace as of a day (`findings.list`). */
import { translate } from '../../../shared/i18n/index.ts';
import { isIsoDate } from '../../../shared/rules/rule-sets.ts';
import { withHandlers } from '../call.ts';
import { onePositional, parse, type Command } from '../command.ts';
import { UsageError } from '../report.ts';

const options = {
  json: { type: 'boolean', description: 'In mảng JSON: mỗi trường hợp kèm ruleSet, citation, confidence.' },
  date: {
    type: 'string',
    value: 'YYYY-MM-DD',
    description: 'Đánh giá theo bộ quy tắc có hiệu lực vào ngày này (mặc định hôm nay).',
  },
} as const;

export const findings: Command = {
  name: 'findings',
  summary: 'Kiểm tra các quy định theo bộ quy tắc có hiệu lực vào một ngày.',
  usage: [
    {
      synopsis: 'tinhgon findings FILE [--json] [--date YYYY-MM-DD]',
      text: 'Kiểm tra các quy định (quy mô tối thiểu, số cấp phó, số sở, vượt số được giao) theo bộ quy tắc có hiệu lực\nvào ngày --date (mặc định hôm nay; bộ đã ghim nếu tỉnh ghim). --json: mỗi trường hợp kèm ruleSet, citation.',
    },
  ],
  options,
  examples: ['tinhgon findings hau-giang.tinhgon', 'tinhgon findings hau-giang.tinhgon --date 2024-12-31 --json'],
  async run(args) {
    const { values, positionals } = parse(args, options);
    const file = onePositional(positionals, 'FILE');
    // Judged as of --date (YYYY-MM-DD) by the set in force then; default today.
    if (values.date !== undefined && !isIsoDate(values.date))
      throw new UsageError(`--date "${values.date}": ${translate('vi', 'err.isoDate')}`);
    const { findings, ruleSetTitle, date } = await withHandlers(file, (call) =>
      call('findings.list', values.date === undefined ? {} : { date: values.date }),
    );
    const rows = findings.map((f) => ({
      unitCode: f.unitCode,
      rule: f.rule,
      severity: f.severity,
      message: translate('vi', f.key, f.params),
      ruleSet: f.ruleSet,
      citation: f.citation,
      confidence: f.confidence,
    }));
    if (values.json) {
      process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    } else {
      process.stdout.write(
        `${translate('vi', 'findings.ruleSetOn', { title: ruleSetTitle, date: `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}` })}\n`,
      );
      for (const r of rows)
        process.stdout.write(`${r.unitCode}\t${r.rule}\t${r.severity}\t${r.message}\t${r.citation}\n`);
      process.stdout.write(`${translate('vi', 'findings.count', { count: rows.length })}\n`);
    }
    return 0;
  },
};

/** `tinhgon init FILE`: a new workspace file (empty, or the sample province), through `workspace.create`. */
import { PROVINCE_CLASSES } from '../../../shared/model/workspace.ts';
import { DEFAULT_SAMPLE, SAMPLE_IDS, type SampleId } from '../../../shared/sample/sample-ids.ts';
import { withHandlers } from '../call.ts';
import { onePositional, parse, type Command } from '../command.ts';

const options = {
  sample: {
    type: 'string',
    value: 'MẪU',
    description: `Nạp dữ liệu mẫu (số liệu minh họa): ${SAMPLE_IDS.join(', ')} (--sample không kèm tên: ${DEFAULT_SAMPLE}).`,
  },
  province: {
    type: 'string',
    value: 'TÊN',
    description: 'Tên tỉnh (mặc định "Tỉnh mới"; với --sample: tên tỉnh mẫu).',
  },
  'base-year': { type: 'string', value: 'NĂM', description: 'Năm gốc của số liệu (mặc định năm hiện tại).' },
  'province-class': {
    type: 'string',
    value: 'LOẠI',
    description: `Loại tỉnh: ${PROVINCE_CLASSES.join(', ')} (mặc định class2).`,
  },
} as const;

export const init: Command = {
  name: 'init',
  summary: 'Tạo tệp dữ liệu mới (trống hoặc tỉnh mẫu).',
  usage: [
    {
      synopsis: 'tinhgon init FILE [--sample [MẪU]] [--province TÊN] [--base-year NĂM] [--province-class LOẠI]',
      text: `Tạo tệp dữ liệu mới (không ghi đè tệp đã có). --sample: nạp tỉnh mẫu Hậu Giang 2023; --sample can-tho-2025: thành phố Cần Thơ hai cấp sau 01/07/2025 (số liệu minh họa).\nMẪU: ${SAMPLE_IDS.join(', ')}. LOẠI: ${PROVINCE_CLASSES.join(', ')}.`,
    },
  ],
  options,
  examples: [
    'tinhgon init hau-giang.tinhgon --sample',
    'tinhgon init can-tho-2025.tinhgon --sample can-tho-2025',
    'tinhgon init can-tho.tinhgon --province "Cần Thơ" --base-year 2026 --province-class class1',
  ],
  preparse: withSampleName,
  async run(args) {
    const { values, positionals } = parse(withSampleName(args), options);
    const file = onePositional(positionals, 'FILE');
    const created = {
      file,
      // Checked by the channel's schema: a name that is no sample is refused there, naming the choices.
      sample: (values.sample ?? false) as boolean | SampleId,
      provinceName: values.province,
      baseYear: values['base-year'] !== undefined ? Number(values['base-year']) : undefined,
      provinceClass: values['province-class'],
    };
    const info = await withHandlers(null, (call) => call('workspace.create', created));
    process.stdout.write(
      `Đã tạo ${info.file} (${info.provinceName}, năm gốc ${info.baseYear}, ${info.unitCount} đơn vị).\n`,
    );
    return 0;
  },
};

/** `--sample` takes a sample's name only when one follows it (`--sample FILE` stays the default sample and the file). */
function withSampleName(args: string[]): string[] {
  return args.flatMap((a, i) =>
    a !== '--sample'
      ? [a]
      : (SAMPLE_IDS as readonly string[]).includes(args[i + 1] ?? '')
        ? [a]
        : [`--sample=${DEFAULT_SAMPLE}`],
  );
}

/** `tinhgon init FILE`: a new workspace file (empty, or the sample province), through `workspace.create`. */
import { PROVINCE_CLASSES } from '../../../shared/model/workspace.ts';
import { withHandlers } from '../call.ts';
import { onePositional, parse, type Command } from '../command.ts';

const options = {
  sample: { type: 'boolean', description: 'Nạp tỉnh mẫu (số liệu minh họa).' },
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
      synopsis: 'tinhgon init FILE [--sample] [--province TÊN] [--base-year NĂM] [--province-class LOẠI]',
      text: `Tạo tệp dữ liệu mới (không ghi đè tệp đã có). --sample: nạp tỉnh mẫu (số liệu minh họa).\nLOẠI: ${PROVINCE_CLASSES.join(', ')}.`,
    },
  ],
  options,
  examples: [
    'tinhgon init hau-giang.tinhgon --sample',
    'tinhgon init can-tho.tinhgon --province "Cần Thơ" --base-year 2026 --province-class class1',
  ],
  async run(args) {
    const { values, positionals } = parse(args, options);
    const file = onePositional(positionals, 'FILE');
    const created = {
      file,
      sample: values.sample ?? false,
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

/**
 * exceljs, loaded the first time a workbook is read or written: about 20 MB of a back end that
 * only serves lists otherwise (see BENCHMARKS.md, figure 6).
 */
export const loadExcelJS = async () => (await import('exceljs')).default;

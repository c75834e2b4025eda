/** province.*: another province's workspace file, read (never changed) to be annexed to a plan. */
import type { HandlersOf } from '../../shared/contract/index.ts';
import { readOtherWorkspace } from '../../db/workspace.ts';
import { FileAccess } from '../../db/safe-path.ts';

export function provinceHandlers(files: FileAccess = FileAccess.anywhere): HandlersOf<'province'> {
  return {
    'province.read': ({ file }) => {
      const other = readOtherWorkspace(file, files);
      return {
        file: other.file,
        provinceName: other.meta.provinceName,
        baseYear: other.meta.baseYear,
        units: other.units,
      };
    },
  };
}

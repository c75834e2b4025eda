import fs from 'node:fs';
import { generateSampleProvince, sampleMeta } from '../shared/sample/hau-giang.ts';
import { createWorkspace, openWorkspace, type Workspace } from './workspace.ts';

/** File name of the bundled sample workspace in the app's data folder. */
export const SAMPLE_FILE_NAME = 'mau-hau-giang.tinhgon';

/** Opens the sample workspace at `file`, creating it from the bundled generator on first use. */
export function openOrCreateSample(file: string): Workspace {
  if (fs.existsSync(file)) return openWorkspace(file);
  return createWorkspace(file, sampleMeta(), generateSampleProvince());
}

import fs from 'node:fs';
import { SAMPLES } from '../shared/sample/samples.ts';
import { DEFAULT_SAMPLE } from '../shared/sample/sample-ids.ts';
import { createWorkspace, openWorkspace, type Workspace } from './workspace.ts';

/** File name of the bundled sample workspace in the app's data folder. */
export const SAMPLE_FILE_NAME = 'mau-hau-giang.tinhgon';

/** Opens the sample workspace at `file`, creating it from the bundled generator on first use. */
export function openOrCreateSample(file: string): Workspace {
  if (fs.existsSync(file)) return openWorkspace(file);
  const sample = SAMPLES[DEFAULT_SAMPLE];
  const units = sample.units();
  return createWorkspace(file, sample.meta(), units, undefined, undefined, sample.extras(units));
}

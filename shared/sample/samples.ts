/** The bundled sample workspaces, by id: what `tinhgon init --sample [ID]` and Tệp → "Tạo tệp dữ liệu mới…" offer. */
import type { Unit } from '../model/unit.ts';
import type { WorkspaceMeta } from '../model/workspace.ts';
import { canThoMeta, generateCanTho2025 } from './can-tho-2025.ts';
import { canThoFigures, type SampleFigures } from './can-tho-figures.ts';
import { generateSampleProvince, sampleMeta } from './hau-giang.ts';
import { DEFAULT_SAMPLE, type SampleId } from './sample-ids.ts';
import { sampleNormFigures } from './norm-figures.ts';
import type { NormInputs } from '../positions/norm-inputs.ts';

/** What a sample brings beside its units: Decree 60 figures, sector-norm figures (illustrative). */
export interface SampleExtras {
  figures?: SampleFigures;
  norms?: ReadonlyMap<string, NormInputs>;
}

export const SAMPLES: Record<
  SampleId,
  { meta: () => WorkspaceMeta; units: () => Unit[]; extras: (units: readonly Unit[]) => SampleExtras }
> = {
  'hau-giang-2023': {
    meta: sampleMeta,
    units: () => generateSampleProvince(),
    extras: (units) => ({ norms: sampleNormFigures(units) }),
  },
  'can-tho-2025': {
    meta: canThoMeta,
    units: () => generateCanTho2025(),
    extras: (units) => ({ figures: canThoFigures(units), norms: sampleNormFigures(units) }),
  },
};

/** Which sample a request names: true is the default one, false or none no sample. */
export const sampleOf = (sample: boolean | SampleId | undefined): SampleId | null =>
  sample === true ? DEFAULT_SAMPLE : sample === false || sample === undefined ? null : sample;

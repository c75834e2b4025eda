/** The ids of the bundled sample workspaces (the contract's; the generators are in samples.ts). */
export const SAMPLE_IDS = ['hau-giang-2023', 'can-tho-2025'] as const;
export type SampleId = (typeof SAMPLE_IDS)[number];
/** `--sample` alone, and `sample: true`: the Hậu Giang 2023 province. */
export const DEFAULT_SAMPLE: SampleId = 'hau-giang-2023';
/** The year each sample's figures are of (its base year). */
export const SAMPLE_YEARS: Record<SampleId, number> = { 'hau-giang-2023': 2023, 'can-tho-2025': 2025 };

/** print.*: a plan's printed proposal (đề án, tờ trình): its settings and sections, previewed, saved, as PDF or DOCX. */
import { z } from 'zod';
import {
  APPENDIX_KEYS,
  DOC_TYPES,
  OPERATION_FACETS,
  ProposalSettingsSchema,
  SECTION_KEYS,
  type AppendixKey,
  type OperationFacet,
  type ProposalSettings,
  type SectionKey,
} from '../print/settings.ts';
import { download, messageKeySchema, messageParamsSchema } from './common.ts';
import type { MessageKey, MessageParams } from '../i18n/index.ts';

/** A scenario's printed proposal as the editor shows it: the settings, each section's text and its template, and the HTML to preview. */
export interface ProposalView {
  settings: ProposalSettings;
  /** The sections this document type prints, in order. */
  sectionKeys: SectionKey[];
  /** Each section's text: saved, else its template with the scenario's numbers. */
  sections: Record<SectionKey, string>;
  templates: Record<SectionKey, string>;
  html: string;
  /** What the document must not print silently (a province merged away before its date): messages shown in the interface language (the document prints them in Vietnamese). */
  warnings: { key: MessageKey; params: MessageParams }[];
  /** The appendices this document type may carry, in the officer's order; `available`: the plan has something to put in it. */
  appendices: Array<{ key: AppendixKey; on: boolean; available: boolean }>;
  /** The đề án's section of each reshaping operation: each part as printed and its template. */
  operations: Array<{
    key: string;
    title: string;
    facets: Record<OperationFacet, string>;
    templates: Record<OperationFacet, string>;
  }>;
}
const facetTexts = z.record(z.enum(OPERATION_FACETS), z.string());
const sectionTexts = z.record(z.enum(SECTION_KEYS), z.string());
const ProposalViewSchema: z.ZodType<ProposalView> = z.object({
  settings: ProposalSettingsSchema,
  sectionKeys: z.array(z.enum(SECTION_KEYS)),
  sections: sectionTexts,
  templates: sectionTexts,
  html: z.string(),
  warnings: z.array(z.object({ key: messageKeySchema, params: messageParamsSchema })),
  appendices: z.array(z.object({ key: z.enum(APPENDIX_KEYS), on: z.boolean(), available: z.boolean() })),
  operations: z.array(z.object({ key: z.string(), title: z.string(), facets: facetTexts, templates: facetTexts })),
});
const printArgs = { name: z.string().min(1).max(200), type: z.enum(DOC_TYPES) };
/** The header and signature fields a print may set for itself (the CLI's flags), over the saved ones (which stay). */
export const PrintOverridesSchema = ProposalSettingsSchema.pick({
  number: true,
  date: true,
  issuingBody: true,
  parentBody: true,
  signerName: true,
  signerTitle: true,
  signerAuthority: true,
  recipient: true,
  appendices: true,
})
  .partial()
  .strict();
/** A file's args: `date` (YYYY-MM-DD) prints it with that date instead of the saved one (which stays); `overrides` likewise. */
const fileArgs = z
  .object({
    ...printArgs,
    date: ProposalSettingsSchema.shape.date.optional(),
    overrides: PrintOverridesSchema.optional(),
  })
  .strict();

/** `appendices`: the print view's choice not saved yet, previewed (the saved settings stay). */
const getArgs = z.object({ ...printArgs, appendices: ProposalSettingsSchema.shape.appendices.optional() }).strict();

export const printChannels = {
  'print.get': { args: getArgs, result: ProposalViewSchema },
  'print.save': {
    args: z.object({ ...printArgs, settings: ProposalSettingsSchema }).strict(),
    result: ProposalViewSchema,
  },
  'print.pdf': { args: fileArgs, result: download },
  'print.docx': { args: fileArgs, result: download },
} as const;

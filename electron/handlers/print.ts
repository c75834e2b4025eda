/**
 * Printed proposals of a scenario: the document as HTML (preview and print), PDF (through the
 * renderer the transport provides: Chromium in browser mode and the CLI, printToPDF in Electron)
 * and Word; what the officer writes is saved with the scenario.
 */
import type { ArgsOut, HandlersOf, ProposalView } from '../../shared/contract/index.ts';
import { provinceOn } from '../../shared/scenario/operations/set-province.ts';
import { readMeta } from '../../db/meta-repo.ts';
import { getScenario } from '../../db/scenarios-repo.ts';
import { getProposalSettings, saveProposalSettings } from '../../db/proposals-repo.ts';
import { baseDateContent } from '../services/proposal-content.ts';
import {
  appendixSources,
  buildProposal,
  proposalOperationPlans,
  provinceWarnings,
  sectionText,
  templateNumbers,
  type ProposalInput,
} from '../../shared/print/proposal.ts';
import { appendixId, renderProposalHtml } from '../../shared/print/html.ts';
import type { ProposalDoc } from '../../shared/print/model.ts';
import { fillTemplate } from '../../shared/print/templates.ts';
import {
  SECTION_KEYS,
  SECTIONS_OF,
  appendixChoice,
  defaultSettings,
  withOverrides,
  type DocType,
  type OperationFacet,
  type ProposalSettings,
  type SectionKey,
} from '../../shared/print/settings.ts';
import { matchKey } from '../../shared/text.ts';
import { simulateInWorkspace } from '../services/plan-simulation.ts';
import { tinosFontCss } from '../print/fonts.ts';
import type { PdfRenderer } from '../print/chromium.ts';
import { numberAppendixPages } from '../print/appendix-pages.ts';
import type { CurrentWorkspace } from '../services/current-workspace.ts';
import type { Clock } from '../../shared/clock.ts';

export interface PrintOptions {
  /** Turns the document's HTML into PDF bytes. */
  renderPdf: PdfRenderer;
  /** Folder of the Tinos .woff2 files (default: the @fontsource/tinos package). */
  fontDir?: string;
}

const fileStem = (type: DocType, name: string) => `${type}-${matchKey(name).replace(/ /g, '-') || 'phuong-an'}`;

export function printHandlers(current: CurrentWorkspace, options: PrintOptions, clock: Clock): HandlersOf<'print'> {
  /** `date`, `overrides`: this print's fields instead of the saved ones (the CLI's flags), not saved. */
  const inputOf = (
    name: string,
    type: DocType,
    given?: ProposalSettings,
    date?: string,
    overrides: Partial<ProposalSettings> = {},
  ): ProposalInput => {
    const ws = current();
    const meta = readMeta(ws.db);
    const scenario = getScenario(ws.db, name);
    // Headers, title and place name the province as the plan does on the document's day (setProvince).
    const own = { name: meta.provinceName };
    const today = clock.today();
    const asOf = provinceOn(scenario.operations, today, own);
    const defaults = defaultSettings(asOf.name, asOf.shortName);
    const saved = given ?? getProposalSettings(ws.db, name, defaults) ?? defaults;
    const settings = withOverrides(saved, { ...overrides, ...(date ? { date } : {}) });
    const { simulation, ruleSet, baseline } = simulateInWorkspace(ws, scenario);
    const documentProvince = provinceOn(scenario.operations, settings.date || today, own).name;
    return {
      type,
      settings,
      today,
      scenarioName: name,
      provinceName: meta.provinceName,
      documentProvince,
      baseline,
      operations: scenario.operations,
      simulation,
      ruleSet,
      dataYear: meta.baseYear,
      // The đề án's current state: the personnel list, the PSUs' finance figures, the findings at the base date.
      ...(type === 'de-an' ? baseDateContent(ws, scenario, meta.baseYear) : {}),
    };
  };
  const docHtml = (doc: ProposalDoc) => renderProposalHtml(doc, tinosFontCss(options.fontDir));
  const html = (input: ProposalInput) => docHtml(buildProposal(input));
  const view = (input: ProposalInput): ProposalView => {
    const numbers = templateNumbers(input);
    const all = <T>(f: (k: SectionKey) => T) =>
      Object.fromEntries(SECTION_KEYS.map((k) => [k, f(k)])) as Record<SectionKey, T>;
    return {
      settings: input.settings,
      sectionKeys: [...SECTIONS_OF[input.type]],
      sections: all((k) => sectionText(input, k, numbers)),
      templates: all((k) => fillTemplate(k, numbers)),
      html: html(input),
      warnings: provinceWarnings(input),
      appendices: appendixList(input),
      operations: input.type === 'de-an' ? proposalOperationPlans(input) : [],
    };
  };
  const appendixList = (input: ProposalInput) => {
    const has = new Map(appendixSources(input).map((a) => [a.key, a.titles.length > 0]));
    return appendixChoice(input.settings, input.type).map((a) => ({ ...a, available: has.get(a.key) ?? false }));
  };
  return {
    'print.get': ({ name, type, appendices }) =>
      view(inputOf(name, type, undefined, undefined, appendices ? { appendices } : {})),
    'print.save': ({ name, type, settings }: ArgsOut<'print.save'>) => {
      // A section left as its template is not stored: it keeps following the plan's numbers. The
      // template as the editor showed it (before this save's settings, e.g. the enclosed appendices) counts too.
      const given = inputOf(name, type, settings);
      const templates = [templateNumbers(given), templateNumbers(inputOf(name, type))];
      const sections = Object.fromEntries(
        Object.entries(settings.sections).filter(
          ([k, text]) =>
            text !== undefined &&
            templates.every((numbers) => text.trim() !== fillTemplate(k as SectionKey, numbers).trim()),
        ),
      );
      // Likewise an operation's part left as the plan's data.
      const plans = proposalOperationPlans({ ...given, type: 'de-an' });
      type Edits = ProposalSettings['operationSections'][string];
      const operationSections = Object.fromEntries(
        plans.flatMap((p): Array<[string, Edits]> => {
          const edited = Object.fromEntries(
            Object.entries(settings.operationSections[p.key] ?? {}).filter(
              ([f, text]) => text !== undefined && text.trim() !== p.templates[f as OperationFacet].trim(),
            ),
          );
          // An operation's edit saved before it was grouped stays as it was (the group's parts print it).
          const members = p.members
            .filter((k) => k !== p.key && settings.operationSections[k])
            .map((k): [string, Edits] => [k, settings.operationSections[k]!]);
          return [...(Object.keys(edited).length > 0 ? [[p.key, edited] as [string, Edits]] : []), ...members];
        }),
      );
      saveProposalSettings(current().db, name, { ...settings, sections, operationSections });
      return view(inputOf(name, type));
    },
    'print.pdf': async ({ name, type, date, overrides }) => {
      const doc = buildProposal(inputOf(name, type, undefined, date, overrides));
      // Each appendix's pages numbered on their own (Chromium's page counter runs through the document).
      const rendered = await options.renderPdf(docHtml(doc));
      let bytes = rendered;
      try {
        bytes = numberAppendixPages(
          rendered,
          doc.appendices.map((_, i) => appendixId(i)),
        );
      } catch (err) {
        // A PDF this reader does not know (another renderer's layout): the document as rendered, its
        // appendix pages without their own numbers, rather than no document at all.
        console.warn(`print.pdf: appendix pages left unnumbered: ${err instanceof Error ? err.message : String(err)}`);
      }
      return { fileName: `${fileStem(type, name)}.pdf`, data: Buffer.from(bytes).toString('base64') };
    },
    'print.docx': async ({ name, type, date, overrides }) => {
      const { proposalDocx } = await import('../print/docx.ts'); // docx is loaded when a document is asked for
      const bytes = proposalDocx(buildProposal(inputOf(name, type, undefined, date, overrides)));
      return { fileName: `${fileStem(type, name)}.docx`, data: Buffer.from(bytes).toString('base64') };
    },
  };
}

import { useEffect, useRef, useState } from 'react';
import { call } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import { channelKey, setChannelData, useChannel } from '../data/useChannel.ts';
import { queryClient } from '../data/query-client.ts';
import type { ProposalView } from '../../../shared/contract/index.ts';
import { DOC_TYPES, type DocType, type ProposalSettings, type SectionKey } from '../../../shared/print/settings.ts';
import { FormError } from '../ui/FormError.tsx';
import { downloadBase64 } from '../app/files.ts';
import { paginate } from './print-pages.ts';
import { withStyleNonce } from '../style-nonce.ts';
import { IsoDayInput } from '../ui/DayInput.tsx';
import { AppendixChooser, OperationSections, OtherCosts } from './PrintPlanParts.tsx';

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

type TextField = Exclude<
  keyof ProposalSettings,
  'sections' | 'date' | 'operationSections' | 'otherCosts' | 'appendices'
>;
const LINES: TextField[] = [
  'parentBody',
  'issuingBody',
  'bodySymbol',
  'number',
  'place',
  'title',
  'signerAuthority',
  'signerTitle',
  'signerName',
  'archive',
];
const MULTILINE: TextField[] = ['recipient', 'recipients', 'extraBases'];

/** The document, paged as it prints, in a sandboxed frame (no script runs in it; the app lays out its pages). */
function PagedPreview({ html, onPages }: { html: string; onPages: (count: number) => void }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const { t } = useI18n();
  const laidOut = async () => {
    const doc = frame.current?.contentDocument;
    if (!doc || !doc.body) return;
    await doc.fonts.ready;
    onPages(paginate(doc));
  };
  return (
    <iframe
      ref={frame}
      className="print-preview"
      title={t('print.preview')}
      sandbox="allow-same-origin"
      srcDoc={withStyleNonce(html)}
      onLoad={() => void laidOut()}
      data-testid="print-preview"
    />
  );
}

/** The printed proposal of a plan: its format and narrative edited here, previewed page by page, printed or exported. */
export function PrintView({ name, onClose }: { name: string; onClose: () => void }) {
  const { t } = useI18n();
  const [type, setType] = useState<DocType>('de-an');
  // The proposal as stored (read again after any edit it shows: units, figures, plans, personnel).
  const read = useChannel('print.get', { name, type });
  const view = read.data ?? null;
  const [draft, setDraft] = useState<ProposalSettings | null>(null);
  const [sections, setSections] = useState<Partial<Record<SectionKey, string>>>({});
  const [dirty, setDirty] = useState(false);
  const [pages, setPages] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // "Saved", said while the settings are those saved: an undo of the save (Ctrl+Z) brings others.
  const [notice, setNotice] = useState<{ text: string; settings: ProposalSettings } | null>(null);
  const printFrame = useRef<HTMLIFrameElement>(null);
  // The appendices chosen and not saved yet: the preview (and what is printed or exported from here)
  // follows them at once, said to be unsaved; the saved settings change only with "Lưu".
  const unsavedAppendices =
    draft && view && !sameJson(draft.appendices, view.settings.appendices) ? draft.appendices : null;
  const chosen = useChannel(
    'print.get',
    { name, type, appendices: unsavedAppendices ?? {} },
    { enabled: unsavedAppendices !== null, keepPrevious: true },
  );
  const previewOfChoice = unsavedAppendices !== null && chosen.data !== undefined && !chosen.isPlaceholderData;
  const shown = previewOfChoice ? chosen.data : view;
  const shownHtml = shown?.html;
  useEffect(() => setPages(null), [shownHtml]);
  // Something other than the appendices typed and not saved (the preview shows it only once saved).
  const othersUnsaved =
    dirty &&
    !!draft &&
    !!view &&
    (!sameJson({ ...draft, appendices: null }, { ...view.settings, appendices: null }) ||
      !sameJson(sections, view.sections));
  const fail = setError;
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;

  // Another document: its own form (declared first: it runs before the form is filled below).
  useEffect(() => {
    setError(null);
    setDirty(false);
    dirtyRef.current = false;
  }, [name, type]);
  // A new answer (another type, a save, an edit elsewhere) fills the form, unless something typed here is not saved yet.
  useEffect(() => {
    if (!view || dirtyRef.current) return;
    setDraft(view.settings);
    setSections(view.sections);
  }, [view]);
  const show = (v: ProposalView) => {
    setDirty(false);
    dirtyRef.current = false;
    setChannelData('print.get', { name, type }, v);
  };

  const edit = (patch: Partial<ProposalSettings>) => {
    setDraft((d) => (d ? { ...d, ...patch } : d));
    setDirty(true);
    setNotice(null);
  };
  const editSection = (key: SectionKey, text: string) => {
    setSections((s) => ({ ...s, [key]: text }));
    setDirty(true);
    setNotice(null);
  };
  const save = async () => {
    if (!draft) return;
    setError(null);
    try {
      const saved = await call('print.save', { name, type, settings: { ...draft, sections } });
      // A read of the stored proposal asked while the save was on its way (the change announced
      // before its answer) may have been served before it: dropped, never shown over the save's answer.
      await queryClient.cancelQueries({ queryKey: channelKey('print.get', { name, type }), exact: true });
      show(saved);
      setNotice({ text: t('print.saved'), settings: saved.settings });
    } catch (err) {
      fail(err);
    }
  };
  const exportFile = async (channel: 'print.pdf' | 'print.docx') => {
    setError(null);
    setBusy(true);
    try {
      const f = await call(channel, {
        name,
        type,
        ...(unsavedAppendices ? { overrides: { appendices: unsavedAppendices } } : {}),
      });
      downloadBase64(f.fileName, f.data);
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };
  const print = () => {
    const w = printFrame.current?.contentWindow;
    if (w) w.print();
  };

  return (
    <div className="modal-backdrop" role="presentation">
      <div className="modal print-dialog" role="dialog" aria-modal="true" aria-label={t('print.title', { name })}>
        <header className="modal-header">
          <h2>{t('print.title', { name })}</h2>
          <button type="button" className="modal-close" aria-label={t('print.close')} onClick={onClose}>
            ×
          </button>
        </header>
        <div className="print-body">
          <form
            className="print-form"
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <label>
              {t('print.type')}{' '}
              <select value={type} onChange={(e) => setType(e.target.value as DocType)} disabled={dirty}>
                {DOC_TYPES.map((d) => (
                  <option key={d} value={d}>
                    {t(`print.type.${d}`)}
                  </option>
                ))}
              </select>
            </label>
            {draft && view && (
              <>
                <details>
                  <summary>{t('print.format')}</summary>
                  {LINES.map((f) => (
                    <label key={f} className="print-field">
                      {t(`print.${f === 'title' ? 'docTitle' : f}`)}
                      <input value={draft[f]} onChange={(e) => edit({ [f]: e.target.value })} />
                    </label>
                  ))}
                  <IsoDayInput
                    className="print-field"
                    label={t('print.date')}
                    iso={draft.date}
                    onIso={(date) => edit({ date })}
                    testId="print-date"
                    blank={t('print.dateBlank')}
                  />
                  {MULTILINE.map((f) => (
                    <label key={f} className="print-field">
                      {t(`print.${f}`)}
                      <textarea rows={3} value={draft[f]} onChange={(e) => edit({ [f]: e.target.value })} />
                    </label>
                  ))}
                </details>
                <AppendixChooser
                  list={view.appendices
                    .map((a) => ({
                      ...a,
                      on: draft.appendices[type]?.find((c) => c.key === a.key)?.on ?? a.on,
                    }))
                    .sort((a, b) => {
                      const order = draft.appendices[type];
                      return order
                        ? order.findIndex((c) => c.key === a.key) - order.findIndex((c) => c.key === b.key)
                        : 0;
                    })}
                  onChange={(choice) => edit({ appendices: { ...draft.appendices, [type]: choice } })}
                />
                {view.sectionKeys.length > 0 && <h3>{t('print.sections')}</h3>}
                {view.sectionKeys.map((key) => (
                  <div key={key} className="print-field">
                    <label htmlFor={`section-${key}`}>{t(`print.section.${key}`)}</label>
                    <textarea
                      id={`section-${key}`}
                      rows={6}
                      value={sections[key] ?? ''}
                      onChange={(e) => editSection(key, e.target.value)}
                    />
                    {sections[key] !== view.templates[key] && (
                      <button type="button" onClick={() => editSection(key, view.templates[key])}>
                        {t('print.resetSection')}
                      </button>
                    )}
                  </div>
                ))}
                {type === 'de-an' && (
                  <>
                    <OperationSections
                      operations={view.operations}
                      edits={draft.operationSections}
                      onEdit={(key, facet, text) =>
                        edit({
                          operationSections: {
                            ...draft.operationSections,
                            [key]: { ...draft.operationSections[key], [facet]: text },
                          },
                        })
                      }
                    />
                    <OtherCosts costs={draft.otherCosts} onChange={(otherCosts) => edit({ otherCosts })} />
                  </>
                )}
              </>
            )}
            <div className="print-actions">
              <button type="submit" className="primary" disabled={!dirty}>
                {t('print.save')}
              </button>
              {othersUnsaved && <span className="muted">{t('print.unsaved')}</span>}
              {notice && view && sameJson(notice.settings, view.settings) && (
                <span className="muted">{notice.text}</span>
              )}
            </div>
            <FormError error={error ?? read.error} />
          </form>
          <div className="print-side">
            <div className="print-toolbar">
              <span className="muted" data-testid="print-pages">
                {pages === null ? t('app.loading') : t('print.pages', { count: pages })}
              </span>
              <button type="button" disabled={!view || busy} onClick={print}>
                {t('print.print')}
              </button>
              <button type="button" disabled={!view || busy} onClick={() => void exportFile('print.pdf')}>
                {t('print.pdf')}
              </button>
              <button type="button" disabled={!view || busy} onClick={() => void exportFile('print.docx')}>
                {t('print.docx')}
              </button>
              {busy && <span className="muted">{t('print.working')}</span>}
            </div>
            {unsavedAppendices && (
              <p className="print-preview-unsaved" role="status" data-testid="print-preview-unsaved">
                {previewOfChoice ? t('print.previewUnsaved') : t('print.previewUpdating')}
              </p>
            )}
            {shown && shown.warnings.length > 0 && (
              <div className="form-error print-warnings" role="alert" data-testid="print-warnings">
                {shown.warnings.map((w) => (
                  <p key={w.key}>{t(w.key, w.params)}</p>
                ))}
              </div>
            )}
            {shown && <PagedPreview html={shown.html} onPages={setPages} />}
            {shown && (
              <iframe
                ref={printFrame}
                className="print-source"
                title={t('print.print')}
                sandbox="allow-same-origin allow-modals"
                srcDoc={withStyleNonce(shown.html)}
                aria-hidden="true"
                tabIndex={-1}
              />
            )}
          </div>
        </div>
      </div>
    </div>
  );
}

import { useEffect, useState } from 'react';
import { BoxMessage, type Message } from '../ui/BoxMessage.tsx';
import type { Unit } from '../../../shared/model/unit.ts';
import { isMixedStaffing, workforceOf } from '../../../shared/positions/model.ts';
import { isMessageKey } from '../../../shared/i18n/index.ts';
import { ApiError, call } from '../api.ts';
import { downloadBase64, readFileBase64 } from '../app/files.ts';
import { errorText } from '../ui/errorText.ts';
import { useChannel } from '../data/useChannel.ts';
import { useI18n } from '../i18n.tsx';
import { FileButton } from '../ui/FileButton.tsx';
import { PositionRows, type Draft } from './PositionRows.tsx';
import { FormError } from '../ui/FormError.tsx';

/**
 * In the unit panel: the unit's job positions (vị trí việc làm), what they justify beside the quota
 * assigned, edited as a list saved whole (refused if someone changed it since it was read), and the
 * positions template's import and download.
 */
export function PositionsBox({ unit, onChanged }: { unit: Unit; onChanged(): void }) {
  const { t, n, lang } = useI18n();
  // Read again after every tree edit (a saved list, an import, an undo): data/invalidation.ts.
  const { data, error } = useChannel('positions.list', { unit: unit.code });
  const listed = data?.units[0] ?? null;
  const [drafts, setDrafts] = useState<Draft[]>([]);
  // Each row's name as stored (null: a row added here), so a renamed position keeps its people.
  const [storedNames, setStoredNames] = useState<(string | null)[]>([]);
  const [message, setMessage] = useState<Message | null>(null);
  const [replace, setReplace] = useState(false);
  // The list as stored, whenever a new one is read (an unchanged answer keeps what is being typed),
  // with each row's stored name.
  useEffect(() => {
    setDrafts(listed?.positions ?? []);
    setStoredNames((listed?.positions ?? []).map((p) => p.name));
  }, [listed]);
  if (error) return <FormError error={error} />;
  if (!listed) return null;

  const publicEmployees = workforceOf(unit) === 'public-employee';
  const assigned = publicEmployees ? unit.publicEmployeeQuota : unit.civilServantQuota;
  const from = listed.fromPositions;
  const justified = publicEmployees ? from.publicEmployees : from.civilServants;
  const dirty = JSON.stringify(drafts) !== JSON.stringify(listed.positions);
  const failed = (err: unknown) => {
    if (err instanceof ApiError && err.error.issues.some((i) => i.field.startsWith('positions.'))) {
      const lines = err.error.issues.map((i) =>
        t('pos.row', { row: i.params?.row ?? '', reason: isMessageKey(i.key) ? t(i.key, i.params) : i.key }),
      );
      setMessage({ error: true, text: lines.join('\n') });
    } else setMessage({ error: true, text: errorText(err, t, lang) });
  };
  const done = (text: string) => {
    setMessage({ error: false, text });
    onChanged();
  };
  const edit = (i: number, patch: Partial<Draft>) =>
    setDrafts((d) => d.map((p, j) => (j === i ? { ...p, ...patch } : p)));

  const save = () =>
    call('positions.replace', {
      code: unit.code,
      version: listed.version,
      positions: drafts.map(({ unitCode: _, ...p }) => p),
      renames: drafts.flatMap((p, i) => {
        const from = storedNames[i];
        return from && p.name.trim() && from !== p.name.trim() ? [{ from, to: p.name }] : [];
      }),
    }).then(
      (r) =>
        done(
          r.renamedPeople > 0
            ? t('pos.savedRenamed', { count: drafts.length, people: n(r.renamedPeople) })
            : t('pos.saved', { count: drafts.length }),
        ),
      failed,
    );
  const importFile = async (file: File) => {
    try {
      const r = await call('positions.import', { fileName: file.name, data: await readFileBase64(file), replace });
      const above = r.presentAbove.map((u) =>
        t('pos.presentAbove', { name: u.name, code: u.code, present: n(u.present), actual: n(u.actual) }),
      );
      done(
        [t('positions.imported', { count: r.imported, units: r.units.length, file: r.backupFile }), ...above].join(
          '\n',
        ),
      );
    } catch (err) {
      failed(err);
    }
  };

  return (
    <fieldset className="positions-box" data-testid="panel-positions">
      <legend>{t('pos.title')}</legend>
      <div data-testid="positions-justified" className={assigned > justified ? 'field-warning' : undefined}>
        {t(publicEmployees ? 'pos.justifiedPublicEmployees' : 'pos.justifiedCivilServants', {
          assigned: n(assigned),
          justified: n(justified),
        })}
      </div>
      <div className="muted">{t('pos.contract', { count: n(from.contract) })}</div>
      {isMixedStaffing(unit) && (
        <div className="muted" data-testid="positions-mixed">
          {t('pos.mixedStaffing')}
        </div>
      )}
      {drafts.length === 0 && <p className="muted">{t('pos.none')}</p>}
      {drafts.length > 0 && (
        <PositionRows
          drafts={drafts}
          onEdit={edit}
          onRemove={(i) => {
            setDrafts((d) => d.filter((_, j) => j !== i));
            setStoredNames((s) => s.filter((_, j) => j !== i));
          }}
        />
      )}
      <div className="positions-actions">
        <button
          type="button"
          onClick={() =>
            setDrafts((d) => [
              ...d,
              {
                unitCode: unit.code,
                name: '',
                class: 'professional',
                rank: '',
                level: null,
                staffing: 'quota',
                staffingDefaulted: false,
                needed: 1,
                present: 0,
              },
            ])
          }
        >
          {t('pos.add')}
        </button>
        <button type="button" disabled={!dirty} onClick={() => void save()} data-testid="positions-save">
          {t('pos.save')}
        </button>
      </div>
      <div className="positions-actions">
        <FileButton label={t('pos.import')} testId="positions-import" onFile={(f) => void importFile(f)} />
        <label>
          <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} /> {t('pos.replace')}
        </label>
        <button
          type="button"
          onClick={() => void call('positions.template', {}).then((f) => downloadBase64(f.fileName, f.data), failed)}
        >
          {t('pos.template')}
        </button>
        <button
          type="button"
          data-testid="positions-export"
          title={t('pos.exportHint')}
          onClick={() =>
            void call('positions.export', { format: 'xlsx' }).then((f) => downloadBase64(f.fileName, f.data), failed)
          }
        >
          {t('pos.export')}
        </button>
      </div>
      <BoxMessage message={message} testId="positions-message" />
    </fieldset>
  );
}

import { useMemo, useState, type ReactNode } from 'react';
import { call } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import { FormError } from '../ui/FormError.tsx';
import { LEVELS, UNIT_KINDS, type Level, type Unit, type UnitKind } from '../../../shared/model/unit.ts';
import { canBeUnder } from '../../../shared/edits/hierarchy.ts';
import { ancestorsOf } from '../../../shared/tree.ts';
import { matchKey } from '../../../shared/text.ts';
import type { WorkspaceState } from '../app/useWorkspace.ts';

type Dialog = 'add' | 'move' | 'delete' | null;

/** The panel's edit actions: add a subordinate unit, move to another parent, delete. */
export function UnitActions({ workspace, unit }: { workspace: WorkspaceState; unit: Unit }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<Dialog>(null);
  const close = () => setOpen(null);
  return (
    <div className="unit-actions">
      <button type="button" onClick={() => setOpen('add')}>
        {t('edit.addChild')}
      </button>
      <button type="button" onClick={() => setOpen('move')}>
        {t('edit.moveTo')}
      </button>
      <button type="button" className="danger" onClick={() => setOpen('delete')}>
        {t('edit.deleteUnit')}
      </button>
      {open === 'add' && <AddChildDialog workspace={workspace} parent={unit} onClose={close} />}
      {open === 'move' && <MoveDialog workspace={workspace} unit={unit} onClose={close} />}
      {open === 'delete' && <DeleteDialog workspace={workspace} unit={unit} onClose={close} />}
    </div>
  );
}

export function useSubmit(onDone: () => void) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      onDone();
    } catch (err) {
      setError(err); // said by FormError: a refusal in words, a lost connection as such (the dialog keeps what was typed)
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, submit };
}

export function Modal(props: {
  title: string;
  error: unknown;
  busy: boolean;
  onOk(): void;
  onClose(): void;
  okDisabled?: boolean;
  okLabel?: string;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className="modal-backdrop" role="presentation">
      <form
        className={`modal edit-dialog ${props.className ?? ''}`}
        role="dialog"
        aria-modal="true"
        aria-label={props.title}
        onSubmit={(e) => {
          e.preventDefault();
          props.onOk();
        }}
      >
        <header className="modal-header">
          <h2>{props.title}</h2>
        </header>
        <div className="modal-body">
          {props.children}
          <FormError error={props.error} />
        </div>
        <footer className="modal-footer">
          <button type="submit" className="primary" disabled={props.busy || props.okDisabled}>
            {props.okLabel ?? t('edit.confirm')}
          </button>
          <button type="button" onClick={props.onClose}>
            {t('import.cancel')}
          </button>
        </footer>
      </form>
    </div>
  );
}

function AddChildDialog({ workspace, parent, onClose }: { workspace: WorkspaceState; parent: Unit; onClose(): void }) {
  const { t } = useI18n();
  const kinds = UNIT_KINDS.filter((k) => canBeUnder(k, parent));
  const [code, setCode] = useState(`${parent.code}.`);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<UnitKind>(kinds[0] ?? 'other');
  // A UBND under a UBND is one or two levels lower (district or commune; no district in the two-tier model).
  const levels = LEVELS.filter((l) => canBeUnder('people_committee', parent, l));
  const [level, setLevel] = useState<Level>(levels[levels.length - 1] ?? 'commune');
  const { error, busy, submit } = useSubmit(onClose);
  return (
    <Modal
      title={t('edit.newUnit', { parent: parent.name })}
      error={error}
      busy={busy}
      onClose={onClose}
      onOk={() =>
        void submit(async () => {
          await workspace.edit((o) =>
            call('units.create', {
              ...o,
              parentCode: parent.code,
              code,
              name,
              kind,
              level: kind === 'people_committee' ? level : undefined,
            }),
          );
          workspace.select(code.trim());
        })
      }
    >
      <div className="form-grid">
        <label htmlFor="new-code">{t('field.code')}</label>
        <input id="new-code" value={code} onChange={(e) => setCode(e.target.value)} />
        <label htmlFor="new-name">{t('field.name')}</label>
        <input id="new-name" value={name} onChange={(e) => setName(e.target.value)} autoFocus />
        <label htmlFor="new-kind">{t('field.kind')}</label>
        <select id="new-kind" value={kind} onChange={(e) => setKind(e.target.value as UnitKind)}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
        {kind === 'people_committee' && (
          <>
            <label htmlFor="new-level">{t('field.level')}</label>
            <select id="new-level" value={level} onChange={(e) => setLevel(e.target.value as Level)}>
              {levels.map((l) => (
                <option key={l} value={l}>
                  {t(`level.${l}`)}
                </option>
              ))}
            </select>
          </>
        )}
      </div>
    </Modal>
  );
}

/** Picks a new parent among the units that may hold this one (not itself or below it). */
function MoveDialog({ workspace, unit, onClose }: { workspace: WorkspaceState; unit: Unit; onClose(): void }) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [target, setTarget] = useState<string | null>(null);
  const { error, busy, submit } = useSubmit(onClose);
  const candidates = useMemo(() => {
    const key = matchKey(query);
    return workspace.tree.preorder
      .map((c) => workspace.tree.byCode.get(c)!)
      .filter(
        (u) =>
          u.code !== unit.code &&
          u.code !== unit.parentCode &&
          !ancestorsOf(workspace.tree, u.code).includes(unit.code) &&
          canBeUnder(unit.kind, u),
      )
      .filter((u) => !key || matchKey(u.name).includes(key) || matchKey(u.code).includes(key))
      .slice(0, 200);
  }, [workspace.tree, unit, query]);
  return (
    <Modal
      title={t('edit.moveTitle', { unit: unit.name })}
      error={error}
      busy={busy}
      okDisabled={target === null}
      onClose={onClose}
      onOk={() =>
        void submit(async () => {
          await workspace.edit((o) => call('units.move', { ...o, code: unit.code, parentCode: target }));
          workspace.select(unit.code);
        })
      }
    >
      <input
        className="search"
        placeholder={t('edit.moveSearch')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        autoFocus
        data-testid="move-search"
      />
      <ul className="pick-list" role="listbox">
        {candidates.map((u) => (
          <li
            key={u.code}
            role="option"
            aria-selected={target === u.code}
            className={target === u.code ? 'selected' : undefined}
            onClick={() => setTarget(u.code)}
          >
            {u.name} <span className="muted">{u.code}</span>
          </li>
        ))}
      </ul>
    </Modal>
  );
}

function DeleteDialog({ workspace, unit, onClose }: { workspace: WorkspaceState; unit: Unit; onClose(): void }) {
  const { t } = useI18n();
  const children = workspace.tree.children.get(unit.code)?.length ?? 0;
  const rollup = workspace.rollups.get(unit.code)!;
  const parent = unit.parentCode ? workspace.tree.byCode.get(unit.parentCode) : undefined;
  const [mode, setMode] = useState<'lift' | 'subtree'>('lift');
  const { error, busy, submit } = useSubmit(onClose);
  const people =
    mode === 'subtree'
      ? rollup.totalPeople
      : unit.civilServantActual + unit.publicEmployeeActual + unit.selfFundedEmployees + unit.contractWorkers;
  return (
    <Modal
      title={t('edit.deleteTitle', { unit: unit.name })}
      error={error}
      busy={busy}
      onClose={onClose}
      onOk={() =>
        void submit(async () => {
          await workspace.edit((o) =>
            call('units.delete', { ...o, code: unit.code, mode: children > 0 ? mode : 'subtree' }),
          );
        })
      }
    >
      {children > 0 && (
        <fieldset>
          {(['lift', 'subtree'] as const).map((m) => (
            <label key={m} className="radio">
              <input type="radio" name="delete-mode" checked={mode === m} onChange={() => setMode(m)} />{' '}
              {m === 'lift'
                ? t('edit.modeLift', { count: children, parent: parent?.name ?? t('edit.noParent') })
                : t('edit.modeSubtree', { count: rollup.unitCount - 1 })}
            </label>
          ))}
        </fieldset>
      )}
      <p className="delete-impact" data-testid="delete-impact">
        {children > 0
          ? t('edit.deleteConfirm', { unit: unit.name, units: mode === 'subtree' ? rollup.unitCount : 1, people })
          : t('edit.deleteLeafConfirm', { unit: unit.name, people })}
      </p>
    </Modal>
  );
}

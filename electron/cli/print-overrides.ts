/**
 * `tinhgon print`'s header and signature flags as the print's own settings (not saved): each checked
 * as the print dialog checks it, a refused one named by its flag.
 */
import { PrintOverridesSchema } from '../../shared/contract/print.ts';
import { isMessageKey, translate } from '../../shared/i18n/index.ts';
import type { z } from 'zod';
import { APPENDIX_KEYS, type AppendixKey, type DocType } from '../../shared/print/settings.ts';
import { UsageError } from './report.ts';

type Overrides = z.infer<typeof PrintOverridesSchema>;

/** The flags as `tinhgon print` reads them (absent: undefined). */
export interface PrintFlags {
  number?: string | undefined;
  issuer?: string | undefined;
  'parent-body'?: string | undefined;
  signer?: string | undefined;
  'signer-title'?: string | undefined;
  'on-behalf'?: string | undefined;
  to?: string[] | undefined;
  appendices?: string | undefined;
}

const FLAG_OF: Record<string, string> = {
  number: '--number',
  issuingBody: '--issuer',
  parentBody: '--parent-body',
  signerName: '--signer',
  signerTitle: '--signer-title',
  signerAuthority: '--on-behalf',
  recipient: '--to',
  appendices: '--appendices',
};

export function printOverrides(v: PrintFlags, type: DocType): Overrides {
  const given: Record<string, unknown> = {};
  if (v.number !== undefined) given.number = v.number;
  if (v.issuer !== undefined) given.issuingBody = v.issuer;
  if (v['parent-body'] !== undefined) given.parentBody = v['parent-body'];
  if (v.signer !== undefined) given.signerName = v.signer;
  if (v['signer-title'] !== undefined) given.signerTitle = v['signer-title'];
  if (v['on-behalf'] !== undefined) {
    const authority = v['on-behalf'].trim();
    if (authority !== '' && !/^(KT\.|TM\.|Q\.)(\s|$)/u.test(authority))
      throw new UsageError(
        `--on-behalf "${authority}": cần bắt đầu bằng KT., TM. hoặc Q. (hoặc "" khi người đứng đầu ký).`,
      );
    given.signerAuthority = authority;
  }
  if (v.to !== undefined) given.recipient = v.to.map((r) => r.trim()).join('\n');
  if (v.appendices !== undefined) {
    const keys = v.appendices
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean);
    const unknown = keys.find((k) => !(APPENDIX_KEYS as readonly string[]).includes(k));
    if (unknown !== undefined)
      throw new UsageError(`--appendices: không có phụ lục "${unknown}" (có: ${APPENDIX_KEYS.join(', ')}).`);
    if (new Set(keys).size !== keys.length) throw new UsageError('--appendices: một phụ lục được nêu hai lần.');
    // The ones named, in that order, on; the others after, off.
    const rest = APPENDIX_KEYS.filter((k) => !keys.includes(k));
    given.appendices = {
      [type]: [
        ...keys.map((key) => ({ key: key as AppendixKey, on: true })),
        ...rest.map((key) => ({ key, on: false })),
      ],
    };
  }
  const read = PrintOverridesSchema.safeParse(given);
  if (read.success) return read.data;
  const issue = read.error.issues[0]!;
  const field = String(issue.path[0]);
  throw new UsageError(
    `${FLAG_OF[field] ?? field}: ${translate('vi', isMessageKey(issue.message) ? issue.message : 'err.invalid')}`,
  );
}

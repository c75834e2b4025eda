/** Files in and out of the browser sandbox: uploads as base64 for the API, downloads from base64. */
import { ApiError } from '../api.ts';
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_MB } from '../../../shared/import/limits.ts';

/** A file over the upload limit is refused here, with the limit, before it is read or sent. */
export function readFileBase64(file: File): Promise<string> {
  if (file.size > MAX_UPLOAD_BYTES)
    return Promise.reject(
      new ApiError({ kind: 'bad_request', key: 'err.uploadTooLarge', params: { mb: MAX_UPLOAD_MB }, issues: [] }),
    );
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : ''; // readAsDataURL gives a string
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error(`cannot read ${file.name}`));
    reader.readAsDataURL(file);
  });
}

const MIME: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function downloadBase64(fileName: string, data: string): void {
  const bin = atob(data);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const ext = fileName.split('.').pop() ?? '';
  const url = URL.createObjectURL(new Blob([bytes], { type: MIME[ext] ?? 'application/octet-stream' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

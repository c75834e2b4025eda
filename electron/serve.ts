/** `npm run serve -- --port N --workspace FILE [--files-root DIR]… [--lan (--tls-cert F --tls-key F | --insecure-http)]`: browser mode, explicitly. */
import { parseArgs } from 'node:util';
import { startBrowserMode } from './browser-mode.ts';
import { reportFatal } from './cli/report.ts';

try {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      workspace: { type: 'string' },
      lan: { type: 'boolean' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'insecure-http': { type: 'boolean' },
      'files-root': { type: 'string', multiple: true },
    },
    strict: true,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port: "${values.port}" không phải là số cổng hợp lệ (0–65535).`);
  const { server, workspace, files } = await startBrowserMode({
    port,
    workspace: values.workspace,
    lan: values.lan ?? false,
    tlsCert: values['tls-cert'],
    tlsKey: values['tls-key'],
    insecureHttp: values['insecure-http'],
    filesRoots: values['files-root'],
  });
  if (values.lan) {
    console.error(
      'CẢNH BÁO: TinhGon đang mở cho mạng nội bộ. Ai có địa chỉ dưới đây (kèm mã truy cập) đều xem và sửa được dữ liệu này;',
    );
    console.error('chỉ gửi địa chỉ cho người cần dùng và tắt (Ctrl+C) khi xong. Không dùng trên mạng công cộng.');
    if (!values['tls-cert'])
      console.error('--insecure-http: không có HTTPS, mã truy cập và dữ liệu đi qua mạng không được mã hóa.');
  }
  console.log(`TinhGon (chế độ trình duyệt) — tệp dữ liệu: ${workspace.file}`);
  console.log(`Chỉ đọc/ghi tệp trong: ${files.roots!.join('; ')} (thêm thư mục bằng --files-root THƯ-MỤC)`);
  console.log(`Mở địa chỉ này trong trình duyệt: ${server.openUrl}`);
} catch (err) {
  reportFatal(err);
}

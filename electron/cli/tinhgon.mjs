#!/usr/bin/env node
// The `tinhgon` command. TinhGon's sources are TypeScript run directly by Node ≥ 24 (type stripping).
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(
    `TinhGon cần Node.js 24 trở lên (đang chạy ${process.version}); hãy chạy qua "npx tinhgon" trong thư mục dự án.\n`,
  );
  process.exit(2);
}
// A closed pipe (e.g. `tinhgon units F | head`) is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
// Whatever a command prints (names stored by an older version included), no control character,
// terminal escape or bidi override reaches the terminal raw: each is written as \u001b.
const { printable } = await import('../../shared/model/text.ts');
for (const stream of [process.stdout, process.stderr]) {
  const write = stream.write.bind(stream);
  stream.write = (chunk, ...rest) => write(typeof chunk === 'string' ? printable(chunk) : chunk, ...rest);
}
const { runCli } = await import('./main.ts');
process.exitCode = await runCli(process.argv.slice(2));

/** Run as another user by read-only-media.test.ts: reads a workspace it may not write beside, prints the outcome as JSON. */
import { readOtherWorkspace } from '../../db/workspace.ts';

try {
  const r = readOtherWorkspace(process.argv[2]!);
  process.stdout.write(JSON.stringify({ ok: true, province: r.meta.provinceName, units: r.units.length }));
} catch (err) {
  process.stdout.write(JSON.stringify({ ok: false, error: String((err as { key?: string }).key ?? err) }));
}

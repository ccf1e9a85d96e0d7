/**
 * `npm run build` runs this after `next build`: the post-build steps over out/, in this order, each
 * relying on the one before (see each module's first comment for why the order matters):
 *   1. perf: compile hints on every chunk; pages start their scripts after the first paint.
 *   2. csp:  a hash-based Content Security Policy per page (it hashes the loader perf wrote).
 *   3. sw:   the deck's offline copy, versioned by a hash of the files as 1 and 2 left them.
 * A step that finds a page without what it relies on (Next changed its markup, say) stops the build
 * with a message naming the file and what it expected, instead of silently doing nothing.
 * Usage: tsx scripts/postbuild/index.ts [out-dir]
 */
import { fileURLToPath } from 'node:url';
import { cspStep } from './csp';
import { PostbuildError } from './html';
import { perfStep } from './perf';
import { swStep } from './sw';

export const STEPS: { name: string; run: (out: string) => string }[] = [
  { name: 'perf', run: perfStep },
  { name: 'csp', run: cspStep },
  { name: 'sw', run: (out) => swStep(out) },
];

export function runPostbuild(out: string, log: (line: string) => void = console.log): void {
  STEPS.forEach((step, i) => {
    let summary: string;
    try {
      summary = step.run(out);
    } catch (e) {
      if (e instanceof PostbuildError) throw new PostbuildError(`step ${i + 1} (${step.name}): ${e.message}`);
      throw e;
    }
    log(`post-build ${i + 1}/${STEPS.length} ${step.name}: ${summary}`);
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ?? 'out';
  try {
    runPostbuild(out);
  } catch (e) {
    const known = e instanceof PostbuildError;
    console.error(`\npost-build failed${known ? '' : ' (unexpected error)'}: ${known ? (e as Error).message : (e as Error).stack}\n`);
    process.exit(1);
  }
}

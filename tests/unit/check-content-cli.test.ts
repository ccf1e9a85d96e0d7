/** The content gate as the build runs it: broken fixture chapters stop it with one clear message. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function check(dir: string) {
  const r = spawnSync('npx', ['tsx', 'scripts/check-content.ts', dir], { encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('npm run check:content', () => {
  it('passes the real chapters', () => {
    const r = check('content/chapters');
    expect(r.out).toContain('Content check passed');
    expect(r.code).toBe(0);
  });

  it.each([
    ['broken-fact', 'tests/fixtures/broken-fact/the-bet.mdx:12: unknown fact id "no-such-fact"'],
    ['broken-frontmatter', 'tests/fixtures/broken-frontmatter/the-bet.mdx:2: frontmatter "description"'],
    ['duplicate-step', 'tests/fixtures/duplicate-step/the-bet.mdx:15: duplicate step id "fixture-a"'],
    ['long-step', 'tests/fixtures/long-step/the-bet.mdx:11: step "fixture-long" has 74 words (at most 70)'],
    ['many-figures', 'tests/fixtures/many-figures/the-bet.mdx:11: step "fixture-figures" has 4 figures (at most 3)'],
    // A <Fact/> written over several lines is a fact like any other: its unknown id stops the build at its line.
    ['split-fact', 'tests/fixtures/split-fact/the-bet.mdx:15: unknown fact id "no-such-split-fact" (column 1)'],
  ])('stops on %s with the file, line and problem', (fixture, message) => {
    const r = check(`tests/fixtures/${fixture}`);
    expect(r.code).toBe(1);
    expect(r.out).toContain(message);
  });
});

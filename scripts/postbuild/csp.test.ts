import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parsePage } from './html';
import { policyFor, withCsp as withCspPage } from './csp';

const withCsp = (html: string, file = 'out/page.html') => withCspPage(parsePage(file, html));
const sha = (code: string) => `'sha256-${crypto.createHash('sha256').update(code, 'utf8').digest('base64')}'`;

const page = [
  '<!DOCTYPE html><html><head><meta charSet="utf-8"/><title>T</title>',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  '<script type="application/ld+json">{"@type":"Article"}</script>',
  '</head><body><script>self.__next_f=[1]</script><script type="module">go("</")</script>',
  '<script></script></body></html>',
].join('');

describe('the content security policy', () => {
  it('allows exactly the inline scripts a browser runs, by the hash of their bytes', () => {
    const policy = policyFor(parsePage('out/page.html', page));
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src'))!;
    expect(scriptSrc).toBe(`script-src 'self' ${sha('self.__next_f=[1]')} ${sha('go("</")')} ${sha('')}`);
    expect(policy).not.toContain(sha('{"@type":"Article"}'));
    expect(policy).toContain("object-src 'none'");
  });

  it('goes right after the charset declaration, and replaces itself when run twice', () => {
    const once = withCsp(page);
    expect(once).toMatch(/^<!DOCTYPE html><html><head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-/);
    expect(withCsp(once)).toBe(once);
    expect(once.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')).toBe(page);
  });

  it('fails, naming the file, when there is no charset declaration to follow', () => {
    expect(() => withCsp(page.replace('<meta charSet="utf-8"/>', ''), 'out/data.html')).toThrow(
      'out/data.html: expected a <meta charset> in <head> (the policy goes right after it)',
    );
  });

  it('fails when a script comes before the charset declaration, outside the policy', () => {
    expect(() => withCsp(page.replace('<head><meta charSet="utf-8"/>', '<head><script>x()</script><meta charSet="utf-8"/>'), 'out/x.html')).toThrow(
      /^out\/x\.html: expected no <script> before <meta charset>/,
    );
  });
});

/**
 * Post-build step 2 of 3 (after the perf step, whose loader it must hash; before the service worker,
 * which caches the pages as this step leaves them): every exported page gets a Content Security
 * Policy without 'unsafe-inline' for scripts. Next's inline scripts (the RSC payload and bootstrap)
 * and the loader are allowed by their SHA-256 hashes, computed from the exact bytes of this build and
 * written into a <meta> tag, which works on any static host. Also writes out/_headers, the headers
 * file read by hosts that support one (frame-ancestors cannot be set from a <meta> tag).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Element } from 'domhandler';
import { applyEdits, elements, fail, outerRange, parsePage, rawInner, startTagEnd, theElement, type Page } from './html';
import { isPage, listFiles } from './files';

/** Script-element types a browser executes (a JSON-LD or other data block needs no hash). */
const EXECUTABLE = /^(|text\/javascript|application\/javascript|module)$/i;

const isCspMeta = (el: Element) => el.name === 'meta' && (el.attribs['http-equiv'] ?? '').toLowerCase() === 'content-security-policy';

/** The policy for a page: 'self' plus the hash of every inline script the browser would run. */
export function policyFor(page: Page): string {
  const hashes = new Set<string>();
  for (const el of elements(page, (e) => e.name === 'script' && !('src' in e.attribs))) {
    if (!EXECUTABLE.test((el.attribs.type ?? '').trim())) continue;
    hashes.add(`'sha256-${crypto.createHash('sha256').update(rawInner(page, el), 'utf8').digest('base64')}'`);
  }
  return [
    "default-src 'self'",
    `script-src 'self' ${[...hashes].join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'", // style attributes on SVG marks; scripts stay hash-only
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * The page with its policy in a <meta> right after the charset declaration, which must come before
 * any script the policy governs. An earlier policy meta (a second run) is replaced.
 */
export function withCsp(page: Page): string {
  const charset = theElement(page, (el) => el.name === 'meta' && 'charset' in el.attribs && el.parent?.type === 'tag' && (el.parent as Element).name === 'head', 'a <meta charset> in <head> (the policy goes right after it)');
  const at = startTagEnd(page, charset);
  const early = elements(page, (el) => el.name === 'script').find((el) => el.startIndex! < at);
  if (early) fail(page, `no <script> before <meta charset> (one at offset ${early.startIndex} would run outside the policy)`);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(page)}">`;
  return applyEdits(page.html, [
    ...elements(page, isCspMeta).map((el) => {
      const [start, end] = outerRange(el);
      return { start, end, text: '' };
    }),
    { start: at, end: at, text: meta },
  ]);
}

export const HEADERS = `/*
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()
  Content-Security-Policy: frame-ancestors 'none'
  X-Frame-Options: DENY
`;

export function cspStep(out: string): string {
  const pages = listFiles(out).filter(isPage);
  for (const f of pages) {
    const file = path.join(out, f);
    fs.writeFileSync(file, withCsp(parsePage(file, fs.readFileSync(file, 'utf8'))));
  }
  fs.writeFileSync(path.join(out, '_headers'), HEADERS);
  return `${pages.length} pages given a hash-based script policy; wrote ${path.join(out, '_headers')}`;
}

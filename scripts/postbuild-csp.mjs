// After `next build`: gives every exported page a Content Security Policy without 'unsafe-inline'
// for scripts. Next's inline scripts (the RSC payload and bootstrap) are allowed by their SHA-256
// hashes, computed from the exact bytes of this build and written into a <meta> tag, which works on
// any static host. Also writes out/_headers, the headers file read by hosts that support one
// (frame-ancestors cannot be set from a <meta> tag).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const OUT = path.resolve(process.argv[2] ?? 'out');

/** Script-element types a browser executes (a JSON-LD or other data block needs no hash). */
const EXECUTABLE = /^(|text\/javascript|application\/javascript|module)$/i;

export function policyFor(html) {
  const hashes = new Set();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1];
    if (/\bsrc\s*=/.test(attrs)) continue;
    const type = /\btype\s*=\s*"([^"]*)"/i.exec(attrs)?.[1] ?? '';
    if (!EXECUTABLE.test(type.trim())) continue;
    hashes.add(`'sha256-${crypto.createHash('sha256').update(m[2], 'utf8').digest('base64')}'`);
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

export function withCsp(html) {
  const clean = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(clean)}">`;
  // Right after the charset declaration, before any script the policy must govern.
  if (/<meta charSet="utf-8"\/?>/i.test(clean)) return clean.replace(/(<meta charSet="utf-8"\/?>)/i, `$1${meta}`);
  return clean.replace(/<head([^>]*)>/i, `<head$1>${meta}`);
}

const HEADERS = `/*
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()
  Content-Security-Policy: frame-ancestors 'none'
  X-Frame-Options: DENY
`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const pages = fs.readdirSync(OUT, { recursive: true }).map((f) => path.join(OUT, f)).filter((f) => f.endsWith('.html'));
  for (const file of pages) fs.writeFileSync(file, withCsp(fs.readFileSync(file, 'utf8')));
  fs.writeFileSync(path.join(OUT, '_headers'), HEADERS);
  console.log(`CSP: ${pages.length} pages given a hash-based script policy; wrote out/_headers.`);
}

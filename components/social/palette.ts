/**
 * The card's colours and sizes. Satori (next/og) cannot read CSS variables, so these repeat the
 * light theme of app/globals.css; every text colour keeps at least 4.5:1 against PAPER.
 */
export const PAPER = '#fbfaf7';
export const INK = '#1b1b1f';
export const MUTED = '#55555e';
export const ACCENT = '#b4360f';
export const NEUTRAL = '#64748b';
export const RULE = '#c9c6bd';

export const PAD = 64;


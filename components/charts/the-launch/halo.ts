import type { CSSProperties } from 'react';

/** A halo in the page colour behind chart text, so guides and bars never run through a label. */
export const HALO = { stroke: 'var(--bg)', strokeWidth: 3, strokeLinejoin: 'round', paintOrder: 'stroke' } as CSSProperties;

import { W } from '../types';

/** The two panels' vertical extents and the plot's left and right edges, in viewBox units. */
export const TOP = { y0: 50, y1: 160 };
export const BOTTOM = { y0: 226, y1: 366 };
export const LEFT = 46;
export const RIGHT = W - 8;

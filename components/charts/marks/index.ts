/**
 * The marks charts draw with, one import for a chart: the moving primitives (bars, dots, labels,
 * shapes, rules, presence), the composed marks built from them (axis, legend) and insideX, which
 * keeps a label near an edge inside the drawing.
 */
export * from './primitives';
export { Axis, type AxisTick } from './Axis';
export { Legend, type LegendItem } from './Legend';
export { insideX, INSET, type InsideOptions } from './inside';

/**
 * The marks charts draw with, one import for a chart: the moving primitives (bars, dots, labels,
 * shapes, rules, presence) and the composed marks built from them (axis, legend).
 */
export * from './primitives';
export { Axis, type AxisTick } from './Axis';
export { Legend, type LegendItem } from './Legend';

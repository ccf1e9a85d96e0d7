/**
 * The data room sorts by the start of a period. The parser is the registry's own
 * (lib/registry/period.ts), shared with the charts, so both read a period the same way.
 */
export { NO_PERIOD, periodSortKey } from '@/lib/registry/period';

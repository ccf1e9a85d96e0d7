/** The data room table's columns, in order (shared by the server cells and the client header). */
export const COLUMN_NAMES = ['Figure', 'Value', 'Period', 'Measure', 'Status', 'Sources', 'Used in'] as const;

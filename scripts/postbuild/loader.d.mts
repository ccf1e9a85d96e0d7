export declare const LOADER_START: string;
export declare function loaderScript(scripts: readonly string[], preloads: readonly string[]): string;
export declare function readLoader(code: string): { scripts: string[]; preloads: string[] } | null;

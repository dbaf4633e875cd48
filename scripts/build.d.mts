export declare const ENTRIES: [string, string][];
export declare function buildAll(): Promise<void>;

export declare const ENTRIES: [string, string][];
export declare const PACK_ASSETS: [string, string][];
export declare function buildBundles(): Promise<[string, Uint8Array][]>;
export declare function buildAll(): Promise<void>;
export declare function staleBundles(): Promise<string[]>;
export declare function stagePackAssets(): void;
export declare function unstagePackAssets(): void;

/** Path of the chromium binary (`CHROMIUM_PATH` overrides). */
export declare const chromePath: string;
/** Command-line flags for a headless, offline chromium. */
export declare const chromeFlags: readonly string[];

import {fileURLToPath} from 'node:url';

/** The article opened when no input is given. Resolved from this file so it works from source/ and dist/ alike. */
export const bundledArticlePath = fileURLToPath(new URL('../data/xinhua-2023-05-26-chen-wenqing-moscow.txt', import.meta.url));

import {createContext} from 'react';

/** False under NO_COLOR: Ink does not honour it, so every painted row asks here (style.ts paint). */
export const ColorContext = createContext(true);

/** NO_COLOR set to anything but the empty string turns colour off (no-color.org). */
export function colorWanted(env: NodeJS.ProcessEnv): boolean {
	return !env.NO_COLOR;
}

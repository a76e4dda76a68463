import {createContext, useContext} from 'react';
import type {Style} from './style.js';

/** False under NO_COLOR: Ink does not honour it, so every coloured Text asks here. */
export const ColorContext = createContext(true);

export type TextStyle = {bold?: boolean; dimColor?: boolean; inverse?: boolean; underline?: boolean; color?: string};

/** Ink Text props for a style, with the colour left out when colour is off. */
export function useTextStyle(): (style: Style) => TextStyle {
	const color = useContext(ColorContext);
	return (style) => ({
		bold: style.bold,
		dimColor: style.dim,
		inverse: style.inverse,
		underline: style.underline,
		color: color ? style.color : undefined,
	});
}

/** NO_COLOR set to anything but the empty string turns colour off (no-color.org). */
export function colorWanted(env: NodeJS.ProcessEnv): boolean {
	return !env.NO_COLOR;
}

import {type Key, useApp, useInput, useStdin} from 'ink';
import {type RefObject, useEffect, useReducer} from 'react';
import type {Attributed} from '../model.js';
import {toAction} from './keys.js';
import {type Pointer, isMouse, parseMouse} from './mouse.js';
import {type Action, type Context, type State, initialState, reduce} from './state.js';

type Event = Action | {type: 'key'; input: string; key: Key; at: number} | {type: 'pointer'; pointer: Pointer};

/** What a pointer event does where it lands on the screen as drawn now (app.tsx knows the layout). */
export type PointerContext = Context & {pointer: (pointer: Pointer, state: State) => Action | undefined};

const plain: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
};

/**
 * Ink hands over text that arrives in one read ("/Russia⏎" typed fast, or sent by tmux) as one
 * input; the reader takes it as the keys it is made of.
 */
function split(input: string, key: Key): Array<[string, Key]> {
	if ([...input].length <= 1 || key.ctrl || key.meta) return [[input, key]];
	return [...input].map((char) => [char, {...plain, return: char === '\r', tab: char === '\t', backspace: char === '\u007F', shift: /^[A-Z]$/.test(char)}]);
}

/**
 * The reader's state and its keys. Key presses are read inside the reducer, against the latest
 * state, so fast typing never meets a stale closure; the screen as it is now comes through a ref.
 */
export function useReader(model: Attributed, speaker: string | undefined, contextRef: RefObject<PointerContext | undefined>, onExit?: (code: number) => unknown, statement?: number) {
	const [state, dispatch] = useReducer(
		(current: State, event: Event) => {
			const action =
				event.type === 'key' ? toAction(event.input, event.key, current, event.at) : event.type === 'pointer' ? contextRef.current!.pointer(event.pointer, current) : event;
			return action ? reduce(current, action, contextRef.current!) : current;
		},
		undefined,
		// The article opens at its top, its first statement selected
		() => initialState(model, speaker, statement),
	);
	const {isRawModeSupported} = useStdin();
	const {exit} = useApp();
	// On a pipe isRawModeSupported is undefined, and useInput still throws unless given a boolean
	useInput(
		(input, key) => {
			if (isMouse(input)) {
				const pointer = parseMouse(input);
				if (pointer) dispatch({type: 'pointer', pointer});
				return;
			}

			const at = Date.now();
			for (const [one, oneKey] of split(input, key)) dispatch({type: 'key', input: one, key: oneKey, at});
		},
		{isActive: Boolean(isRawModeSupported)},
	);
	useEffect(() => {
		if (state.exit === undefined) return;
		if (onExit?.(state.exit) !== true) exit();
	}, [state.exit, exit, onExit]);
	return [state, dispatch] as const;
}

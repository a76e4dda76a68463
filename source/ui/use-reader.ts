import {type Key, useApp, useInput, useStdin} from 'ink';
import {type RefObject, useCallback, useEffect, useReducer, useRef, useState} from 'react';
import type {Attributed} from '../model.js';
import {toAction} from './keys.js';
import {type Pointer, isMouse, parseMouse} from './mouse.js';
import {type Action, type Context, type Request, type State, initialState, reduce} from './state.js';

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
 * Keys and pointer reports from the terminal, as both readers take them: text that came in one
 * read as the keys it is made of, an SGR mouse report as a pointer event (others are dropped).
 */
export function useTerminalInput(onKey: (input: string, key: Key, at: number) => void, onPointer: (pointer: Pointer) => void, active = true) {
	const {isRawModeSupported} = useStdin();
	// On a pipe isRawModeSupported is undefined, and useInput still throws unless given a boolean
	useInput(
		(input, key) => {
			if (isMouse(input)) {
				const pointer = parseMouse(input);
				if (pointer) onPointer(pointer);
				return;
			}

			const at = Date.now();
			for (const [one, oneKey] of split(input, key)) onKey(one, oneKey, at);
		},
		{isActive: Boolean(isRawModeSupported) && active},
	);
}

/** Ends Ink once the reader's state has an exit code, unless `onExit` returns true (the corpus reader goes back to its lists). */
export function useExit(code: number | undefined, onExit?: (code: number) => unknown) {
	const {exit} = useApp();
	useEffect(() => {
		if (code === undefined) return;
		if (onExit?.(code) !== true) exit();
	}, [code, exit, onExit]);
}

/**
 * Does each new request (state.ts) through `perform` (run.tsx: copy, pager, editor, suspend,
 * redraw) once, notes the problem it reports, and draws the whole frame again after the terminal
 * was given away. Returns true while the blank frame that makes Ink write every row is drawn.
 */
export function useRequests(request: Request | undefined, perform: ((request: Request) => string | undefined) | undefined, note: (message: string) => void, redraws?: (redraw: () => void) => () => void): boolean {
	const [blank, setBlank] = useState(false);
	const redraw = useCallback(() => {
		setBlank(true);
	}, []);
	useEffect(() => redraws?.(redraw), [redraws, redraw]);
	useEffect(() => {
		if (blank) setBlank(false);
	}, [blank]);
	const handled = useRef(0);
	useEffect(() => {
		if (!request || request.id === handled.current) return;
		handled.current = request.id;
		const problem = perform?.(request);
		if (problem) note(problem);
		// After a suspension the reader redraws when it is continued (run.tsx), not before
		if (request.kind !== 'copy' && request.kind !== 'suspend') redraw();
	}, [request, perform, redraw, note]);
	return blank;
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
	useTerminalInput(
		(input, key, at) => {
			dispatch({type: 'key', input, key, at});
		},
		(pointer) => {
			dispatch({type: 'pointer', pointer});
		},
	);
	useExit(state.exit, onExit);
	return [state, dispatch] as const;
}

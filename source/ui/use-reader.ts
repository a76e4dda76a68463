import {type Key, useApp, useInput, useStdin} from 'ink';
import {useEffect, useReducer, useRef} from 'react';
import type {Attributed} from '../model.js';
import {toAction} from './keys.js';
import {type Action, type Context, type State, initialState, reduce} from './state.js';

type Event = Action | {type: 'key'; input: string; key: Key};

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
export function useReader(model: Attributed, speaker: string | undefined, context: Context, onExit?: (code: number) => void) {
	const contextRef = useRef(context);
	contextRef.current = context;
	const [state, dispatch] = useReducer(
		(current: State, event: Event) => {
			const action = event.type === 'key' ? toAction(event.input, event.key, current) : event;
			return action ? reduce(current, action, contextRef.current) : current;
		},
		undefined,
		// Revealed from the start: the first frame already shows the selected statement in the article
		() => reduce(initialState(model, speaker), {type: 'reveal'}, context),
	);
	const {isRawModeSupported} = useStdin();
	const {exit} = useApp();
	// On a pipe isRawModeSupported is undefined, and useInput still throws unless given a boolean
	useInput(
		(input, key) => {
			for (const [one, oneKey] of split(input, key)) dispatch({type: 'key', input: one, key: oneKey});
		},
		{isActive: Boolean(isRawModeSupported)},
	);
	useEffect(() => {
		if (state.exit === undefined) return;
		onExit?.(state.exit);
		exit();
	}, [state.exit, exit, onExit]);
	return [state, dispatch] as const;
}

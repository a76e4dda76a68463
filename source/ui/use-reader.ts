import {type Key, useApp, useInput, useStdin} from 'ink';
import {useEffect, useReducer, useRef} from 'react';
import type {Attributed} from '../model.js';
import {toAction} from './keys.js';
import {type Action, type Context, type State, initialState, reduce} from './state.js';

type Event = Action | {type: 'key'; input: string; key: Key};

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
		() => initialState(model, speaker),
	);
	const {isRawModeSupported} = useStdin();
	const {exit} = useApp();
	// On a pipe isRawModeSupported is undefined, and useInput still throws unless given a boolean
	useInput(
		(input, key) => {
			dispatch({type: 'key', input, key});
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

import {Text} from 'ink';
import {useTextStyle} from './color.js';
import type {Piece} from './style.js';

type LineProps = {
	pieces: Piece[];
};

/** One terminal row made of styled pieces; never wraps (the caller has already wrapped or cut it). */
export function Line({pieces}: LineProps) {
	const textStyle = useTextStyle();
	if (pieces.every((piece) => piece.text === '')) return <Text> </Text>;
	return (
		<Text wrap="truncate">
			{pieces.map((piece, index) => (
				// eslint-disable-next-line react/no-array-index-key -- pieces of one row, positional by nature
				<Text key={index} {...textStyle(piece.style)}>
					{piece.text}
				</Text>
			))}
		</Text>
	);
}

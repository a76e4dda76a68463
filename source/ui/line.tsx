import {Text} from 'ink';
import {memo} from 'react';

type LineProps = {
	/** The row with its styles in it (see `paint`), already wrapped or cut to the pane. */
	text: string;
};

/** One terminal row; a row whose text is unchanged is not drawn again by React. */
export const Line = memo(function Line({text}: LineProps) {
	if (text === '') return <Text> </Text>;
	return <Text wrap="truncate">{text}</Text>;
});

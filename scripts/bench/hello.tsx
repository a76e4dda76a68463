// The reference for the reader's first frame: an Ink hello-world, bundled with the same esbuild options.
import {Text, render} from 'ink';

render(<Text>Hello, world</Text>);

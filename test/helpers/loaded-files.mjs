// Preloaded with --import: registers a module hook (Node's supported module.register) that writes to
// stderr, one `loaded: PATH` line each, the modules under dist/ that the process loads, so a test can
// tell which chunks a run loaded.
import {register} from 'node:module';

register('./loaded-files-hooks.mjs', import.meta.url, {data: {dist: new URL('../../dist/', import.meta.url).href}});

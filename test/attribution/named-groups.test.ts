import test from 'ava';
import {analyse} from '../../source/analyse.js';
import {toJson} from '../../source/views/json.js';
import {toPlain} from '../../source/views/plain.js';
import {article, who} from '../helpers/attribute.js';

test('several named people who speak together are one group with its members: "Senators Ada Voss, Ivo Marsh and Lena Holt wrote"', (t) => {
	const model = article('Dam', 'Senators Ada Voss, Ivo Marsh and Lena Holt wrote that the dam was unsafe.', 'Ada Voss said the crews were tired.');
	t.deepEqual(who(model), [
		[1, 'Ada Voss, Ivo Marsh and Lena Holt'],
		[2, 'Ada Voss'],
	]);
	const [group, voss] = model.speakers;
	t.is(group!.kind, 'group');
	t.is(group!.role, 'Senators');
	// A member who also speaks alone is that speaker
	t.deepEqual(group!.members, [voss!.id, 'ivo-marsh', 'lena-holt']);
	t.is(voss!.kind, 'person');
});

test('two people joined by "and" are a group; organisations and a person with a role are not', (t) => {
	t.deepEqual(article('Dam', 'On Monday, Ada Voss and Ivo Marsh said the dam was safe.').speakers[0]!.members, ['ada-voss', 'ivo-marsh']);
	t.is(article('Dam', 'Acme Corp and Lenk Ltd said the dam was safe.').speakers[0]!.members, undefined);
	t.is(article('Dam', 'Ada Voss, the mayor, said the dam was safe.').speakers[0]!.members, undefined);
});

test('--json gives a group its members; --plain lists them under the group', (t) => {
	const model = analyse('Dam\n\nAda Voss and Ivo Marsh wrote that the dam was unsafe.');
	const json = JSON.parse(toJson(model)) as {speakers: Array<{kind: string; members?: string[]}>};
	t.deepEqual(json.speakers[0]!.members, ['ada-voss', 'ivo-marsh']);
	t.is(json.speakers[0]!.kind, 'group');
	t.true(toPlain(model).includes('Ada Voss and Ivo Marsh (group)\n  members: ada-voss, ivo-marsh\n'));
});

/*
 * Markdown → article text, through a CommonMark parser (mdast-util-from-markdown, on micromark),
 * not patterns: the first heading is the headline; paragraphs, other headings, blockquotes and list
 * items are paragraphs; links keep their text; emphasis markers, images, HTML and code blocks never
 * reach the text (inline code keeps its words, without the backticks).
 */
import type {Nodes, Parent} from 'mdast';
import {fromMarkdown as parseMarkdown} from 'mdast-util-from-markdown';
import type {PageMeta} from '../model.js';

export type MarkdownArticle = {text: string; meta: PageMeta};

/** The text of inline content: a line break is a line feed. */
function inline(node: Nodes): string {
	switch (node.type) {
		case 'text':
		case 'inlineCode': {
			return node.value.replaceAll('\n', ' ');
		}

		case 'break': {
			return '\n';
		}

		case 'image':
		case 'imageReference':
		case 'html':
		case 'footnoteReference': {
			return '';
		}

		default: {
			return 'children' in node ? (node as Parent).children.map((child) => inline(child as Nodes)).join('') : '';
		}
	}
}

/** Gives `add` the paragraphs under `node`, in order. */
function blocks(node: Nodes, add: (text: string, heading?: boolean) => void) {
	switch (node.type) {
		case 'heading': {
			add(inline(node), true);
			return;
		}

		case 'paragraph': {
			add(inline(node));
			return;
		}

		case 'tableRow': {
			add(node.children.map((cell) => inline(cell)).join(' '));
			return;
		}

		case 'code':
		case 'html':
		case 'definition':
		case 'footnoteDefinition':
		case 'thematicBreak':
		case 'yaml': {
			return;
		}

		default: {
			if ('children' in node) for (const child of (node as Parent).children) blocks(child as Nodes, add);
		}
	}
}

export function fromMarkdown(markdown: string): MarkdownArticle {
	const paragraphs: string[] = [];
	let title: string | undefined;
	blocks(parseMarkdown(markdown), (text, heading) => {
		const trimmed = text.replaceAll(/[ \t]*\n[ \t]*/g, '\n').trim();
		if (trimmed === '') return;
		// The first heading is the headline when nothing but other headings came before it
		if (heading && title === undefined && paragraphs.length === 0) title = trimmed.replaceAll('\n', ' ');
		else paragraphs.push(trimmed);
	});
	return {text: paragraphs.join('\n\n'), meta: {title}};
}

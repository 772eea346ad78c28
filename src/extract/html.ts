import { type HTMLElement, type Node, NodeType, parse } from 'node-html-parser';
import type { RawMetadata } from './front-matter.ts';
import type { Lexicon } from './lexicon.ts';

// HTML goes through a real parser (node-html-parser), never regexes: scripts, styles, navigation, asides,
// forms and elements whose class or id says "share", "comment", "related"… are dropped; block elements become
// line breaks so the furniture lines that remain can be removed like those of plain text.

const BLOCKS = new Set(
  'p div br h1 h2 h3 h4 h5 h6 li ul ol article section main blockquote tr table dd dt pre figcaption hr'.split(' '),
);

export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])/i.test(text);
}

function dropped(el: HTMLElement, lexicon: Lexicon): boolean {
  const tag = el.rawTagName?.toLowerCase() ?? '';
  if (lexicon.furniture.dropElements.includes(tag)) return true;
  const marks =
    `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('role') ?? ''}`.toLowerCase();
  if (/\b(navigation|complementary|banner|contentinfo)\b/.test(marks)) return true;
  return lexicon.furniture.classHints.some((hint) => marks.includes(hint));
}

function collect(node: Node, lexicon: Lexicon, out: string[]): void {
  if (node.nodeType === NodeType.TEXT_NODE) {
    out.push(node.text.replace(/\s+/g, ' '));
    return;
  }
  if (node.nodeType !== NodeType.ELEMENT_NODE) return;
  const el = node as HTMLElement;
  if (dropped(el, lexicon)) return;
  const block = BLOCKS.has(el.rawTagName?.toLowerCase() ?? '');
  if (block) out.push('\n');
  for (const child of el.childNodes) collect(child, lexicon, out);
  if (block) out.push('\n');
}

function meta(root: HTMLElement, ...names: string[]): string | undefined {
  for (const name of names) {
    const el = root.querySelector(`meta[property="${name}"]`) ?? root.querySelector(`meta[name="${name}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

export function htmlToText(html: string, lexicon: Lexicon): { text: string; meta: RawMetadata } {
  const root = parse(html, { comment: false, blockTextElements: { pre: true } });
  const body = root.querySelector('article') ?? root.querySelector('main') ?? root.querySelector('body') ?? root;
  const parts: string[] = [];
  collect(body, lexicon, parts);
  const text = parts
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const time = root.querySelector('time[datetime]')?.getAttribute('datetime');
  const found: RawMetadata = {
    title: meta(root, 'og:title') ?? (root.querySelector('title')?.text.trim() || undefined),
    publisher: meta(root, 'og:site_name', 'publisher', 'author'),
    url: meta(root, 'og:url') ?? root.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    publishedAt: meta(root, 'article:published_time', 'date', 'pubdate') ?? time,
    language: root.querySelector('html')?.getAttribute('lang')?.slice(0, 2).toLowerCase(),
  };
  for (const key of Object.keys(found) as (keyof RawMetadata)[]) if (!found[key]) delete found[key];
  return { text, meta: found };
}

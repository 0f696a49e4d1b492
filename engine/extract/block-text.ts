// Text of an element with paragraph breaks where the page has blocks, so sentences never run
// across a heading or a list item. textContent would glue "Headline" and "First sentence".

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/** Elements whose text is never article text. */
export const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'HEAD',
  'TITLE',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Nodes visited between two pauses of blockTextSteps. */
const NODES_PER_STEP = 500;

/**
 * Block-aware text of `root`: blocks separated by a blank line, runs of spaces collapsed.
 * A generator that pauses every few thousand nodes, so a caller can spread a huge page over
 * several tasks; elements for which `skip` says true are left out with their content.
 */
export function* blockTextSteps(
  root: Node,
  skip: (element: Element) => boolean = () => false,
): Generator<void, string> {
  const parts: string[] = [];
  const stack: { node: Node; leaving: boolean }[] = [{ node: root, leaving: false }];
  let visited = 0;
  while (stack.length) {
    if (++visited % NODES_PER_STEP === 0) yield;
    const { node, leaving } = stack.pop() as { node: Node; leaving: boolean };
    if (node.nodeType === TEXT_NODE) {
      parts.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const tag = (node as Element).tagName?.toUpperCase?.() ?? '';
    if (SKIP_TAGS.has(tag)) continue;
    if (!leaving && node !== root && node.nodeType === ELEMENT_NODE && skip(node as Element)) continue;
    const block = BLOCK_TAGS.has(tag);
    if (leaving) {
      if (block) parts.push('\n\n');
      continue;
    }
    if (block) parts.push('\n\n');
    stack.push({ node, leaving: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ node: children[i] as Node, leaving: false });
    }
  }
  return parts
    .join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Runs a stepwise computation to its end, in one go. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** blockTextSteps in one go. */
export function blockText(root: Node, skip?: (element: Element) => boolean): string {
  return runToEnd(blockTextSteps(root, skip));
}

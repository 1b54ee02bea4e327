/**
 * A strict little XML reader for the tests: elements, attributes and text, in document order,
 * failing on anything unbalanced. Enough for the manifests this folder generates (no DTDs, no
 * CDATA), so that their element order can be checked.
 */
export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!);

/** @throws naming the offset when tags do not balance or the document has not exactly one root. */
export function parseXml(source: string): XmlNode {
  const body = source.replace(/^<\?xml[^>]*\?>/, '').replace(/<!--[\s\S]*?-->/g, '');
  const root: XmlNode = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>|([^<]+)/g;
  let last = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    if (m.index !== last) throw new Error(`unreadable XML at offset ${last}: ${body.slice(last, last + 40)}`);
    last = tag.lastIndex;
    const [, closing, name, attrs, selfClosing, text] = m;
    const top = stack.at(-1)!;
    if (text !== undefined) {
      top.text += decode(text).trim();
      continue;
    }
    if (closing) {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}> at offset ${m.index}`);
      stack.pop();
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const a of attrs!.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) attributes[a[1]!] = decode(a[2]!);
    const node: XmlNode = { name: name!, attributes, children: [], text: '' };
    top.children.push(node);
    if (!selfClosing) stack.push(node);
  }
  if (last !== body.length) throw new Error(`unreadable XML at offset ${last}`);
  if (stack.length !== 1) throw new Error(`<${stack.at(-1)!.name}> is never closed`);
  if (root.children.length !== 1) throw new Error(`an XML document has one root element, this one ${root.children.length}`);
  return root.children[0]!;
}

/** The first child called `name`. */
export function child(node: XmlNode, name: string): XmlNode {
  const found = node.children.find((c) => c.name === name);
  if (!found) throw new Error(`<${node.name}> has no <${name}>`);
  return found;
}

/** Every node in the tree, depth first. */
export function descendants(node: XmlNode): XmlNode[] {
  return [node, ...node.children.flatMap(descendants)];
}

import { CODICON_NAME_PATTERN, FALLBACK_CODICON } from '../shared/patterns';
import { fillTemplate } from '../shared/textTemplate';
/**
 * A tiny element builder. Text is always set with `textContent`, never parsed as HTML,
 * so whatever a user typed into a moment shows as the characters they typed.
 */

type Child = Node | string | false | undefined | null;

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) {
    if (child === false || child === undefined || child === null) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

export function button(label: string, onClick: () => void, attributes: Record<string, string> = {}): HTMLButtonElement {
  const node = element('button', { type: 'button', ...attributes }, label);
  node.addEventListener('click', onClick);
  return node;
}

/** A button that shows only a codicon; `label` is what screen readers and tooltips say. */
export function iconButton(
  icon: string,
  label: string,
  onClick: () => void,
  attributes: Record<string, string> = {},
): HTMLButtonElement {
  const node = element(
    'button',
    { type: 'button', class: 'icon-button', 'aria-label': label, title: label, ...attributes },
    codicon(icon),
  );
  node.addEventListener('click', onClick);
  return node;
}

export function codicon(name: string): HTMLElement {
  // Only known-safe icon names become class names.
  const safe = CODICON_NAME_PATTERN.test(name) ? name : FALLBACK_CODICON;
  return element('span', { class: `codicon codicon-${safe}`, 'aria-hidden': 'true' });
}

/** A section with a heading, labelled by it for screen readers. */
export function section(id: string, title: string, ...children: Child[]): HTMLElement {
  return element(
    'section',
    { 'aria-labelledby': `${id}-title`, id },
    element('h3', { id: `${id}-title` }, title),
    ...children,
  );
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svgElement<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number> = {},
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

/** A text from the host with its `{0}`, `{1}` … filled in; a placeholder without a value stays as it is. */
export function fill(template: string, ...values: (string | number)[]): string {
  return fillTemplate(template, values);
}

/*
 * The light pane's whole DOM toolkit: Internet Explorer 11 has no append(), replaceChildren() or multi-class
 * classList calls, so elements are made and emptied here with what it does have.
 */

export type Child = Node | string | null | undefined | false;

export interface Props {
  className?: string;
  id?: string;
  /** Attributes set as given: aria-*, role, type, for, lang, href… */
  attrs?: Record<string, string>;
  onClick?: (event: Event) => void;
  hidden?: boolean;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.id) element.id = props.id;
  if (props.hidden) element.hidden = true;
  const attrs = props.attrs ?? {};
  for (const name in attrs) if (Object.prototype.hasOwnProperty.call(attrs, name)) element.setAttribute(name, attrs[name]);
  const onClick = props.onClick;
  if (onClick) element.addEventListener("click", (event) => onClick(event));
  appendAll(element, children);
  return element;
}

export function appendAll(parent: Node, children: readonly Child[]): void {
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/** Replaces an element's content. */
export function fill(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  appendAll(parent, children);
}

/** A button that is not a form submit. */
export function button(
  label: string,
  onClick: () => void,
  className = "rdl-button",
  attrs: Record<string, string> = {},
): HTMLButtonElement {
  const attributes: Record<string, string> = { type: "button" };
  for (const name in attrs) if (Object.prototype.hasOwnProperty.call(attrs, name)) attributes[name] = attrs[name];
  return h("button", { className, attrs: attributes, onClick: () => onClick() }, label);
}

let nextId = 0;
/** A document-unique id for label/aria links. */
export function uniqueId(prefix: string): string {
  nextId += 1;
  return `rdl-${prefix}-${nextId}`;
}

/** A button that shows and hides `body` (aria-expanded on the button): the pane's folds and "Chi tiết". */
export function disclosure(label: string, body: HTMLElement, className = "rdl-link"): HTMLButtonElement {
  if (!body.id) body.id = uniqueId("fold");
  body.hidden = true;
  const toggle: HTMLButtonElement = button(label, () => setOpen(toggle, body, body.hidden), className, {
    "aria-expanded": "false",
    "aria-controls": body.id,
  });
  return toggle;
}

/** Opens or closes a disclosure's body. */
export function setOpen(toggle: HTMLElement, body: HTMLElement, open: boolean): void {
  body.hidden = !open;
  toggle.setAttribute("aria-expanded", open ? "true" : "false");
}

/**
 * Copying on an article page: each reference of the "Cite" section gets a Copy button, and a paragraph's ¶ link
 * copies the paragraph's address as well as going to it. Both say what they did in the page's status line.
 *
 * Without this script nothing is lost: the references stay selectable text, the buttons stay hidden, and every ¶
 * is a plain link in the tab order. With it, the ¶ links are one stop for the Tab key instead of one per
 * paragraph: Tab reaches one of them, the arrow keys move between them (Home and End jump to the first and last).
 */

const statusLine = document.querySelector<HTMLElement>('[data-copy-status]');
let clearing: ReturnType<typeof setTimeout> | undefined;

/** Shows a short message in the status line, which screen readers announce, and clears it after a while. */
function say(message: string): void {
  if (!statusLine) return;
  statusLine.textContent = message;
  clearTimeout(clearing);
  clearing = setTimeout(() => (statusLine.textContent = ''), 5000);
}

/** Copies text; false where the browser refuses (an insecure page, a denied permission). */
async function copied(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * A Copy button for one reference, named by its style ("Copy the APA (7th edition) reference"). The page carries no
 * button of its own: one that only works with this script is made by it, and a page read without it has none.
 */
function copyButton(label: string, reference: HTMLElement): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'cite__copy';
  const name = document.createElement('span');
  name.className = 'visually-hidden';
  name.textContent = ` the ${label} reference`;
  button.append('Copy', name);
  button.addEventListener('click', async () => {
    const done = await copied(reference.innerText.trim());
    say(done ? `${label} reference copied.` : 'Could not copy: select the reference and copy it.');
  });
  return button;
}

if (navigator.clipboard) {
  // Each style's name (a <dt>) is followed by its reference (the <dd>); the button goes beside the name.
  for (const term of document.querySelectorAll<HTMLElement>('[data-copy-references] dt')) {
    const reference = term.nextElementSibling;
    const label = term.textContent?.trim();
    if (reference instanceof HTMLElement && reference.tagName === 'DD' && label)
      term.append(copyButton(label, reference));
  }
}

/** The page's public address (its canonical link) rather than the one it is read at, which may carry a query. */
const pageAddress = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
const anchors = [...document.querySelectorAll<HTMLAnchorElement>('a.passage-anchor')];

/** Makes `current` the one ¶ link that Tab reaches. */
function rove(current: HTMLAnchorElement): void {
  for (const anchor of anchors) anchor.tabIndex = anchor === current ? 0 : -1;
}

if (anchors[0]) rove(anchors[0]);
for (const [index, anchor] of anchors.entries()) {
  anchor.setAttribute('aria-keyshortcuts', 'ArrowUp ArrowDown Home End');
  anchor.addEventListener('click', async () => {
    rove(anchor);
    // The link still goes to its paragraph, so the address bar shows it too.
    const address = new URL(anchor.getAttribute('href') ?? '', pageAddress).href;
    say(
      (await copied(address)) ? 'Link to this paragraph copied.' : 'The address bar now shows this paragraph’s link.',
    );
  });
  anchor.addEventListener('keydown', (event) => {
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: anchors.length - 1,
    };
    const next = anchors[moves[event.key] ?? -1];
    if (!next || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    rove(next);
    next.focus();
  });
}

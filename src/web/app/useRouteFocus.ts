import { useEffect, useRef, useState, type RefObject } from 'react';
import { useLocation } from 'react-router';

/** The app's name after each page's own title: "โครงการ – ติดตาม". */
export const APP_TITLE = 'ติดตาม';

/**
 * A single-page app changes pages without the browser's cues: once a new page's h1 has rendered (its chunk
 * and data may come later), the document title follows it, focus moves to it (not on the first load, which
 * the screen reader announces itself) and the returned text is for a polite live region.
 */
export function useRouteFocus(main: RefObject<HTMLElement | null>): string {
  const { pathname } = useLocation();
  const [announced, setAnnounced] = useState('');
  const first = useRef(true);

  useEffect(() => {
    const root = main.current;
    if (!root) return;
    const moveFocus = !first.current;
    first.current = false;
    let focused = false;
    const apply = () => {
      const heading = root.querySelector('h1');
      const text = heading?.textContent?.trim();
      if (!heading || !text) return;
      const title = `${text} – ${APP_TITLE}`;
      if (document.title !== title) document.title = title;
      if (focused) return;
      focused = true;
      if (moveFocus) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: false });
        setAnnounced(text);
      }
    };
    apply();
    // the page's heading arrives with its chunk and may change with its data or the language
    const observer = new MutationObserver(apply);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [pathname, main]);

  return announced;
}

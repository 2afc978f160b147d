import { useEffect, useRef } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useT } from '../shared/i18n/useT';
import { isCurrent, type NavGroup } from './nav-pages';

/**
 * One group of the main menu: a button (aria-expanded, aria-controls) that opens a list of links.
 * Escape closes it and gives focus back to the button; a click outside or focus leaving it (Tab past its
 * last link) closes it; the layout closes it on navigation. On a phone the list opens in place inside the folded menu.
 */
export function NavMenu({
  group,
  open,
  onToggle,
  onClose,
}: {
  group: NavGroup;
  open: boolean;
  onToggle: () => void;
  onClose: () => void;
}) {
  const { t } = useT();
  const { pathname } = useLocation();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const listId = `nav-menu-${group.id}`;
  const current = group.pages.some((page) => isCurrent(page.path, pathname));

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      onClose();
      button.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) onClose();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open, onClose]);

  return (
    <div
      ref={root}
      className={`nav-menu${open ? ' is-open' : ''}`}
      onBlur={(event) => {
        if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) onClose();
      }}
    >
      <button
        ref={button}
        type="button"
        className={`nav-menu__button${current ? ' active' : ''}`}
        aria-expanded={open}
        aria-controls={listId}
        onClick={onToggle}
        data-testid={group.testId}
      >
        {t(group.key)} <span aria-hidden="true">▾</span>
      </button>
      <ul id={listId} className="nav-menu__list" hidden={!open}>
        {group.pages.map((page) => (
          <li key={page.path}>
            <NavLink to={page.path} data-testid={page.testId} onClick={onClose}>
              {t(page.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </div>
  );
}

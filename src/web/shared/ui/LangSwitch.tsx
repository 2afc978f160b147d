import { useT } from '../i18n/useT';

/**
 * ไทย / EN toggle; the choice is kept in localStorage. Its accessible name is its visible text (WCAG 2.5.3);
 * the longer wording is its description.
 */
export function LangSwitch() {
  const { lang, setLang, t } = useT();
  return (
    <button
      type="button"
      className="lang-switch"
      data-testid="lang-switch"
      onClick={() => setLang(lang === 'th' ? 'en' : 'th')}
      title={t('layout.switchLanguage')}
    >
      <span className={lang === 'th' ? 'is-active' : undefined} lang="th">
        ไทย
      </span>
      {' / '}
      <span className={lang === 'en' ? 'is-active' : undefined} lang="en">
        EN
      </span>
    </button>
  );
}

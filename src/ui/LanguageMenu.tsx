// The language switch: a short code on the toolbar, the languages by their own names in the menu.
// The choice applies at once to every screen and is remembered (src/i18n/locale).
import { For } from 'solid-js';
import { LOCALES, locale, setLocale, t } from '../i18n';
import { Menu } from './Menu';

export function LanguageMenu() {
  return (
    <Menu
      testId="toolbar.language"
      label={
        <>
          {locale().toUpperCase()}
          <span class="visually-hidden"> · {t('common.language')}</span> ▾
        </>
      }
      title={`${t('common.language')}: ${t(`common.language.${locale()}`)}`}
    >
      {(close) => (
        <For each={LOCALES}>
          {(choice) => (
            <button
              role="menuitemradio"
              aria-checked={locale() === choice}
              lang={choice}
              data-testid={`toolbar.language.${choice}`}
              onClick={() => (close(), setLocale(choice))}
            >
              <span class="menu-check" aria-hidden="true">
                {locale() === choice ? '✓' : ''}
              </span>
              {t(`common.language.${choice}`)}
            </button>
          )}
        </For>
      )}
    </Menu>
  );
}

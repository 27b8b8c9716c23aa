/** The options page's script: speaks the browser's language and renders the sections. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../components/options/OptionsApp';
import { t } from '../../components/shared/i18n';
import '../../components/shared/page.css';
import '../../components/options/options.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);

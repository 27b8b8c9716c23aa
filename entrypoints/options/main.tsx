/** The options page's script: speaks the browser's language and renders the sections. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '../../components/options/i18n';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/options/options.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);

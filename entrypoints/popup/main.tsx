/** The toolbar popup's script: speaks the browser's language and renders the ticket list. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/popup/PopupApp';
import { t } from '../../components/shared/i18n';
import '../../components/popup/popup.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('popupTitle');
const root = document.getElementById('app');
if (root) render(<PopupApp />, root);

/** The toolbar popup's script: speaks the browser's language and renders the ticket list. */
import { browser } from 'wxt/browser';
import { mountPopup } from '../../components/popup/mount-popup';
import { t } from '../../components/shared/i18n';
import '../../components/popup/popup.css';

const root = document.getElementById('app');
if (root) void mountPopup(root);
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('popupTitle');

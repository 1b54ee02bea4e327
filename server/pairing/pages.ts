/**
 * The sign-in pages the server hosts for pairing: small server-rendered HTML, every string from
 * the catalogue, no framework and no external assets (office.js on the done page only, so an
 * Office dialog can tell the pane). Values are escaped by `hono/html`.
 */
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { translator, type Translator, type UiLocale } from '../../core/i18n/index.ts';

/** Where office.js is loaded from: Microsoft's CDN, as Office requires for a hosted dialog. */
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export interface PageFrame {
  locale: UiLocale;
  /** The CSP nonce for this response's inline style and script. */
  nonce: string;
  /** This page's path, for the language switch (`/pair/abc`). */
  path: string;
}

const STYLE = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif;margin:0;background:#f4f5f7;color:#1d2330}
main{max-width:22rem;margin:8vh auto;background:#fff;padding:1.75rem;border-radius:10px;box-shadow:0 1px 4px rgba(0,0,0,.12)}
h1{font-size:1.25rem;margin:0 0 .75rem}
p{margin:.5rem 0}
label{display:block;margin:.9rem 0 .2rem;font-weight:600}
input{box-sizing:border-box;width:100%;padding:.55rem .6rem;font:inherit;border:1px solid #b8bfcc;border-radius:6px}
input.code{letter-spacing:.2em;text-transform:uppercase;font-family:ui-monospace,monospace}
button{margin-top:1.2rem;width:100%;padding:.6rem;font:inherit;font-weight:600;color:#fff;background:#1f5fbf;border:0;border-radius:6px;cursor:pointer}
.error{color:#a31515;background:#fdecec;padding:.5rem .6rem;border-radius:6px}
.done{color:#135c2b}
nav{text-align:right;font-size:.85rem}
`;

function page(frame: PageFrame, t: Translator, title: string, content: Html, options: { pairId?: string; officeJs?: boolean } = {}): Html {
  const other: UiLocale = frame.locale === 'zh' ? 'en' : 'zh';
  return html`<!doctype html>
<html lang="${frame.locale === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title} · Touchpoint</title>
<style nonce="${frame.nonce}">${raw(STYLE)}</style>
${options.officeJs ? officeScript(frame.nonce) : ''}
</head>
<body${options.pairId ? html` data-pair-id="${options.pairId}"` : ''}>
<main>
<nav><a href="${frame.path}?lang=${other}" hreflang="${other === 'zh' ? 'zh-CN' : 'en'}">${t.t('pair.switch_language')}</a></nav>
<h1>${title}</h1>
${content}
</main>
</body>
</html>`;
}

/**
 * Loads office.js and, inside an Office dialog, tells the pane the pairing is approved. In a
 * plain browser (or when the CDN is out of reach) it does nothing and the page reads the same.
 */
function officeScript(nonce: string): Html {
  return html`<script nonce="${nonce}">
(function () {
  var script = document.createElement('script');
  script.src = ${raw(JSON.stringify(OFFICE_JS_URL))};
  script.onload = function () {
    if (!window.Office || typeof Office.onReady !== 'function') return;
    Office.onReady(function () {
      try {
        var ui = Office.context && Office.context.ui;
        if (ui && typeof ui.messageParent === 'function') {
          ui.messageParent(JSON.stringify({ type: 'paired', pairId: document.body.getAttribute('data-pair-id') }));
        }
      } catch (e) {}
    });
  };
  document.head.appendChild(script);
})();
</script>`;
}

const errorLine = (message: string | undefined) => (message ? html`<p class="error" role="alert">${message}</p>` : '');

/** The e-mail and password form for one pairing. */
export function signInPage(frame: PageFrame, view: { action: string; csrf: string; intro: string; email?: string; error?: string }): Html {
  const t = translator(frame.locale);
  return page(
    frame,
    t,
    t.t('pair.title'),
    html`<p>${view.intro}</p>
${errorLine(view.error)}
<form method="post" action="${view.action}">
<input type="hidden" name="csrf" value="${view.csrf}">
<label for="email">${t.t('pair.email')}</label>
<input id="email" name="email" type="email" autocomplete="username" required value="${view.email ?? ''}">
<label for="password">${t.t('pair.password')}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">${t.t('pair.submit')}</button>
</form>`,
  );
}

/** The short-code form: the way in when the add-in cannot open a dialog. */
export function codePage(frame: PageFrame, view: { action: string; csrf: string; code?: string; error?: string }): Html {
  const t = translator(frame.locale);
  return page(
    frame,
    t,
    t.t('pair.code_title'),
    html`<p>${t.t('pair.code_hint')}</p>
${errorLine(view.error)}
<form method="post" action="${view.action}">
<input type="hidden" name="csrf" value="${view.csrf}">
<label for="code">${t.t('pair.code')}</label>
<input id="code" class="code" name="code" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="20" required value="${view.code ?? ''}">
<button type="submit">${t.t('pair.code_submit')}</button>
</form>`,
  );
}

/** Signed in: says so, and inside an Office dialog tells the pane (`messageParent`). */
export function donePage(frame: PageFrame, view: { message: string; pairId?: string }): Html {
  const t = translator(frame.locale);
  const inDialog = view.pairId !== undefined;
  return page(frame, t, t.t('pair.done_title'), html`<p class="done">${view.message}</p>`, inDialog ? { pairId: view.pairId!, officeJs: true } : {});
}

/** A page that only says something (expired, locked, already used). */
export function messagePage(frame: PageFrame, view: { title?: string; message: string }): Html {
  const t = translator(frame.locale);
  return page(frame, t, view.title ?? t.t('pair.title'), html`<p class="error" role="alert">${view.message}</p>`);
}

// The little the pages do in the browser; every page works without it.
//
// On a phone the main menu folds behind a «Meny» button, so a page's content starts on the first screen. Without this script the
// menu stays open and the button hidden. Blazor's enhanced navigation patches the page back to the server's HTML, so the fold is
// set again after each navigation; the click is caught on the document, which outlives those patches.
//
// A refused form's error summary is marked autofocus, but the page opens at the form's anchor, and a browser does not autofocus a
// page whose address has a fragment: focus is moved here (Blazor leaves the heading alone when an autofocus element is there).
(() => {
    const focusError = () => {
        const summary = document.querySelector('[role=alert][autofocus]');
        if (summary && (document.activeElement === null || document.activeElement === document.body)) summary.focus();
    };
    const fold = () => {
        for (const nav of document.querySelectorAll('nav.side')) {
            const button = nav.querySelector('.menu-toggle');
            if (!button) continue;
            button.hidden = false;
            nav.classList.add('folded');
            button.setAttribute('aria-expanded', 'false');
        }
    };
    document.addEventListener('click', e => {
        const button = e.target.closest('.menu-toggle');
        if (!button) return;
        const nav = button.closest('nav.side');
        const folded = nav.classList.toggle('folded');
        button.setAttribute('aria-expanded', String(!folded));
    });
    const ready = () => { fold(); focusError(); };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready); else ready();
    // A page that streams its content replaces the summary after DOMContentLoaded: look again once everything is in.
    window.addEventListener('load', () => setTimeout(focusError, 0));
    document.addEventListener('DOMContentLoaded', () => window.Blazor?.addEventListener?.('enhancedload', ready));
})();

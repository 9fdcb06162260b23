// On a phone the main menu folds behind a «Meny» button, so a page's content starts on the first screen. Without this script the
// menu stays open and the button hidden. Blazor's enhanced navigation patches the page back to the server's HTML, so the fold is
// set again after each navigation; the click is caught on the document, which outlives those patches.
(() => {
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
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fold); else fold();
    document.addEventListener('DOMContentLoaded', () => window.Blazor?.addEventListener?.('enhancedload', fold));
})();

// The one script on article pages, run inline as a classic script (see HighlightOnArrival.astro). Its text is
// hashed into the content security policy at build time, so it reads its settings from its element's data
// attributes and stays the same on every page.
(() => {
  const { param, markClass, highlighter } = document.currentScript.dataset;
  const params = new URLSearchParams(location.search);
  if (!params.has(param)) return;
  import(highlighter).then(() => {
    new window.PagefindHighlight({
      highlightParam: param,
      markContext: '[data-pagefind-body]',
      markOptions: { className: markClass },
      addStyles: false,
    });
    if (!location.hash) document.querySelector('mark.' + markClass)?.scrollIntoView({ block: 'center' });
    params.delete(param);
    const query = params.size > 0 ? '?' + params : '';
    history.replaceState(history.state, '', location.pathname + query + location.hash);
  });
})();

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

// Added by HtmlLayoutChromiumIT to a copy of the report (the report itself has no script): measures the
// layout Chromium made and leaves the figures, URI-encoded JSON, in <pre id="layout"> for --dump-dom.
(function () {
  const out = {width: window.innerWidth, pageWidth: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight, cells: 0, split: [], tall: [], scrolled: [], charts: []};
  const box = e => { const r = e.getBoundingClientRect(); return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
  const lines = range => new Set(Array.from(range.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top))).size;
  for (const cell of document.querySelectorAll('td, th')) {
    out.cells++;
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const word = /\S+/g;
      for (let m = word.exec(node.data); m; m = word.exec(node.data)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        if (lines(range) > 1) out.split.push(m[0]);
      }
    }
    const text = cell.textContent.trim();
    if (text && !/\s/.test(text)) {
      const range = document.createRange();
      range.selectNodeContents(cell);
      const height = range.getBoundingClientRect().height;
      if (height > 1.5 * parseFloat(getComputedStyle(cell).lineHeight)) out.tall.push(text + ': ' + height + 'px');
    }
  }
  for (const s of document.querySelectorAll('.scroll')) {
    if (s.scrollWidth > s.clientWidth) out.scrolled.push(s.querySelector('th').textContent + ': ' + s.scrollWidth + 'px');
  }
  const texts = g => g ? Array.from(g.querySelectorAll('text')).map(t => t.textContent) : [];
  const axis = a => a && {texts: texts(a), box: box(a),
    titles: Array.from(a.querySelectorAll('text.title')).map(t => ({text: t.textContent, box: box(t)}))};
  for (const svg of document.querySelectorAll('svg')) {
    const frame = box(svg);
    const outside = Array.from(svg.querySelectorAll('text')).filter(t => {
      const b = box(t);
      return b.left < frame.left - 1 || b.right > frame.right + 1 || b.top < frame.top - 1 || b.bottom > frame.bottom + 1;
    }).map(t => t.textContent);
    const legend = svg.querySelector('.legend');
    out.charts.push({name: svg.getAttribute('class'), box: frame, outside: outside, legend: texts(legend),
      legendBox: legend && box(legend), rating: axis(svg.querySelector('.axis-rating')),
      coverage: axis(svg.querySelector('.axis-coverage'))});
  }
  const pre = document.createElement('pre');
  pre.id = 'layout';
  pre.textContent = encodeURIComponent(JSON.stringify(out));
  document.body.appendChild(pre);
})();

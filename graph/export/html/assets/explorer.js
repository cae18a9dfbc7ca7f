/* talentgraph explorer: draws the graph embedded in #tg-data with Cytoscape.js.
 *
 * Every text that comes from the graph is put into the page with textContent (never as
 * markup), and labels are drawn on the canvas, so names cannot inject anything.  Node
 * positions are computed at export time; the page only applies them.  Tests drive the
 * page through window.talentgraph.
 */
(function () {
  'use strict';

  // one place for how each node type is drawn: [Cytoscape shape, colour]
  var TYPES = {
    Person: ['ellipse', '#2563eb'],
    Organization: ['round-rectangle', '#f59e0b'],
    School: ['barrel', '#059669'],
    Skill: ['diamond', '#8b5cf6'],
    Paper: ['rectangle', '#dc2626'],
    Venue: ['hexagon', '#db2777'],
    Award: ['star', '#ca8a04'],
    Project: ['pentagon', '#0d9488'],
    Patent: ['octagon', '#4b5563'],
    Location: ['vee', '#65a30d'],
    Resume: ['tag', '#94a3b8']
  };
  var OTHER_TYPE = ['ellipse', '#9ca3af'];
  var REL_COLOURS = {
    WORKED_AT: '#f59e0b', STUDIED_AT: '#059669', HAS_SKILL: '#c4b5fd', AUTHORED: '#dc2626',
    PUBLISHED_IN: '#f9a8d4', ADVISED_BY: '#1d4ed8', RECEIVED: '#ca8a04', CONFERRED_BY: '#fde68a',
    WORKED_ON: '#0d9488', PROJECT_AT: '#99f6e4', INVENTED: '#4b5563', LOCATED_IN: '#bef264',
    BROADER: '#ddd6fe', DESCRIBED_IN: '#cbd5e1'
  };
  var PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2',
    '#17becf', '#bcbd22', '#393b79', '#637939', '#8c6d31', '#843c39', '#7b4173', '#3182bd',
    '#e6550d', '#31a354', '#756bb1', '#636363', '#fd8d3c'];
  var NO_COMMUNITY = '#d1d5db';
  var BIG = 1500; // edges above which the cheaper drawing settings are used

  var api = window.talentgraph = { ready: false, errors: [], started: performance.now() };
  window.addEventListener('error', function (event) { api.errors.push(String(event.message)); });

  var data = JSON.parse(document.getElementById('tg-data').textContent);
  var N = data.nodes, E = data.edges, T = data.ties;
  api.data = data;

  function $(id) { return document.getElementById(id); }

  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (attrs) { Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); }); }
    return node;
  }

  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  function show(value) {
    if (Array.isArray(value)) { return value.map(show).join(', '); }
    if (value === true) { return 'yes'; }
    if (value === false) { return 'no'; }
    if (typeof value === 'number') { return String(Math.round(value * 1e5) / 1e5); }
    return value === null || value === undefined ? '' : String(value);
  }

  function typeStyle(type) { return TYPES[type] || OTHER_TYPE; }

  function fmt(n) { return Number(n).toLocaleString('en-US'); }

  // ---- header: headline numbers, the note, the report ------------------------------
  data.headline.forEach(function (row) {
    var li = el('li');
    li.appendChild(el('span', typeof row.value === 'number' ? fmt(row.value) : row.value,
      { 'class': 'value' }));
    li.appendChild(document.createTextNode(' ' + row.label));
    if (row.detail) { li.appendChild(el('span', ' (' + row.detail + ')', { 'class': 'detail' })); }
    $('headline').appendChild(li);
  });

  var noteText = data.meta.note;
  if (data.meta.cut) {
    noteText += ' Sizes and communities are measured on the whole graph (in the people ' +
      'view: on the people drawn).';
  }
  if (data.meta.sampled) {
    noteText += ' Betweenness is estimated from ' + data.meta.sampled + ' sampled sources.';
  }
  if (data.meta.redacted) {
    noteText += ' Contact details are pseudonymised (--redact).';
  }
  $('note').textContent = noteText;

  if (data.report && data.report.length) {
    var body = $('report-body');
    data.report.forEach(function (section) {
      body.appendChild(el('h3', section.title));
      if (!section.rows.length) { body.appendChild(el('p', 'none')); return; }
      var table = el('table'), head = el('tr');
      section.columns.forEach(function (c) { head.appendChild(el('th', c)); });
      table.appendChild(head);
      section.rows.forEach(function (row) {
        var tr = el('tr');
        row.forEach(function (cell) { tr.appendChild(el('td', show(cell))); });
        table.appendChild(tr);
      });
      body.appendChild(table);
    });
    $('report').hidden = false;
  }

  if (!N.length) {
    $('note').classList.add('empty');
    $('note').textContent = 'This graph is empty: there is nothing to draw. Load résumés ' +
      'first (talentgraph load FOLDER), then export again.';
    $('graph').appendChild(el('p', 'The graph is empty.', { 'class': 'empty' }));
    Array.prototype.forEach.call(document.querySelectorAll('#controls input, #controls select, #controls button'),
      function (c) { c.disabled = true; });
    api.empty = true;
    api.ready = true;
    api.readyAt = performance.now();
    document.body.setAttribute('data-ready', 'yes');
    return;
  }

  // ---- the graph ------------------------------------------------------------------
  // Shapes and colours travel in each element's data and are read by a few data()
  // mappers: one selector per type made building the 10^4-people view a third slower.
  var big = E.length > BIG;
  var SMALL = { Skill: 1, Location: 1, Venue: 1, Resume: 1 };
  var state = { view: 'whole', size: 0, colour: 'type' };

  function scoresOf(n) { return state.view === 'people' ? n.pm : n.m; }

  function inView(n) { return state.view === 'whole' || !!n.pm; }

  function largest() {
    var max = 0;
    N.forEach(function (n) { if (inView(n)) { max = Math.max(max, scoresOf(n)[state.size]); } });
    return max;
  }

  function sizeOf(n, max) {
    var v = inView(n) && max > 0 ? scoresOf(n)[state.size] / max : 0;
    return Math.round(10 + 34 * Math.sqrt(Math.max(v, 0)));
  }

  var elements = [], max0 = largest();
  N.forEach(function (n, i) {
    var look = typeStyle(n.t);
    elements.push({ group: 'nodes', classes: n.t === 'Person' ? 'person' : SMALL[n.t] ? 'small' : '',
      data: { id: 'n' + i, i: i, type: n.t, label: n.n, shape: look[0], color: look[1],
        size: sizeOf(n, max0) }, position: { x: n.xy[0], y: n.xy[1] } });
  });
  E.forEach(function (e, j) {
    elements.push({ group: 'edges', classes: 'rel', data: { id: 'e' + j, j: j,
      source: 'n' + e.s, target: 'n' + e.t, type: e.y, color: REL_COLOURS[e.y] || '#cbd5e1' } });
  });

  var edgeStyle = { 'width': 1.2, 'line-color': 'data(color)', 'opacity': 0.8,
    'curve-style': big ? 'haystack' : 'bezier' };
  if (!big) {
    edgeStyle['target-arrow-shape'] = 'triangle';
    edgeStyle['target-arrow-color'] = 'data(color)';
    edgeStyle['arrow-scale'] = 0.7;
  }
  var style = [
    { selector: 'node', style: {
      'shape': 'data(shape)', 'background-color': 'data(color)', 'width': 'data(size)',
      'height': 'data(size)', 'label': 'data(label)', 'font-size': 13,
      'min-zoomed-font-size': 7, 'color': '#1f2933', 'text-valign': 'bottom',
      'text-margin-y': 2, 'text-wrap': 'ellipsis', 'text-max-width': 140, 'border-width': 0 } },
    { selector: 'node.person', style: { 'min-zoomed-font-size': 5, 'font-size': 16,
      'font-weight': 'bold' } },
    // the many small things (skills, places, venues, résumés) are named only when zoomed in
    { selector: 'node.small', style: { 'font-size': 11, 'min-zoomed-font-size': 11 } },
    { selector: 'edge', style: edgeStyle },
    { selector: 'edge.tie', style: { 'width': 'mapData(w, 1, 6, 1, 7)', 'line-color': '#64748b',
      'target-arrow-shape': 'none' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111827' } },
    { selector: 'node.match', style: { 'border-width': 3, 'border-color': '#0ea5e9' } },
    { selector: '.dim', style: { 'opacity': 0.12 } },
    { selector: 'node.onpath', style: { 'border-width': 5, 'border-color': '#e11d48', 'opacity': 1,
      'font-size': 16, 'font-weight': 'bold', 'min-zoomed-font-size': 0 } },
    { selector: 'edge.onpath', style: { 'width': 5, 'line-color': '#e11d48', 'opacity': 1,
      'z-index': 10 } },
    { selector: '.fview, .ftype, .frel', style: { 'display': 'none' } }
  ];

  var cy = cytoscape({
    container: $('graph'), elements: elements, style: style, layout: { name: 'preset' },
    minZoom: 0.02, maxZoom: 5, textureOnViewport: big, hideEdgesOnViewport: big,
    pixelRatio: big ? 1 : 'auto'
  });
  api.cy = cy;
  api.drawnAt = performance.now();

  // adjacency over the embedded lists (hidden elements included), for panel and paths
  var adjacency = N.map(function () { return []; });
  E.forEach(function (e, j) {
    adjacency[e.s].push({ edge: j, other: e.t, out: true });
    if (e.t !== e.s) { adjacency[e.t].push({ edge: j, other: e.s, out: false }); }
  });
  var tieAdjacency = N.map(function () { return []; });
  T.forEach(function (t, k) {
    tieAdjacency[t.s].push({ tie: k, other: t.t });
    tieAdjacency[t.t].push({ tie: k, other: t.s });
  });
  var indexOfKey = {};
  N.forEach(function (n, i) { indexOfKey[n.k] = i; });

  // ---- view, size, colour -------------------------------------------------------------
  function applySizes() {
    var max = largest();
    cy.batch(function () {
      cy.nodes().forEach(function (node) { node.data('size', sizeOf(N[node.data('i')], max)); });
    });
  }

  // the people view's ties are added the first time it is shown: most pages never need them
  var tiesAdded = false;

  function addTies() {
    if (tiesAdded) { return; }
    tiesAdded = true;
    cy.add(T.map(function (t, k) {
      return { group: 'edges', classes: 'tie fview', data: { id: 't' + k, k: k,
        source: 'n' + t.s, target: 'n' + t.t, w: t.w } };
    }));
  }

  function communityColour(c) { return c < 0 ? NO_COMMUNITY : PALETTE[c % PALETTE.length]; }

  function applyColours() {
    cy.batch(function () {
      cy.nodes().forEach(function (node) {
        var n = N[node.data('i')];
        node.data('color', state.colour === 'type' ? typeStyle(n.t)[1]
          : communityColour(inView(n) ? scoresOf(n)[3] : -1));
      });
    });
    var legend = $('community-legend');
    clear(legend);
    legend.hidden = state.colour !== 'community';
    if (legend.hidden) { return; }
    var groups = {};
    N.forEach(function (n) {
      if (!inView(n)) { return; }
      var c = scoresOf(n)[3];
      var g = groups[c] || (groups[c] = { c: c, size: 0, best: null });
      g.size += 1;
      if (!g.best || scoresOf(n)[0] > scoresOf(g.best)[0]) { g.best = n; }
    });
    Object.keys(groups).map(function (c) { return groups[c]; })
      .sort(function (a, b) { return b.size - a.size || a.c - b.c; }).slice(0, 12)
      .forEach(function (g) {
        var li = el('li');
        li.appendChild(el('span', null, { 'class': 'swatch shape-ellipse',
          style: 'background:' + communityColour(g.c) }));
        li.appendChild(el('span', g.c < 0 ? 'no community' : 'around ' + g.best.n));
        li.appendChild(el('span', fmt(g.size), { 'class': 'count' }));
        legend.appendChild(li);
      });
  }

  function setView(view) {
    state.view = view;
    addTies();
    cy.batch(function () {
      cy.nodes().forEach(function (node) {
        var n = N[node.data('i')];
        node.toggleClass('fview', !inView(n));
        var p = view === 'people' && n.pxy ? n.pxy : n.xy;
        node.position({ x: p[0], y: p[1] });
      });
      cy.edges('.rel').toggleClass('fview', view === 'people');
      cy.edges('.tie').toggleClass('fview', view !== 'people');
    });
    Array.prototype.forEach.call(document.querySelectorAll('#node-filters input, #rel-filters input'),
      function (box) { box.disabled = view === 'people'; });
    document.querySelector('input[name=view][value=' + view + ']').checked = true;
    clearPath();
    applySizes();
    applyColours();
    cy.fit(cy.elements(':visible'), 30);
  }
  api.setView = setView;

  // ---- filters and legend -----------------------------------------------------------
  function counted(list, key) {
    var counts = {};
    list.forEach(function (x) { counts[x[key]] = (counts[x[key]] || 0) + 1; });
    return counts;
  }

  function filterRow(list, name, text, count, swatch, onChange) {
    var li = el('li'), label = el('label'), box = el('input', null, { type: 'checkbox' });
    box.checked = true;
    box.value = name;
    box.addEventListener('change', function () { onChange(name, box.checked); });
    label.appendChild(box);
    label.appendChild(swatch);
    label.appendChild(el('span', text));
    label.appendChild(el('span', fmt(count), { 'class': 'count' }));
    li.appendChild(label);
    list.appendChild(li);
  }

  // the style is recomputed at once so what the page reports (':visible') is already true
  // before the next frame is drawn
  function setTypeShown(type, shown) {
    cy.nodes().filter(function (n) { return n.data('type') === type; })
      .toggleClass('ftype', !shown).updateStyle();
  }

  function setRelShown(type, shown) {
    cy.edges('.rel').filter(function (e) { return e.data('type') === type; })
      .toggleClass('frel', !shown).updateStyle();
  }
  api.setTypeShown = setTypeShown;
  api.setRelShown = setRelShown;

  var typeCounts = counted(N, 't');
  Object.keys(TYPES).concat(Object.keys(typeCounts).filter(function (t) { return !TYPES[t]; }))
    .forEach(function (t) {
      if (!typeCounts[t]) { return; }
      var s = typeStyle(t);
      filterRow($('node-filters'), t, t, typeCounts[t],
        el('span', null, { 'class': 'swatch shape-' + s[0], style: 'background:' + s[1] }),
        setTypeShown);
    });
  var relCounts = counted(E, 'y');
  Object.keys(relCounts).sort().forEach(function (r) {
    filterRow($('rel-filters'), r, data.rel_labels[r] || r, relCounts[r],
      el('span', null, { 'class': 'line', style: 'background:' + (REL_COLOURS[r] || '#cbd5e1') }),
      setRelShown);
  });

  // ---- side panel -------------------------------------------------------------------
  function link(text, i) {
    var a = el('a', text, { href: '#', 'data-i': String(i) });
    a.addEventListener('click', function (event) { event.preventDefault(); select(i); });
    return a;
  }

  function openPanel(i) {
    var n = N[i];
    $('panel-title').textContent = n.n;
    $('panel-type').textContent = n.t + (n.a ? ' · also: ' + n.a.join(', ') : '');
    var props = $('panel-props');
    clear(props);
    Object.keys(n.p).forEach(function (k) {
      props.appendChild(el('dt', k));
      props.appendChild(el('dd', show(n.p[k])));
    });
    var s = scoresOf(n) || n.m;
    [['PageRank', s[0]], ['degree', s[1]], ['betweenness', s[2]], ['community', s[3]]]
      .forEach(function (pair) {
        props.appendChild(el('dt', pair[0]));
        props.appendChild(el('dd', show(pair[1])));
      });
    var sources = $('panel-sources');
    clear(sources);
    n.src.forEach(function (src) { sources.appendChild(el('li', src)); });
    if (n.src_more) { sources.appendChild(el('li', 'and ' + fmt(n.src_more) + ' more')); }
    var neighbours = $('panel-neighbours');
    clear(neighbours);
    var rows = state.view === 'people'
      ? tieAdjacency[i].map(function (a) {
        return { text: 'tie (' + T[a.tie].why.join(', ') + ') ', other: a.other };
      })
      : adjacency[i].map(function (a) {
        var label = data.rel_labels[E[a.edge].y] || E[a.edge].y;
        return { text: a.out ? label + ' → ' : '← ' + label + ' ', other: a.other };
      });
    rows.slice(0, 300).forEach(function (row) {
      var li = el('li', row.text);
      li.appendChild(link(N[row.other].n, row.other));
      neighbours.appendChild(li);
    });
    if (rows.length > 300) { neighbours.appendChild(el('li', 'and ' + fmt(rows.length - 300) + ' more')); }
    $('panel').hidden = false;
    cy.resize();
    api.panel = n.k;
  }

  function closePanel() {
    $('panel').hidden = true;
    cy.resize();
    api.panel = null;
  }
  $('panel-close').addEventListener('click', closePanel);

  function select(i) {
    var node = cy.$id('n' + i);
    cy.elements().unselect();
    node.select();
    if (node.visible()) { cy.center(node); }
    openPanel(i);
  }
  api.select = function (key) { select(indexOfKey[key]); };

  cy.on('tap', 'node', function (event) { select(event.target.data('i')); });
  cy.on('tap', function (event) {
    if (event.target === cy) { cy.elements().unselect(); closePanel(); }
  });

  // ---- search -----------------------------------------------------------------------
  function norm(text) {
    return String(text).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
  }
  var names = N.map(function (n) { return [n.n].concat(n.a || []).map(norm); });

  function search(query) {
    var q = norm(query);
    if (!q) { return []; }
    var found = [];
    names.forEach(function (list, i) {
      var rank = 3;
      list.forEach(function (name) {
        if (name === q) { rank = Math.min(rank, 0); }
        else if (name.indexOf(q) === 0) { rank = Math.min(rank, 1); }
        else if (name.indexOf(q) > 0) { rank = Math.min(rank, 2); }
      });
      if (rank < 3) { found.push([rank, -N[i].m[0], i]); }
    });
    found.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
    return found.map(function (f) { return f[2]; });
  }

  function runSearch() {
    var hits = search($('search').value);
    var list = $('search-results');
    clear(list);
    cy.batch(function () {
      cy.nodes('.match').removeClass('match');
      hits.slice(0, 500).forEach(function (i) { cy.$id('n' + i).addClass('match'); });
    });
    hits.slice(0, 30).forEach(function (i) {
      var li = el('li', N[i].n + ' · ' + N[i].t, { 'data-i': String(i) });
      li.addEventListener('click', function () { select(i); });
      list.appendChild(li);
    });
    if (hits.length > 30) { list.appendChild(el('p', 'and ' + fmt(hits.length - 30) + ' more')); }
    api.hits = hits.map(function (i) { return N[i].k; });
  }
  $('search').addEventListener('input', runSearch);
  $('search').addEventListener('keydown', function (event) {
    if (event.key === 'Enter') {
      var hits = search($('search').value);
      if (hits.length) { select(hits[0]); }
    }
  });
  api.search = function (q) { return search(q).map(function (i) { return N[i].k; }); };

  // ---- path between two people ------------------------------------------------------
  var personByName = {};
  var nameCount = {};
  N.forEach(function (n) { if (n.t === 'Person') { nameCount[n.n] = (nameCount[n.n] || 0) + 1; } });
  N.forEach(function (n, i) {
    if (n.t !== 'Person') { return; }
    var value = nameCount[n.n] > 1 ? n.n + ' (' + n.k + ')' : n.n;
    personByName[value] = i;
    $('people').appendChild(el('option', null, { value: value }));
  });
  var connecting = {};
  data.connection_types.forEach(function (t) { connecting[t] = true; });

  function shortestPath(a, b) {
    var previous = {}, queue = [a], head = 0;
    previous[a] = null;
    while (head < queue.length) {
      var i = queue[head++];
      if (i === b) { break; }
      var steps = state.view === 'people'
        ? tieAdjacency[i].map(function (s) { return { other: s.other, id: 't' + s.tie }; })
        : adjacency[i].filter(function (s) { return connecting[E[s.edge].y]; })
          .map(function (s) { return { other: s.other, id: 'e' + s.edge }; });
      steps.forEach(function (s) {
        if (!(s.other in previous)) { previous[s.other] = { from: i, id: s.id }; queue.push(s.other); }
      });
    }
    if (!(b in previous)) { return null; }
    var nodes = [b], edges = [];
    for (var at = b; previous[at]; at = previous[at].from) {
      edges.unshift(previous[at].id);
      nodes.unshift(previous[at].from);
    }
    return { nodes: nodes, edges: edges };
  }

  function clearPath() {
    cy.elements().removeClass('dim onpath');
    clear($('path-result'));
    api.path = null;
  }

  function showPath(a, b) {
    clearPath();
    var result = $('path-result');
    if (a === undefined || b === undefined) {
      result.appendChild(el('li', 'Pick two people from the list.'));
      return null;
    }
    var path = shortestPath(a, b);
    if (!path) {
      result.appendChild(el('li', 'No connection between ' + N[a].n + ' and ' + N[b].n +
        ' through employers, schools, papers, advisors, awards or projects in this view.'));
      api.path = [];
      return [];
    }
    cy.batch(function () {
      cy.elements().addClass('dim');
      path.nodes.forEach(function (i) { cy.$id('n' + i).removeClass('dim ftype').addClass('onpath'); });
      path.edges.forEach(function (id) { cy.$id(id).removeClass('dim frel').addClass('onpath'); });
    });
    path.nodes.forEach(function (i, step) {
      var li = el('li');
      if (step > 0) {
        var id = path.edges[step - 1], how = 'tie: ';
        if (id[0] === 'e') {
          var e = E[+id.slice(1)], label = data.rel_labels[e.y] || e.y;
          how = e.s === path.nodes[step - 1] ? label + ' → ' : '← ' + label + ' ';
        }
        li.appendChild(el('span', how));
      }
      li.appendChild(link(N[i].n, i));
      result.appendChild(li);
    });
    cy.fit(cy.$('.onpath'), 60);
    api.path = path.nodes.map(function (i) { return N[i].k; });
    return api.path;
  }
  $('path-go').addEventListener('click', function () {
    showPath(personByName[$('path-from').value], personByName[$('path-to').value]);
  });
  $('path-clear').addEventListener('click', clearPath);
  api.showPath = function (a, b) { return showPath(indexOfKey[a], indexOfKey[b]); };

  // ---- hover: what a relationship says (dates on employment) ------------------------
  function dates(p) {
    if (!p.start_date && !p.end_date && !p.current) { return null; }
    return (p.start_date || '?') + ' – ' + (p.end_date || (p.current ? 'present' : '?'));
  }

  function describeEdge(edge) {
    if (edge.hasClass('tie')) {
      var t = T[edge.data('k')];
      return N[t.s].n + ' — ' + N[t.t].n + '\n' + t.why.join('\n');
    }
    var e = E[edge.data('j')], p = e.p;
    var lines = [N[e.s].n + ' —' + (data.rel_labels[e.y] || e.y) + '→ ' + N[e.t].n];
    var when = dates(p);
    if (p.title) { lines.push(p.title); }
    if (p.degree || p.field) { lines.push([p.degree, p.field].filter(Boolean).join(', ')); }
    if (when) { lines.push(when); }
    var shown = { title: 1, degree: 1, field: 1, start_date: 1, end_date: 1, current: 1,
      start_month: 1, end_month: 1, titles: 1 };
    Object.keys(p).forEach(function (k) { if (!shown[k]) { lines.push(k + ': ' + show(p[k])); } });
    return lines.join('\n');
  }

  var tooltip = $('tooltip');
  cy.on('mouseover', 'edge', function (event) {
    var box = $('graph').getBoundingClientRect();
    tooltip.textContent = describeEdge(event.target);
    tooltip.style.left = (box.left + event.renderedPosition.x + 12) + 'px';
    tooltip.style.top = (box.top + event.renderedPosition.y + 12) + 'px';
    tooltip.hidden = false;
    api.tooltip = tooltip.textContent;
  });
  cy.on('mouseout', 'edge', function () { tooltip.hidden = true; });

  // ---- controls -----------------------------------------------------------------------
  $('size-by').addEventListener('change', function () {
    state.size = +$('size-by').value; applySizes();
  });
  $('colour-by').addEventListener('change', function () {
    state.colour = $('colour-by').value; applyColours();
  });
  Array.prototype.forEach.call(document.querySelectorAll('input[name=view]'), function (radio) {
    radio.addEventListener('change', function () { if (radio.checked) { setView(radio.value); } });
  });
  $('report').addEventListener('toggle', function () { cy.resize(); });
  api.state = function () { return { view: state.view, size: state.size, colour: state.colour }; };

  if (data.meta.view === 'people') { setView('people'); }
  cy.one('render', function () {
    api.ready = true;
    api.readyAt = performance.now();
    document.body.setAttribute('data-ready', 'yes');
  });
}());

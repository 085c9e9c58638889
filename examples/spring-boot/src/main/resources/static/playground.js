// SafePlan playground: reads the form, asks this server for the advice with its reasons
// (POST /v1/explain), and shows it. Plain JavaScript, no libraries. Nothing is stored (no storage,
// no cookies) and nothing is sent anywhere but this page's own server.
// When the server previews a content folder (GET /v1/content says "folder"), the page follows its
// loads: each saved edit is asked for again, problems in the content are shown instead of advice,
// and the advice is compared with the bundled content's (POST /v1/compare).
'use strict';

(function () {
  const DEBOUNCE_MS = 250;
  const CONTENT_POLL_MS = 500;
  const CONTENT_INVALID = 'urn:safeplan:problem:content-invalid';
  const CONTENT_LOADING = 'urn:safeplan:problem:content-loading';
  const form = document.getElementById('situation');
  const results = document.getElementById('results');
  // The language switch, filled with the languages of the content that answers (GET /v1/content).
  // Sent as Accept-Language: the service answers in the one chosen when the content has it complete
  // for the country, else in its source language and says why.
  const languageSelect = el('select', { id: 'language' });
  document.getElementById('language-choice').append(
    el('label', { for: 'language' }, 'Language of the advice '), languageSelect);
  const status = document.getElementById('status');
  const list = document.getElementById('recommendations');
  const wouldAdd = document.getElementById('would-add');
  const sent = document.getElementById('situation-json');
  const fieldsBox = document.getElementById('situation-fields');
  let countrySelect = null;       // built from the schema, with the region's select and the code field
  let countryCode = null;
  let regionSelect = null;
  let regionsByCountry = {};
  let packCountries = [];         // the countries with a jurisdiction pack in the content that answers (GET /v1/content)
  const contentStatus = document.getElementById('content-status');
  const contentProblems = document.getElementById('content-problems');
  const comparison = document.getElementById('comparison');
  const comparisonHeading = document.getElementById('comparison-heading');
  const comparisonBody = document.getElementById('comparison-body');

  const URGENCY = { IMMEDIATE: 'Immediate', URGENT: 'Urgent', PLANNING: 'Planning', INFORMATION: 'Information' };
  const EXPOSURE = {
    VOICE_CALL: 'a voice call', SILENT_CALL: 'a silent call', WRITTEN_TRACE: 'a written trace',
    DIGITAL_TRACE: 'a digital trace', MAKES_NOISE: 'noise', LEAVES_ROOM: 'leaving the room',
    LEAVES_HOME: 'leaving the home', TELLS_OTHERS: 'telling others'
  };

  let inventory = new Map();      // source id -> {text, document}
  let timer = null;
  let inFlight = null;
  let sequence = 0;
  let preview = false;            // the server previews a content folder
  let contentSeen = null;         // the content load last asked for: state and time

  // ---- the situation ----------------------------------------------------------------------------

  function fieldNames() {
    const names = [];
    for (const el of form.elements) {
      if (el.name && el.name !== 'countryCode' && !names.includes(el.name)) {
        names.push(el.name);
      }
    }
    return names;
  }

  /** The situation document: known fields only, in form order. */
  function situation() {
    const doc = {};
    for (const name of fieldNames()) {
      const control = form.elements.namedItem(name);
      let value = control instanceof RadioNodeList || control.type === 'radio' ? radioValue(name) : control.value;
      if (name === 'country' && value === 'other') {
        value = countryCode.value.trim().toUpperCase();
      }
      if (value === '' || value === undefined) {
        continue;
      }
      doc[name] = value === 'true' ? true : value === 'false' ? false : value;
    }
    return doc;
  }

  function radioValue(name) {
    const checked = form.querySelector('input[type="radio"][name="' + name + '"]:checked');
    return checked ? checked.value : '';
  }

  // ---- the form, built from the situation's JSON Schema (GET /v1/situation-schema) ---------------

  const countryNames = typeof Intl === 'object' && Intl.DisplayNames
    ? new Intl.DisplayNames(['en'], { type: 'region' }) : null;

  function countryName(code) {
    try {
      return (countryNames && countryNames.of(code)) || code;
    } catch (e) {
      return code;
    }
  }

  function option(value, label, selected) {
    const o = el('option', { value: value }, label);
    if (selected) {
      o.setAttribute('selected', '');
    }
    return o;
  }

  /** Yes / No / Unknown radios for a boolean field, unknown checked. */
  function triControl(name, property) {
    const box = el('fieldset', { class: 'tri', id: name }, el('legend', null, property.title));
    for (const [suffix, value, label] of [['unknown', '', property['x-unknown'] || 'Unknown'], ['yes', 'true', 'Yes'], ['no', 'false', 'No']]) {
      const input = el('input', { type: 'radio', id: name + '-' + suffix, name: name, value: value });
      if (value === '') {
        input.setAttribute('checked', '');
      }
      box.append(input, el('label', { for: name + '-' + suffix }, label));
    }
    return box;
  }

  /** A select for a field with a closed set of values, unknown selected. */
  function selectControl(name, property, values) {
    const select = el('select', { id: name, name: name }, option('', property['x-unknown'] || 'Unknown', true));
    for (const [value, label] of values) {
      select.append(option(value, label, false));
    }
    return el('div', { class: 'field' }, el('label', { for: name }, property.title), select);
  }

  /** The country: those with a jurisdiction pack of their own, or any other code typed in. */
  function countryControls(property) {
    const countries = packCountries.map(code => [code, countryName(code) + ' (' + code + ')']);
    countries.push(['other', 'Other: type the code below']);
    const field = selectControl('country', property, countries);
    const code = el('div', { class: 'field' },
      el('label', { for: 'country-code' }, 'Other country: ISO 3166-1 alpha-2 code'),
      el('input', { id: 'country-code', name: 'countryCode', type: 'text', maxlength: '8', size: '4',
        autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'country-code-hint' }),
      el('p', { class: 'hint', id: 'country-code-hint' }, 'Two letters, such as IE or NZ. ' + property.description));
    return [field, code];
  }

  /** The region's choices: the listed subdivisions of the country chosen, else only unknown. */
  function fillRegions() {
    if (!regionSelect) {
      return;
    }
    const regions = regionsByCountry[countrySelect ? countrySelect.value : ''] || {};
    regionSelect.replaceChildren(regionSelect.firstElementChild);
    for (const [code, name] of Object.entries(regions)) {
      regionSelect.append(option(code, name + ' (' + code + ')', false));
    }
    regionSelect.value = '';
    regionSelect.disabled = Object.keys(regions).length === 0;
  }

  function buildForm(schema) {
    const properties = Object.entries(schema.properties);
    const region = properties.find(([, p]) => p['x-regions']);
    regionsByCountry = region ? region[1]['x-regions'] : {};
    for (const group of schema['x-groups']) {
      const members = properties.filter(([, p]) => p['x-group'] === group.name);
      if (!members.length) {
        continue;
      }
      const box = el('fieldset', { class: 'group' }, el('legend', null, group.name));
      if (group.note) {
        box.append(el('p', { class: 'note' }, group.note));
      }
      for (const [name, property] of members) {
        if (name === 'country') {
          box.append(...countryControls(property));
        } else if (property.enum) {
          const labels = property['x-labels'] || {};
          box.append(selectControl(name, property, property.enum.filter(v => v !== null).map(v => [v, labels[v] || v])));
        } else if (property['x-regions']) {
          box.append(selectControl(name, property, []));
        } else if (Array.isArray(property.type) && property.type.includes('boolean')) {
          box.append(triControl(name, property));
        } else {
          box.append(selectControl(name, property, []));
        }
      }
      fieldsBox.append(box);
    }
    countrySelect = document.getElementById('country');
    countryCode = document.getElementById('country-code');
    regionSelect = document.getElementById('region');
    fillRegions();
    if (countrySelect) {
      countrySelect.addEventListener('change', () => {
        if (countrySelect.value !== 'other') {
          countryCode.value = '';
        }
        fillRegions();
      });
      countryCode.addEventListener('input', () => {
        countrySelect.value = countryCode.value.trim() === '' ? '' : 'other';
        fillRegions();
      });
    }
  }

  async function loadForm() {
    const [response, state] = await Promise.all([
      fetch('v1/situation-schema', { cache: 'no-store', credentials: 'same-origin' }), contentState()]);
    if (!response.ok) {
      throw new Error('no schema');
    }
    packCountries = state && state.countries ? state.countries : [];
    fillLanguages(state && state.languages);
    buildForm(await response.json());
  }

  /** One option per language, named in that language ("English", "Español"), the choice kept; English when none is known. */
  function fillLanguages(languages) {
    const tags = languages && languages.length ? languages : ['en'];
    const chosen = languageSelect.value;
    languageSelect.replaceChildren(...tags.map(tag => el('option', { value: tag, lang: tag }, languageName(tag))));
    if (tags.includes(chosen)) {
      languageSelect.value = chosen;
    }
  }

  function languageName(tag) {
    try {
      const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
      return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
    } catch (e) {
      return tag;
    }
  }

  // ---- talking to the server --------------------------------------------------------------------

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(update, DEBOUNCE_MS);
  }

  async function update() {
    const doc = situation();
    const body = JSON.stringify(doc);
    const id = ++sequence;
    if (inFlight) {
      inFlight.abort();
    }
    inFlight = new AbortController();
    results.setAttribute('aria-busy', 'true');
    results.dataset.state = 'loading';
    sent.textContent = JSON.stringify(doc, null, 2);
    try {
      // The advice as a survivor or practitioner gets it by default (a survivor's list within the
      // load budget), and the explanation of the complete list: its reasons, and what else there is.
      const paths = ['v1/advice', 'v1/explain'].concat(preview ? ['v1/compare'] : []);
      const [advice, explanation, compared] = await Promise.all(paths.map(path => fetch(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json',
          'Accept-Language': languageSelect.value },
        body: body,
        cache: 'no-store',
        credentials: 'same-origin',
        referrerPolicy: 'no-referrer',
        signal: inFlight.signal
      })));
      const failed = [advice, explanation].find(r => !r.ok);
      const json = failed ? await failed.json() : await explanation.json();
      const shown = failed ? null : await advice.json();
      const difference = !failed && compared && compared.ok ? await compared.json() : null;
      if (id !== sequence) {
        return;                                   // a newer request is under way
      }
      if (failed) {
        showProblem(json);
      } else {
        showAdvice(shown, json, explanation.headers.get('SafePlan-Content-Version'));
        showComparison(difference);
      }
    } catch (e) {
      if (e.name === 'AbortError' || id !== sequence) {
        return;
      }
      showFailure();
    } finally {
      if (id === sequence) {
        results.setAttribute('aria-busy', 'false');
        inFlight = null;
      }
    }
  }

  async function loadInventory() {
    try {
      const response = await fetch('v1/inventory', { cache: 'no-store', credentials: 'same-origin' });
      if (!response.ok) {
        return;
      }
      inventory = new Map();
      for (const doc of await response.json()) {
        for (const item of doc.items) {
          inventory.set(item.id, { text: item.text, document: doc.id + ' \u2014 ' + doc.title });
        }
      }
    } catch (e) {
      // The advice still shows; sources then show their ids only.
    }
  }

  /** Where the content comes from and whether it answers: GET /v1/content. */
  async function contentState() {
    const response = await fetch('v1/content', { cache: 'no-store', credentials: 'same-origin' });
    return response.ok ? response.json() : null;
  }

  /** With a content folder: follows its loads, and asks again for the advice after each one. */
  function followContent() {
    setTimeout(async () => {
      try {
        const state = await contentState();
        if (state) {
          contentChanged(state);
        }
      } catch (e) {
        // The server is restarting or gone; the next look may find it.
      }
      followContent();
    }, CONTENT_POLL_MS);
  }

  function contentChanged(state) {
    const seen = state.state + ' ' + state.loadedAt;
    if (seen === contentSeen) {
      return;
    }
    contentSeen = seen;
    showContentState(state);
    if (state.state === 'loading') {
      showLoading();
    } else if (state.state === 'ready') {
      fillLanguages(state.languages);           // a locale may have been added or removed too
      loadInventory().then(update);             // the folder's inventory may have changed too
    } else {
      update();
    }
  }

  // ---- showing the answer -----------------------------------------------------------------------

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === 'class') {
        node.className = value;
      } else {
        node.setAttribute(key, value);
      }
    }
    for (const child of children) {
      if (child !== null && child !== undefined) {
        node.append(child);
      }
    }
    return node;
  }

  function label(field, value) {
    const control = document.getElementById(field);
    let name = field;
    if (control) {
      const legend = control.tagName === 'FIELDSET' ? control.querySelector('legend') : null;
      const lab = legend || document.querySelector('label[for="' + field + '"]');
      name = lab ? lab.textContent.trim() : field;
    }
    return name + ' ' + shownValue(field, value);
  }

  function shownValue(field, value) {
    if (value === null || value === undefined) {
      return '\u2192 unknown';
    }
    if (value === true) {
      return '\u2192 yes';
    }
    if (value === false) {
      return '\u2192 no';
    }
    const option = document.querySelector('#' + CSS.escape(field) + ' option[value="' + CSS.escape(String(value)) + '"]');
    return '\u2192 ' + (option ? option.textContent.trim() : String(value));
  }

  function sourceItem(id) {
    const entry = inventory.get(id);
    if (!entry) {
      return el('li', { class: 'source', 'data-source-id': id }, el('span', { class: 'source-id' }, id));
    }
    const summary = el('summary', { title: entry.text }, el('span', { class: 'source-id' }, id));
    const wording = el('blockquote', { class: 'wording' }, entry.text, el('cite', {}, entry.document));
    return el('li', { class: 'source', 'data-source-id': id }, el('details', {}, summary, wording));
  }

  function why(rec) {
    const reasons = el('ul', { class: 'reasons' });
    for (const rule of rec.placedBy || []) {
      reasons.append(el('li', { class: 'reason placed' }, 'Placed here by the ordering rule ',
        el('code', { class: 'rule' }, rule), '.'));
    }
    for (const reason of rec.because || []) {
      const facts = el('ul', { class: 'facts' });
      for (const [field, value] of Object.entries(reason.matched || {})) {
        facts.append(el('li', {}, el('code', {}, field), ' = ', el('code', {}, value === null ? 'unknown' : String(value))));
      }
      reasons.append(el('li', { class: 'reason' }, 'Rule ', el('code', { class: 'rule' }, reason.rule),
        ' matched:', facts));
    }
    const changes = el('ul', { class: 'changes' });
    for (const change of rec.whatWouldChange || []) {
      changes.append(el('li', {}, label(change.field, change.value) + ': ' +
        (change.effect === 'REMOVED' ? 'no longer advised' : 'moves in the list')));
    }
    const details = el('details', { class: 'why' }, el('summary', {}, 'Why this advice'), reasons);
    if (changes.children.length) {
      details.append(el('p', { class: 'changes-heading' }, 'What would change it:'), changes);
    }
    return details;
  }

  function caution(c) {
    return el('li', { class: 'caution', 'data-caution-id': c.id }, el('strong', {}, 'Take care: '), c.text,
      el('span', { class: 'caution-sources' }, ' (sources: ' + c.sources.join(', ') + ')'));
  }

  function recommendation(rec) {
    const exposures = (rec.exposures || []).map(x => EXPOSURE[x] || x);
    const cautions = rec.cautions || [];
    return el('li', { class: 'recommendation urgency-' + rec.urgency.toLowerCase(), 'data-action-id': rec.actionId },
      el('div', { class: 'head' },
        el('span', { class: 'rank', 'aria-label': 'Rank ' + rec.rank }, String(rec.rank)),
        el('span', { class: 'urgency' }, URGENCY[rec.urgency] || rec.urgency),
        el('h3', { class: 'title' }, rec.title)),
      el('p', { class: 'text' }, rec.text),
      cautions.length ? el('ul', { class: 'cautions', 'aria-label': 'Cautions' }, ...cautions.map(caution)) : null,
      exposures.length ? el('p', { class: 'exposures' }, 'Could expose the person through ' + exposures.join(', ') + '.') : null,
      el('div', { class: 'sources' }, el('span', { class: 'sources-label' }, 'Sources:'),
        el('ul', {}, ...rec.sources.map(sourceItem))),
      why(rec));
  }

  /**
   * {@code shown}: the default advice; {@code explanation}: the complete list with reasons. The default
   * list is shown with the reasons of the same actions; what only the complete list has follows, folded.
   */
  function showAdvice(shown, explanation, version) {
    clearInvalid();
    contentProblems.replaceChildren();
    list.classList.remove('stale');
    const explained = new Map((explanation.recommendations || []).map(r => [r.actionId, r]));
    const recs = (shown.recommendations || []).map(r => Object.assign({}, explained.get(r.actionId), r));
    // The texts' own language, so that a screen reader pronounces them as written.
    list.lang = shown.language || 'en';
    list.replaceChildren(...recs.map(recommendation));
    const inList = new Set(recs.map(r => r.actionId));
    const more = (explanation.recommendations || []).filter(r => !inList.has(r.actionId));
    if (more.length) {
      list.append(el('li', { class: 'more' }, el('details', { class: 'complete-list' },
        el('summary', {}, more.length + ' more in the complete list (not shown by default, to keep the list short'
          + ' enough to act on)'), el('ol', { class: 'recommendations' }, ...more.map(recommendation)))));
    }
    const additions = explanation.wouldAdd || [];
    if (additions.length) {
      const items = additions.map(a => el('li', {}, el('code', {}, a.actionId), ' if ',
        a.when.map(w => label(w.field, w.value)).join('; or ')));
      wouldAdd.replaceChildren(el('details', { class: 'would-add' },
        el('summary', {}, additions.length + ' more actions a single change would bring in'), el('ul', {}, ...items)));
    } else {
      wouldAdd.replaceChildren();
    }
    status.className = 'status';
    status.textContent = recs.length + (recs.length === 1 ? ' recommendation' : ' recommendations') +
      ', most urgent first' + (recs.length ? ': first, \u201c' + recs[0].title + '\u201d' : '') +
      '. Content version ' + (version || explanation.contentVersion) + (preview ? ', from the content folder.' : '.') +
      (shown.languageFallback ? ' ' + shown.languageFallback.message : '');
    results.dataset.state = 'ready';
  }

  function showProblem(problem) {
    clearInvalid();
    list.replaceChildren();
    list.classList.remove('stale');
    wouldAdd.replaceChildren();
    contentProblems.replaceChildren();
    hideComparison();
    if (problem.type === CONTENT_INVALID) {
      showContentProblems(problem.problems || []);
      return;
    }
    if (problem.type === CONTENT_LOADING) {
      status.className = 'status';
      status.textContent = 'The content folder is still loading; the advice follows as soon as it is loaded.';
      results.dataset.state = 'loading';
      return;
    }
    const field = problem.field === 'country' || problem.field === 'countryCode' ? 'country-code' : problem.field;
    const control = field ? document.getElementById(field) : null;
    if (control) {
      control.setAttribute('aria-invalid', 'true');
    }
    const parts = [(problem.title || 'Refused') + ': ' + (problem.detail || 'the situation was refused') + '.'];
    if (problem.allowedValues && problem.allowedValues.length) {
      parts.push('Allowed: ' + problem.allowedValues.join(', ') + '.');
    }
    parts.push('No advice is given for a situation that cannot be read.');
    status.className = 'status problem';
    status.textContent = parts.join(' ');
    results.dataset.state = 'problem';
  }

  /** No advice while the content has problems: the advice from before could be mistaken for the edit. */
  function showContentProblems(problems) {
    const n = problems.length;
    status.className = 'status problem';
    status.textContent = 'The content folder has ' + n + (n === 1 ? ' problem' : ' problems') +
      ', so no advice is shown (the advice from before could be mistaken for your edit). Fix ' +
      (n === 1 ? 'it' : 'them') + ' and save: the advice comes back by itself.';
    contentProblems.replaceChildren(...problems.map(p => el('li', { class: 'content-problem' }, p)));
    results.dataset.state = 'content-invalid';
  }

  /** A save is loading: the advice on screen is from before it. */
  function showLoading() {
    if (results.dataset.state === 'ready') {
      list.classList.add('stale');
      status.className = 'status';
      status.textContent = 'Loading your edit\u2026 The advice below is from before it.';
    }
    results.setAttribute('aria-busy', 'true');
    results.dataset.state = 'loading';
  }

  function showContentState(state) {
    if (state.source !== 'folder') {
      contentStatus.hidden = true;
      return;
    }
    const at = state.loadedAt ? ' at ' + new Date(state.loadedAt).toLocaleTimeString() : '';
    let text = 'Live preview of a content folder: ';
    if (state.state === 'ready') {
      text += 'version ' + state.version + ', loaded' + at + '. Save a file and the advice follows.';
    } else if (state.state === 'invalid') {
      const n = (state.problems || []).length;
      text += 'the files saved' + at + ' have ' + n + (n === 1 ? ' problem' : ' problems') + ', listed under Advice.';
    } else {
      text += 'loading your edit\u2026';
    }
    contentStatus.textContent = text;
    contentStatus.dataset.state = state.state;
    contentStatus.hidden = false;
  }

  // ---- what the content folder changes, against the bundled content -----------------------------

  function hideComparison() {
    comparison.hidden = true;
    comparisonBody.replaceChildren();
  }

  function wording(side, w) {
    return el('div', { class: 'wording-side' },
      el('p', { class: 'side' }, side),
      el('p', { class: 'compared-title' }, w.title),
      el('p', { class: 'compared-text' }, w.text),
      el('p', { class: 'compared-summary' }, 'In one line: ' + w.summary),
      w.cautions.length ? el('ul', { class: 'compared-cautions', 'aria-label': 'Cautions' },
        ...w.cautions.map(c => el('li', {}, 'Take care: ' + c.text,
          el('span', { class: 'compared-summary' }, ' (in one line: ' + c.summary + ')')))) : null);
  }

  function changeList(kind, heading, items, item) {
    if (!items.length) {
      return null;
    }
    return el('div', { class: 'change-group', 'data-change': kind },
      el('h3', {}, heading + ' (' + items.length + ')'),
      el('ul', {}, ...items.map(x => el('li', { 'data-action-id': x.actionId }, ...item(x)))));
  }

  /** The panel: what this situation's advice gets from the content folder, against the bundled content. */
  function showComparison(c) {
    if (!preview || !c) {
      hideComparison();
      return;
    }
    comparisonHeading.textContent = 'Compared with the bundled content ' + c.bundledVersion;
    const parts = [];
    if (c.same) {
      parts.push(el('p', { class: 'same' }, 'No difference for this situation: your content folder (version ' +
        c.previewVersion + ') gives the same advice as the bundled content ' + c.bundledVersion + '.'));
    } else {
      parts.push(el('p', {}, 'For this situation, your content folder (version ' + c.previewVersion +
        ') changes the advice of the bundled content ' + c.bundledVersion + ':'));
    }
    parts.push(changeList('added', 'Added by your content', c.added, x =>
      ['Rank ' + x.rank + ': ' + x.title + ' ', el('code', {}, x.actionId)]));
    parts.push(changeList('removed', 'Removed by your content', c.removed, x =>
      ['Was rank ' + x.rank + ': ' + x.title + ' ', el('code', {}, x.actionId)]));
    parts.push(changeList('reranked', 'Moved', c.reranked, x =>
      [x.title + ' ', el('code', {}, x.actionId), ': rank ' + x.bundledRank + ' before, ' + x.previewRank + ' now']));
    parts.push(changeList('reworded', 'Re-worded', c.reworded, x =>
      [el('code', {}, x.actionId), el('div', { class: 'wordings' }, wording('Bundled', x.bundled),
        wording('Your content', x.preview))]));
    comparisonBody.replaceChildren(...parts.filter(p => p !== null));
    comparison.hidden = false;
  }

  function showFailure() {
    list.replaceChildren();
    wouldAdd.replaceChildren();
    contentProblems.replaceChildren();
    hideComparison();
    status.className = 'status problem';
    status.textContent = 'The server could not be reached. Nothing was kept; change a field to try again.';
    results.dataset.state = 'failed';
  }

  function clearInvalid() {
    for (const invalid of form.querySelectorAll('[aria-invalid="true"]')) {
      invalid.removeAttribute('aria-invalid');
    }
  }

  // ---- wiring -----------------------------------------------------------------------------------

  form.addEventListener('input', schedule);
  languageSelect.addEventListener('change', schedule);
  form.addEventListener('change', schedule);
  form.addEventListener('reset', () => setTimeout(() => {         // after the browser has reset the controls
    fillRegions();
    update();
  }, 0));
  form.addEventListener('submit', event => {                     // Enter in the code field: update now
    event.preventDefault();
    clearTimeout(timer);
    update();
  });

  async function start() {
    try {
      await loadForm();
    } catch (e) {
      showFailure();
      return;
    }
    try {
      const state = await contentState();
      if (state && state.source === 'folder') {
        preview = true;
        contentSeen = state.state + ' ' + state.loadedAt;
        showContentState(state);
        followContent();
      }
    } catch (e) {
      // The advice request below reports an unreachable server.
    }
    await loadInventory();
    update();
  }

  start();
})();

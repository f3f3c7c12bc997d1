// Rewrites Streamlit's own English words (attributes and whole text nodes) with the patterns it is given.
// One observer per page; a later call (a language switch) swaps the patterns and rewrites what is there.
function pantauWords(pairs) {
  const ATTRIBUTES = ["aria-label", "title", "placeholder", "data-title"];
  const state = window.__pantauWords || (window.__pantauWords = {});
  state.rules = pairs.map(([pattern, replacement]) => [new RegExp(pattern), replacement]);
  const rewrite = (value) => {
    for (const [pattern, replacement] of state.rules) {
      if (pattern.test(value)) return value.replace(pattern, replacement);
    }
    return value;
  };
  const fixText = (node) => {
    const value = node.nodeValue.trim();
    if (value) {
      const wanted = rewrite(value);
      if (wanted !== value) node.nodeValue = node.nodeValue.replace(value, wanted);
    }
  };
  const fixElement = (element) => {
    for (const name of ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value) {
        const wanted = rewrite(value);
        if (wanted !== value) element.setAttribute(name, wanted);
      }
    }
  };
  // Charts' SVG is ours (already in the language) and large: its subtree is skipped.
  const skipSvg = { acceptNode: (node) => (node.nodeName === "svg" ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) };
  const fixTree = (root) => {
    if (root.nodeType === Node.TEXT_NODE) return fixText(root);
    if (root.nodeType !== Node.ELEMENT_NODE || root.nodeName === "svg") return;
    fixElement(root);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, skipSvg);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (node.nodeType === Node.TEXT_NODE) fixText(node); else fixElement(node);
    }
  };
  if (!state.observer) {
    state.observer = new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        if (mutation.type === "attributes") fixElement(mutation.target);
        else if (mutation.type === "characterData") fixText(mutation.target);
        else mutation.addedNodes.forEach(fixTree);
      }
    });
    state.observer.observe(document.body, { subtree: true, childList: true, characterData: true,
                                            attributes: true, attributeFilter: ATTRIBUTES });
  }
  fixTree(document.body);
}

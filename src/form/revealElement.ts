/**
 * Opens what hides an element, as following a link to it does in the browser (which an error
 * summary's link handler prevents): every closed `<details>` around it, and every
 * `hidden="until-found"` one after its `beforematch` event, so an app can switch to the tab
 * that holds it first.
 */
export function revealElement(element: Element): void {
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (node instanceof HTMLDetailsElement && !node.open) node.open = true
    if (node.getAttribute('hidden') === 'until-found') {
      node.dispatchEvent(new Event('beforematch', { bubbles: true }))
      node.removeAttribute('hidden')
    }
  }
}

/**
 * This page load's style nonce, which the server fills into a meta tag: under the app's
 * Content-Security-Policy only <style> elements that carry it apply (AG Grid's theme, the print
 * preview's document, which inherits the policy in its frame).
 */
export const styleNonce = document.querySelector<HTMLMetaElement>('meta[name="tinhgon-style-nonce"]')?.content;

/** A document's <style> elements with the nonce, so that they apply in a frame of this page. */
export const withStyleNonce = (html: string) =>
  styleNonce ? html.replace(/<style>/g, `<style nonce="${styleNonce.replace(/[^A-Za-z0-9+/=]/g, '')}">`) : html;

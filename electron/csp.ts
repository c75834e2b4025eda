/**
 * The renderer's Content-Security-Policy, for Electron and browser mode alike. No script is ever
 * inline or eval'd. Styles: the app's stylesheet ('self') and the <style> tags AG Grid injects for
 * its theme, which carry a nonce new with every page load (AG Grid's `styleNonce`); no other inline
 * <style>. The page learns the nonce from a meta tag the server fills in (NONCE_PLACEHOLDER).
 */
import crypto from 'node:crypto';

export const NONCE_PLACEHOLDER = '__TINHGON_STYLE_NONCE__';

export function newStyleNonce(): string {
  return crypto.randomBytes(18).toString('base64');
}

export function contentSecurityPolicy(styleNonce: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${styleNonce}'`,
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The page as served: its nonce placeholder replaced by this load's nonce. */
export function withStyleNonce(html: string, styleNonce: string): string {
  return html.split(NONCE_PLACEHOLDER).join(styleNonce);
}

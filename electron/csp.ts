/**
 * The renderer's Content-Security-Policy, for Electron and browser mode alike. AG Grid injects
 * its theme as <style> tags, hence 'unsafe-inline' for styles only; no script is ever inline or eval'd.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

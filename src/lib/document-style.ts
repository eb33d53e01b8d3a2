import { useLayoutEffect } from 'react';

/**
 * Adds CSS built at run time (the report's @page rule, which names the area) to the document as a
 * constructed stylesheet while the component is mounted. Not a <style> element: the strict
 * Content-Security-Policy (style-src 'self', deploy/nginx.conf) refuses those, not the CSSOM.
 */
export function useDocumentStyle(css: string): void {
  useLayoutEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [css]);
}

/**
 * Print preview: lays the printable document out in A4 page boxes, as the printer does. The
 * document's blocks are moved, in order, onto pages of the printable height; a table that does
 * not fit continues on the next page under its header row again, never splitting a row; a
 * heading never ends a page; each chart page and each appendix starts a new page; page numbers
 * are centred at the top from page 2, each appendix's pages numbered on their own (Decree 30/2020)
 * from its second page. The document itself is the one that prints (same HTML).
 */

/** Elements a page may not end with: they go to the next page with what follows them. */
const KEEP_WITH_NEXT = 'h2.part, h3.heading, p.caption';

interface Flowed {
  el: HTMLElement;
  breakBefore: boolean;
  /** The block starts an appendix: its page is the appendix's page 1. */
  startsFlow: boolean;
}

/**
 * The blocks of the document, in order, each marked when it must start a page: an appendix's
 * first block, and every chart page but the first of an appendix (which shares the title's page).
 */
function blocksOf(doc: Document): Flowed[] {
  const out: Flowed[] = [];
  doc.querySelectorAll<HTMLElement>('section.flow').forEach((flow, f) => {
    let firstChart = true;
    ([...flow.children] as HTMLElement[]).forEach((el, i) => {
      if (!el.classList.contains('chart-block'))
        out.push({ el, breakBefore: f > 0 && i === 0, startsFlow: f > 0 && i === 0 });
      else {
        for (const page of [...el.children] as HTMLElement[]) {
          out.push({ el: page, breakBefore: !firstChart, startsFlow: false });
          firstChart = false;
        }
      }
    });
  });
  return out;
}

const overflows = (body: HTMLElement) => body.scrollHeight > body.clientHeight + 1;

/** Paginates the document in `doc` (loaded, fonts ready); returns the number of pages as printed (an estimate: see PrintView). */
export function paginate(doc: Document): number {
  // The document's own stylesheet lays out the page boxes under html.paged (PREVIEW_CSS).
  doc.documentElement.classList.add('paged');
  const blocks = blocksOf(doc);
  const container = doc.createElement('div');
  container.className = 'pages';
  doc.body.appendChild(container);
  const pages: HTMLElement[] = [];
  let body!: HTMLElement;
  /**
   * The printed pages of each page box. A block taller than a page (a table row listing hundreds
   * of units) stays whole in its box here, but the printer runs it over as many pages as it fills
   * and goes on after it on its last one: the box counts for those pages, and the next box (unless
   * a page break is forced) starts below a space as tall as the block's part on that last page.
   */
  const printed: number[] = [];
  const newPage = (forced = false) => {
    let tail = 0;
    if (pages.length > 0) {
      const fills = Math.max(1, Math.ceil((body.scrollHeight - 1) / body.clientHeight));
      if (fills > 1 && !forced) tail = body.scrollHeight - (fills - 1) * body.clientHeight;
      printed.push(tail > 0 ? fills - 1 : fills);
    }
    const page = doc.createElement('div');
    page.className = 'page';
    body = doc.createElement('div');
    body.className = 'page-body';
    page.appendChild(body);
    container.appendChild(page);
    pages.push(page);
    if (tail > 0) {
      const space = doc.createElement('div');
      space.className = 'printed-tail';
      space.style.height = `${tail}px`;
      body.appendChild(space);
    }
  };
  /** Moves the headings that end the page onto a new page, ahead of what follows them. */
  const newPageKeepingHeadings = () => {
    const carried: Element[] = [];
    let last = body.lastElementChild;
    while (last && last.matches(KEEP_WITH_NEXT) && body.children.length > 1) {
      carried.unshift(last);
      last.remove();
      last = body.lastElementChild;
    }
    newPage();
    for (const el of carried) body.appendChild(el);
  };
  newPage();
  /** The page each numbering starts on: the document's first, then each appendix's. */
  const firsts = new Set<number>([0]);
  for (const { el, breakBefore, startsFlow } of blocks) {
    if (breakBefore && body.children.length > 0) newPage(true);
    if (startsFlow) firsts.add(pages.length - 1);
    body.appendChild(el);
    if (!overflows(body)) continue;
    const rows = el.matches('table.data') ? [...el.querySelectorAll<HTMLTableRowElement>(':scope > tbody > tr')] : [];
    if (rows.length > 1) {
      // Row by row: what does not fit goes to a copy of the table (same columns and header) on the next page.
      const shell = () => {
        const copy = el.cloneNode(false) as HTMLElement;
        for (const part of el.querySelectorAll(':scope > colgroup, :scope > thead'))
          copy.appendChild(part.cloneNode(true));
        const tbody = doc.createElement('tbody');
        copy.appendChild(tbody);
        body.appendChild(copy);
        return { copy, tbody };
      };
      el.remove();
      let part = shell();
      for (const row of rows) {
        part.tbody.appendChild(row);
        if (!overflows(body)) continue;
        row.remove();
        if (part.tbody.children.length === 0) part.copy.remove();
        if (part.tbody.children.length === 0) newPageKeepingHeadings();
        else newPage();
        part = shell();
        part.tbody.appendChild(row);
      }
      continue;
    }
    if (body.children.length > 1) {
      el.remove();
      newPageKeepingHeadings();
      body.appendChild(el);
    }
  }
  doc.querySelector('main.doc')?.remove();
  // The last box's pages counted, the box this call adds is not a page.
  newPage(true);
  pages.pop()!.remove();
  let total = 0;
  let firstPrinted = 0;
  pages.forEach((page, i) => {
    const at = total;
    total += printed[i]!;
    if (firsts.has(i)) {
      firstPrinted = at;
      return;
    }
    const number = doc.createElement('div');
    number.className = 'page-number';
    number.textContent = String(at - firstPrinted + 1);
    page.prepend(number);
  });
  return total;
}

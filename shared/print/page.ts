/** The printed page: A4 portrait, margins within Decree 30/2020's ranges (mm), and the width text may take. */
export const PAGE = { width: 210, height: 297, top: 20, bottom: 20, left: 30, right: 15 } as const;
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

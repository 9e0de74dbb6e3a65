/**
 * The id of the `<script type="application/json">` holding the answers a rendered page was drawn
 * from (a module of its own: the browser's entry looks for it without loading the data layer).
 */
export const PAGE_STATE_ID = 'so-page-state';

/*
 * The ribbon's only button opens the task pane (ShowTaskpane in manifest.xml), so this page has no functions
 * to register yet; it initialises Office.js, as every add-in page must.
 */
void Office.onReady();

export {};
